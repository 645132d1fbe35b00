/**
 * Diagnostics as data, the base every stage reports through. A diagnostic
 * names its rule, its place and, where the rule knows them, what was written
 * and what was expected; its sentence comes from the rule's template in the
 * catalog, so wording lives in one place.
 */
import {
  RULES,
  type ErrorRuleId,
  type RuleDetails,
  type RuleId,
  type WarningRuleId,
} from "./catalog.ts";
import type { TextFix } from "./marker-problem.ts";

export type Severity = "error" | "warning";

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}

/** A second place that explains a diagnostic, such as the first definition of a duplicate. */
export interface Cause extends Position {
  file: string;
  message: string;
}

export interface Diagnostic extends Position {
  file: string;
  severity: Severity;
  /** One sentence that says what is wrong and how to fix it. */
  message: string;
  /** Permanent identifier of the rule, e.g. `key-unknown`. */
  rule: RuleId;
  /** What the author wrote, when the rule compares it with known values. */
  actual?: string;
  /** The values the rule accepts there. */
  expected?: readonly string[];
  cause?: Cause;
  /** A replacement that `statusmark check --fix` may make. */
  fix?: TextFix;
}

/** The details a rule's message needs; none for a rule whose message has no blanks. */
type DetailsArgs<R extends RuleId> =
  Partial<RuleDetails<R>> extends RuleDetails<R>
    ? [details?: RuleDetails<R>, cause?: Cause]
    : [details: RuleDetails<R>, cause?: Cause];

/**
 * Collects a file's diagnostics so rules stay one-liners. A rule is reported
 * with the severity the catalog gives it: `error` takes only error rules and
 * `warn` only warning rules.
 */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string) {}

  error<R extends ErrorRuleId>(rule: R, at: Position, ...[details, cause]: DetailsArgs<R>): void {
    this.add(rule, at, details, cause);
  }

  warn<R extends WarningRuleId>(rule: R, at: Position, ...[details, cause]: DetailsArgs<R>): void {
    this.add(rule, at, details, cause);
  }

  private add<R extends RuleId>(
    rule: R,
    at: Position,
    details: RuleDetails<R> | undefined,
    cause: Cause | undefined,
  ): void {
    const spec = RULES[rule];
    const given = (details ?? {}) as {
      actual?: string;
      expected?: readonly string[];
      fix?: TextFix;
    };
    this.diagnostics.push({
      file: this.file,
      line: at.line,
      column: at.column,
      severity: spec.severity,
      message: (spec.message as (details: RuleDetails<R>) => string)(
        (details ?? {}) as RuleDetails<R>,
      ),
      rule,
      ...(given.actual === undefined ? {} : { actual: given.actual }),
      ...(given.expected === undefined ? {} : { expected: given.expected }),
      ...(cause ? { cause } : {}),
      ...(given.fix ? { fix: given.fix } : {}),
    });
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
