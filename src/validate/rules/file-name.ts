import { INCIDENT_ID } from "../../model/ids.ts";
import { LIMITS } from "../../parse/limits.ts";
import type { Rule } from "../context.ts";

/**
 * `filename-format`, `filename-date`, `value-too-long`: the name is
 * `YYYY-MM-DD-slug.md`, dated at the start in UTC, and short enough to name
 * the incident's folder and files in the site.
 */
export const fileName: Rule = ({ id, fields, report }) => {
  if (id.length > LIMITS.idLength) {
    report.error(
      "value-too-long",
      { line: 1, column: 1 },
      { what: "id", length: id.length, limit: LIMITS.idLength },
    );
    return;
  }
  const match = INCIDENT_ID.exec(id);
  if (!match) {
    report.error("filename-format", { line: 1, column: 1 }, { actual: `${id}.md` });
    return;
  }
  const [, date, slug] = match as unknown as [string, string, string];
  const startDate = fields.start?.value.slice(0, 10);
  if (fields.start && startDate !== undefined && startDate !== date) {
    report.error("filename-date", fields.start.at, {
      actual: date,
      expected: [startDate],
      rename: `${startDate}-${slug}.md`,
    });
  }
};
