import { LIMITS } from "../../parse/limits.ts";
import { shiftYears } from "../../model/calendar.ts";
import type { Rule } from "../context.ts";

/**
 * `time-out-of-range`: every time of a file is within `LIMITS.yearsBefore`
 * years before the build's now and `LIMITS.yearsAfter` after it. The site has
 * a page for every month between the first and the last time of the history,
 * so one file dated 1200 or 9999 would make tens of thousands of pages.
 */
export const timeSpan: Rule = ({ body, fields, times, now, report }) => {
  const span = timeSpanAround(now);
  const limits = { yearsBefore: LIMITS.yearsBefore, yearsAfter: LIMITS.yearsAfter };
  for (const key of ["start", "end", "scheduled"] as const) {
    const field = fields[key];
    if (field && !within(field.value, span))
      report.error("time-out-of-range", field.at, {
        what: key,
        at: field.value,
        ...span,
        ...limits,
      });
  }
  body.sections.forEach((section, index) => {
    const at = times[index]?.at;
    if (section.marker?.kind !== "edit" || !at || within(at, span)) return;
    report.error(
      "time-out-of-range",
      { line: section.at.line, column: section.at.column + section.marker.timeOffset },
      { what: "update", at, ...span, ...limits },
    );
  });
};

/** The earliest and latest times a file may hold at `now`, as model times. */
export function timeSpanAround(now: string): { earliest: string; latest: string } {
  return {
    earliest: shiftYears(now, -LIMITS.yearsBefore),
    latest: shiftYears(now, LIMITS.yearsAfter),
  };
}

/** Whether `at` is within the span; times past it are reported once, here, not also as after now. */
export function within(at: string, { earliest, latest }: { earliest: string; latest: string }) {
  return at >= earliest && at <= latest;
}
