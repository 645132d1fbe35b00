import { code } from "../diagnostic.ts";
import type { Rule } from "../context.ts";

const ID = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** `filename-format`, `filename-date`: the name is `YYYY-MM-DD-slug.md`, dated at the start in UTC. */
export const fileName: Rule = ({ id, fields, report }) => {
  const match = ID.exec(id);
  if (!match) {
    report.error(
      "filename-format",
      { line: 1, column: 1 },
      `Unexpected file name ${code(id + ".md")}, expected \`YYYY-MM-DD-slug.md\` with a slug of lowercase \`a-z0-9\` words joined by \`-\``,
    );
    return;
  }
  const startDate = fields.start?.value.slice(0, 10);
  if (fields.start && startDate !== match[1]) {
    report.error(
      "filename-date",
      fields.start.at,
      `Unexpected file name date ${code(match[1])}, expected ${code(startDate)}, the start date in UTC: rename the file to ${code(`${startDate}-${match[2]}.md`)}`,
    );
  }
};
