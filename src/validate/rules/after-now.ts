import type { Rule } from "../context.ts";

/**
 * `start-after-now`, `end-after-now`, `scheduled-after-now`,
 * `update-after-now`: a file says nothing happened later than the build's
 * now, so every page, feed and API file built from it tells the same story.
 * Only a maintenance looks ahead: its window (`start`, planned `end`) may be
 * in the future, not its announcement nor its updates.
 */
export const afterNow: Rule = ({ body, fields, times, now, report }) => {
  const { start, end, scheduled } = fields;
  if (scheduled && scheduled.value > now)
    report.error("scheduled-after-now", scheduled.at, { at: scheduled.value, now });
  if (!scheduled && start && start.value > now)
    report.error("start-after-now", start.at, { at: start.value, now });
  if (!scheduled && end && end.value > now)
    report.error("end-after-now", end.at, { at: end.value, now });
  body.sections.forEach((section, index) => {
    const at = times[index]?.at;
    if (section.marker?.kind !== "edit" || !at || at <= now) return;
    report.error(
      "update-after-now",
      { line: section.at.line, column: section.at.column + section.marker.timeOffset },
      { at, now },
    );
  });
};
