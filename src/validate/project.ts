import type { Source } from "../load/source.ts";
import { buildHistory } from "../model/history.ts";
import type { History, Incident, UtcDateTime } from "../model/types.ts";
import { parseSite } from "../parse/site.ts";
import { code, hasErrors, Reporter, sortDiagnostics, type Diagnostic } from "./diagnostic.ts";
import { checkIncidentFile } from "./incident-file.ts";

export interface ProjectResult {
  /** Null when any file has an error. */
  history: History | null;
  /** Sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** Checks site.yml, every incident file, and the rules across files; builds the history when all pass. */
export function checkProject(source: Source, now: UtcDateTime): ProjectResult {
  const diagnostics: Diagnostic[] = [];
  const siteReport = new Reporter(source.sitePath);
  const site = source.site ? parseSite(source.site.text, siteReport) : null;
  if (!source.site) {
    siteReport.error(
      "site-missing",
      { line: 1, column: 1 },
      "Missing site.yml in the incidents folder: declare `title`, `url`, `components` and `zones` there",
    );
  }
  diagnostics.push(...siteReport.diagnostics);
  for (const { path, reason } of source.unreadable) {
    diagnostics.push({
      file: path,
      line: 1,
      column: 1,
      severity: "error",
      rule: "file-unreadable",
      message: `Cannot read this file: ${reason}`,
    });
  }
  const incidents: Incident[] = [];
  const firstPathOfId = new Map<string, string>();
  for (const file of source.incidents) {
    const result = checkIncidentFile(file, site, now);
    diagnostics.push(...result.diagnostics);
    if (result.incident) incidents.push(result.incident);
    const id = file.path.replace(/^.*[\\/]/, "").replace(/\.md$/, "");
    const first = firstPathOfId.get(id);
    if (first === undefined) firstPathOfId.set(id, file.path);
    else {
      diagnostics.push({
        file: file.path,
        line: 1,
        column: 1,
        severity: "error",
        rule: "id-duplicate",
        message: `Unexpected second incident with id ${code(id)}: rename one of the files, ids are their names and must be unique`,
        cause: { file: first, line: 1, column: 1, message: "first defined here" },
      });
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  const history = site && !hasErrors(sorted) ? buildHistory(site, incidents, now) : null;
  return { history, diagnostics: sorted };
}
