import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { compareText } from "../model/order.ts";

/** Sorts by file, then position, then rule, so output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.rule, b.rule),
  );
}
