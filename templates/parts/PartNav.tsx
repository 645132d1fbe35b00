import type { MonthPart } from "../../src/render/month-parts.ts";
import type { To } from "./data.ts";

/** Links to the pages before and after a page of a split month, in that order. */
export function PartNav({ part, to, label }: { part: MonthPart; to: To; label: string }) {
  if (!part.older && !part.newer) return null;
  return (
    <nav class="months" aria-label={label}>
      {part.older && (
        <a href={to(part.older.path)} rel="prev">
          ← {part.older.title}
        </a>
      )}
      {part.newer && (
        <a href={to(part.newer.path)} rel="next">
          {part.newer.title} →
        </a>
      )}
    </nav>
  );
}
