import { code } from "../diagnostic.ts";
import type { Rule } from "../context.ts";

/** `end-before-start`, `scheduled-not-before-start`, `maintenance-without-end`. */
export const timeRange: Rule = ({ fields, frontmatter, report }) => {
  const { start, end, scheduled } = fields;
  if (start && end && end.value < start.value) {
    report.error(
      "end-before-start",
      end.at,
      `Unexpected \`end\` ${code(end.value)} before \`start\` ${code(start.value)}: an incident ends after it starts`,
    );
  }
  if (start && scheduled && scheduled.value >= start.value) {
    report.error(
      "scheduled-not-before-start",
      scheduled.at,
      `Unexpected \`scheduled\` ${code(scheduled.value)}, expected the time the maintenance was announced, before \`start\` ${code(start.value)}`,
    );
  }
  if (scheduled && !end && !frontmatter?.fields?.some((f) => f.key === "end")) {
    report.error(
      "maintenance-without-end",
      scheduled.at,
      "Missing `end` for a scheduled maintenance: add the planned end of the window as `end: 2022-06-07 20:30`",
    );
  }
};
