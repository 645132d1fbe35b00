import type { Source } from "../load/source.ts";
import { buildHistory } from "../model/history.ts";
import type { History, Incident, UtcDateTime } from "../model/types.ts";
import { idOf } from "../model/ids.ts";
import { hasErrors, Reporter, type Diagnostic, type Position } from "../diagnostics/diagnostic.ts";
import type { FileResult } from "./incident-file.ts";
import { refusalDiagnostics } from "./refusals.ts";
import type { CheckedSite } from "./site-file.ts";
import { sortDiagnostics } from "./sort.ts";

export interface ProjectResult {
  /** Null when any file has an error. */
  history: History | null;
  /** Sorted by file and position. */
  diagnostics: Diagnostic[];
}

/**
 * The project's result from site.yml's and each incident file's, however
 * these were obtained (checked here, on workers, or from a cache): adds the
 * refused files and the rules across files, and builds the history.
 */
export function assembleProject(
  source: Source,
  checkedSite: CheckedSite,
  results: readonly FileResult[],
  now: UtcDateTime,
): ProjectResult {
  const { site } = checkedSite;
  const diagnostics = [...checkedSite.diagnostics];
  for (const refusal of source.refused) diagnostics.push(...refusalDiagnostics(refusal));
  const incidents: Incident[] = [];
  const firstPathOfId = new Map<string, string>();
  const firstOfStatuspageId = new Map<string, { file: string } & Position>();
  for (const [index, file] of source.incidents.entries()) {
    const result = results[index]!;
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
