import type { Rule } from "../context.ts";

/** `end-before-start`, `scheduled-not-before-start`, `maintenance-without-end`. */
export const timeRange: Rule = ({ fields, frontmatter, report }) => {
  const { start, end, scheduled } = fields;
  if (start && end && end.value < start.value) {
    report.error("end-before-start", end.at, { end: end.value, start: start.value });
  }
  if (start && scheduled && scheduled.value >= start.value) {
    report.error("scheduled-not-before-start", scheduled.at, {
      scheduled: scheduled.value,
      start: start.value,
    });
  }
  if (scheduled && !end && !frontmatter?.fields?.some((f) => f.key === "end")) {
    report.error("maintenance-without-end", scheduled.at);
  }
};
