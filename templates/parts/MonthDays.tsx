import type { MonthPart } from "../../src/render/month-parts.ts";
import type { Day, History } from "../../src/model/types.ts";
import type { To } from "./data.ts";
import { DayList } from "./DayList.tsx";
import { PartIndex } from "./PartIndex.tsx";

export interface MonthDaysProps {
  history: History;
  days: readonly Day[];
  /** The pages of a month too heavy for one; null when it fits. */
  parts: MonthPart[] | null;
  to: To;
  /** What becomes of days without incidents: one heading a run, or left out. */
  quiet: "collapse" | "skip";
}

/** A month's days, newest first, with their incidents; or the pages that hold them. */
export function MonthDays({ history, days, parts, to, quiet }: MonthDaysProps) {
  return parts ? (
    <>
      <p>This month's incidents are on {parts.length} pages, by week or by day:</p>
      <PartIndex parts={parts} to={to} />
    </>
  ) : (
    <DayList
      site={history.site}
      days={days}
      now={history.now}
      to={to}
      level={2}
      collapseQuiet={quiet === "collapse"}
      skipQuiet={quiet === "skip"}
    />
  );
}
