import type { MonthPage } from "../../src/render/views.ts";
import { formatMonth } from "../../src/present/format-date.ts";
import type { To } from "./data.ts";

/** Links to the months before and after, in that order. */
export function MonthNav({ page, to, label }: { page: MonthPage; to: To; label: string }) {
  if (!page.older && !page.newer) return null;
  return (
    <nav class="months" aria-label={label}>
      {page.older && (
        <a href={to(page.older.path)} rel="prev">
          ← {formatMonth(page.older.month)}
        </a>
      )}
      {page.newer && (
        <a href={to(page.newer.path)} rel="next">
          {formatMonth(page.newer.month)} →
        </a>
      )}
    </nav>
  );
}
