import { INCIDENT_ID } from "../../model/ids.ts";
import type { Rule } from "../context.ts";

/** `filename-format`, `filename-date`: the name is `YYYY-MM-DD-slug.md`, dated at the start in UTC. */
export const fileName: Rule = ({ id, fields, report }) => {
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
