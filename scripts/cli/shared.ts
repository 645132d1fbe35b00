// What every command of the CLI shares: exit codes, options, printing.
import { Option } from "commander";
import { resolveNow } from "../../src/commands/now.ts";
import type { CheckResult } from "../../src/commands/check.ts";
import type { WriteResult } from "../../src/commands/write-result.ts";
import type { UtcDateTime } from "../../src/model/types.ts";
import {
  formatGithub,
  formatJson,
  formatLines,
  formatText,
  printable,
  type Format,
} from "../../src/report/format.ts";

export const EXIT = { ok: 0, problems: 1, usage: 2, bug: 3 } as const;

/** Commander's own messages start `error:`; ours all start `statusmark:`. */
export const statusmarkOutput = {
  outputError: (text: string, write: (text: string) => void) =>
    write(text.replace(/^error: /, "statusmark: ")),
};

export const incidentsOption = () =>
  new Option("--incidents <dir>", "folder of incident files and site.yml").default("incidents");

export const nowOption = (what = "the time to use (UTC)") =>
  new Option("--now <time>", `${what}; else SOURCE_DATE_EPOCH, else the clock`);

/** The injected now, or a usage error. */
export function nowOrExit(flag: string | undefined): UtcDateTime {
  const now = resolveNow(flag, process.env.SOURCE_DATE_EPOCH, new Date());
  if (now.ok) return now.now;
  process.stderr.write(`statusmark: ${now.message}\n`);
  process.exit(EXIT.usage);
}

/** Prints a check's diagnostics and summary in the chosen format. */
export function printDiagnostics(result: CheckResult, format: Format): void {
  const { diagnostics, filesChecked } = result;
  const text =
    format === "json"
      ? formatJson(diagnostics)
      : format === "github"
        ? formatGithub(diagnostics, filesChecked)
        : formatText(diagnostics, filesChecked);
  process.stdout.write(text);
}

/** Prints what a writing command did: the path, or why nothing was written. */
export function printWrite(result: WriteResult): void {
  if (result.diagnostics.length > 0) process.stderr.write(formatLines(result.diagnostics));
  if (result.ok) {
    process.stdout.write(`${result.path}\n`);
    return;
  }
  process.stderr.write(`statusmark: ${printable(result.message)}\n`);
  process.exitCode = EXIT.problems;
}

/** The options that were given, for exactOptionalPropertyTypes. */
export function pick<T extends object, K extends keyof T>(
  options: T,
  keys: readonly K[],
): { [P in K]?: Exclude<T[P], undefined> } {
  const picked: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const key of keys)
    if (options[key] !== undefined) picked[key] = options[key] as Exclude<T[K], undefined>;
  return picked;
}
