import type { Refusal } from "../load/source.ts";
import { Reporter, type Diagnostic } from "../diagnostics/diagnostic.ts";

/** The diagnostic for a file or folder that was not read. */
export function refusalDiagnostics(refusal: Refusal): Diagnostic[] {
  const report = new Reporter(refusal.path);
  if (refusal.problem === "unreadable") {
    const { reason, folder } = refusal;
    report.error("file-unreadable", START, { reason, folder });
  } else if (refusal.problem === "too-large") {
    const { file, bytes, limit } = refusal;
    report.error("file-too-large", START, { file, bytes, limit });
  } else if (refusal.problem === "link") {
    report.error("file-symlink", START, { target: refusal.target, problem: refusal.link });
  } else report.warn("file-extension", START, { rename: refusal.rename });
  return report.diagnostics;
}

const START = { line: 1, column: 1 };
