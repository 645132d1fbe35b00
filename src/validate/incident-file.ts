import { idOf } from "../model/ids.ts";
import { toIncident } from "./to-incident.ts";
import type { Incident, Site, UtcDateTime } from "../model/types.ts";
import { resolveUpdateTimes } from "./update-times.ts";
import type { SourceFile } from "../load/source.ts";
import { parseBody } from "../parse/body.ts";
import { parseFrontmatter } from "../parse/frontmatter.ts";
import { reportForbiddenCharacters } from "../parse/characters.ts";
import type { FileContext, Rule } from "./context.ts";
import { hasErrors, Reporter, type Diagnostic, type Position } from "../diagnostics/diagnostic.ts";
import { readFields } from "./fields.ts";
import { withinIncidentLimits, withinStack } from "./limits.ts";
import { afterNow } from "./rules/after-now.ts";
import { fileName } from "./rules/file-name.ts";
import { images } from "./rules/images.ts";
import { ongoing } from "./rules/ongoing.ts";
import { timeRange } from "./rules/time-range.ts";
import { timeSpan } from "./rules/time-span.ts";
import { title } from "./rules/title.ts";
import { updateStatus } from "./rules/update-status.ts";
import { updates } from "./rules/updates.ts";

/** Every per-file rule; each runs on every file so all problems are reported at once. */
export const FILE_RULES: readonly Rule[] = [
  fileName,
  timeRange,
  timeSpan,
  afterNow,
  title,
  updates,
  updateStatus,
  images,
  ongoing,
];

export interface FileResult {
  /** Null when the file has an error. */
  incident: Incident | null;
  diagnostics: Diagnostic[];
  /** The frontmatter's `id:` and where it is, for the rule across files; null without one. */
  statuspageId: { value: string; at: Position } | null;
}

/**
 * Checks one incident file and, when it has no error, builds its model.
 * Pure and independent of other incident files, so it can be cached by
 * content or run on a worker.
 */
export function checkIncidentFile(
  file: SourceFile,
  site: Site | null,
  now: UtcDateTime,
): FileResult {
  const report = new Reporter(file.path);
  // Files edited on Windows arrive with CRLF; the model keeps `\n` only.
  const text = file.text.replace(/\r\n?/g, "\n");
  reportForbiddenCharacters(text, report);
  const refused = () => ({ incident: null, diagnostics: report.diagnostics, statuspageId: null });
  if (!withinIncidentLimits(text, report)) return refused();
  return withinStack(
    () => checkWithinLimits(idOf(file.path), text, site, now, report),
    () => {
      report.error("markdown-too-complex", { line: 1, column: 1 }, { overflow: true });
      return refused();
    },
  );
}

function checkWithinLimits(
  id: string,
  text: string,
  site: Site | null,
  now: UtcDateTime,
  report: Reporter,
): FileResult {
  const frontmatter = parseFrontmatter(text, report);
  const fields = frontmatter?.fields
    ? readFields(frontmatter.fields, site, frontmatter.closeAt, report)
    : { components: [], zones: [], retroactive: false };
  const body = parseBody(text, frontmatter?.bodyOffset ?? 0);
  const start = fields.start?.value ?? null;
  const times = resolveUpdateTimes(
    body.sections.map((s) => s.marker),
    start,
    fields.scheduled?.value ?? start,
  );
  const context: FileContext = { id, frontmatter, fields, body, times, now, report };
  for (const rule of FILE_RULES) rule(context);
  const incident =
    hasErrors(report.diagnostics) || !fields.start
      ? null
      : toIncident(id, { ...fields, start: fields.start }, body, times, now);
  return { incident, diagnostics: report.diagnostics, statuspageId: fields.id ?? null };
}
