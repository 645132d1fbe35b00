import type { Source } from "../load/source.ts";
import { buildHistory } from "../model/history.ts";
import type { History, Incident, UtcDateTime } from "../model/types.ts";
import { idOf } from "../model/ids.ts";
import { hasErrors, Reporter, type Diagnostic, type Position } from "../diagnostics/diagnostic.ts";
import { checkIncidentFile } from "./incident-file.ts";
import { refusalDiagnostics } from "./refusals.ts";
import { checkSite } from "./site-file.ts";
import { sortDiagnostics } from "./sort.ts";

export interface ProjectResult {
  /** Null when any file has an error. */
  history: History | null;
  /** Sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** Checks site.yml, every incident file, and the rules across files; builds the history when all pass. */
export function checkProject(source: Source, now: UtcDateTime): ProjectResult {
  const { site, diagnostics } = checkSite(source);
  for (const refusal of source.refused) diagnostics.push(...refusalDiagnostics(refusal));
  const incidents: Incident[] = [];
  const firstPathOfId = new Map<string, string>();
  const firstOfStatuspageId = new Map<string, { file: string } & Position>();
  for (const file of source.incidents) {
    const result = checkIncidentFile(file, site, now);
    diagnostics.push(...result.diagnostics);
    if (result.incident) incidents.push(result.incident);
    const kept = result.statuspageId;
    if (kept !== null) {
      const first = firstOfStatuspageId.get(kept.value);
      if (first === undefined) firstOfStatuspageId.set(kept.value, { file: file.path, ...kept.at });
      else {
        const report = new Reporter(file.path);
        report.error(
          "id-duplicate",
          kept.at,
          { id: kept.value, key: "id" },
          { ...first, message: "first defined here" },
        );
        diagnostics.push(...report.diagnostics);
      }
    }
    const id = idOf(file.path);
    const first = firstPathOfId.get(id);
    if (first === undefined) firstPathOfId.set(id, file.path);
    else {
      const report = new Reporter(file.path);
      report.error(
        "id-duplicate",
        START,
        { id },
        { file: first, ...START, message: "first defined here" },
      );
      diagnostics.push(...report.diagnostics);
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  const history = site && !hasErrors(sorted) ? buildHistory(site, incidents, now) : null;
  return { history, diagnostics: sorted };
}

const START = { line: 1, column: 1 };
