import type { Rule } from "../context.ts";
import { timeSpanAround, within } from "./time-span.ts";

/**
 * `start-after-now`, `end-after-now`, `scheduled-after-now`,
 * `update-after-now`: a file says nothing happened later than the build's
 * now, so every page, feed and API file built from it tells the same story.
 * Only a maintenance looks ahead: its window (`start`, planned `end`) may be
 * in the future, not its announcement nor its updates.
 */
export const afterNow: Rule = ({ body, fields, times, now, report }) => {
  const span = timeSpanAround(now);
  // A time past the span is time-out-of-range's to report.
  const later = (at: string) => at > now && within(at, span);
  const { start, end, scheduled } = fields;
  if (scheduled && later(scheduled.value))
    report.error("scheduled-after-now", scheduled.at, { at: scheduled.value, now });
  if (!scheduled && start && later(start.value))
    report.error("start-after-now", start.at, { at: start.value, now });
  if (!scheduled && end && later(end.value))
    report.error("end-after-now", end.at, { at: end.value, now });
  body.sections.forEach((section, index) => {
    const at = times[index]?.at;
    if (section.marker?.kind !== "edit" || !at || !later(at)) return;
    report.error(
      "update-after-now",
      { line: section.at.line, column: section.at.column + section.marker.timeOffset },
      { at, now },
    );
  });
};
