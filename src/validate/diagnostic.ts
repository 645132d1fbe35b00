import { compareText } from "../model/order.ts";
import type { RuleId } from "./catalog.ts";

/** A problem found in a source file, kept as data; formatting is the caller's concern. */
export type Severity = "error" | "warning";

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}

export interface Diagnostic extends Position {
  file: string;
  severity: Severity;
  /** One sentence that says what is wrong and how to fix it. */
  message: string;
  /** Permanent identifier of the rule, e.g. `key-unknown`. */
  rule: RuleId;
  /** A second place that explains this one, such as the first definition of a duplicate. */
  cause?: Position & { file: string; message: string };
}

/** Collects a file's diagnostics so rules stay one-liners. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string) {}

  error(rule: RuleId, at: Position, message: string, cause?: Diagnostic["cause"]): void {
    this.diagnostics.push({
      file: this.file,
      ...pick(at),
      severity: "error",
      message,
      rule,
      ...(cause ? { cause } : {}),
    });
  }

  warn(rule: RuleId, at: Position, message: string): void {
    this.diagnostics.push({ file: this.file, ...pick(at), severity: "warning", message, rule });
  }
}

function pick({ line, column }: Position): Position {
  return { line, column };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

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

/** Quotes what the author wrote, the way every message does. */
export function code(value: unknown): string {
  return "`" + String(value) + "`";
}

/** `a`, `b` or `c`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map(code);
  return quoted.length < 2
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}
