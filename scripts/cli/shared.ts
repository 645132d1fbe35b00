// What every command of the CLI shares: exit codes, options, printing.
import { Option, type OutputConfiguration } from "commander";
import { resolveNow } from "../../src/commands/now.ts";
import type { CheckResult } from "../../src/commands/check.ts";
import type { WriteResult } from "../../src/commands/write-result.ts";
import type { UtcDateTime } from "../../src/model/types.ts";
import {
  formatGithub,
  formatJson,
  formatLines,
  formatText,
  formatUnplaced,
  printable,
  type Format,
} from "../../src/report/format.ts";
import { signingKey } from "../../src/cache/signing-key.ts";
import type { CliIo, Output } from "./io.ts";

export const EXIT = { ok: 0, problems: 1, usage: 2, bug: 3 } as const;

/** A command line that cannot be run as given; the entry point prints it and exits 2. */
export class UsageError extends Error {}

/**
 * Commander writes to the run's outputs, and its own messages start
 * `statusmark:` like ours rather than `error:`. The help has no colours, so
 * nothing asks the process whether the terminal has them.
 */
export function outputTo(io: CliIo): OutputConfiguration {
  const width = (out: Output) => (out.isTTY ? out.columns : undefined) ?? 80;
  return {
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    outputError: (text, write) => write(text.replace(/^error: /, "statusmark: ")),
    getOutHelpWidth: () => width(io.stdout),
    getErrHelpWidth: () => width(io.stderr),
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  };
}

/** The line after a usage error, instead of the whole help: where to read it. */
export const usageHint = (command: string) => `Run \`${command} --help\` for usage and examples.`;

export const incidentsOption = () =>
  new Option("--incidents <dir>", "folder of incident files and site.yml").default("incidents");

export const cacheOption = () =>
  new Option(
    "--no-cache",
    "check every file anew, without the results kept in .cache/statusmark/ beside the incidents folder",
  );

/** The key that signs the cache of checked files, or null with `--no-cache`. */
export function cacheKeyOf(options: { cache: boolean }, io: CliIo): Buffer | null {
  return options.cache ? signingKey(io.env) : null;
}

export const nowOption = (what = "the time to use (UTC)") =>
  new Option("--now <time>", `${what}; else SOURCE_DATE_EPOCH, else the clock`);

/** The injected now: `--now`, else SOURCE_DATE_EPOCH, else the clock; a usage error if unreadable. */
export function nowOrUsage(flag: string | undefined, io: CliIo): UtcDateTime {
  const now = resolveNow(flag, io.env.SOURCE_DATE_EPOCH, io.clock());
  if (now.ok) return now.now;
  throw new UsageError(now.message);
}

/** Prints a check's diagnostics and summary in the chosen format. */
export function printDiagnostics(io: CliIo, result: CheckResult, format: Format): void {
  const { diagnostics, filesChecked } = result;
  const text =
    format === "json"
      ? formatJson(diagnostics)
      : format === "github"
        ? formatGithub(diagnostics, filesChecked)
        : formatText(diagnostics, filesChecked);
  io.stdout.write(text);
}

/** Prints what a writing command did: the path, or why nothing was written. */
export function printWrite(io: CliIo, result: WriteResult): void {
  if (result.diagnostics.length > 0)
    io.stderr.write(
      (result.ok || !result.unwritten ? formatLines : formatUnplaced)(result.diagnostics),
    );
  if (result.ok) {
    io.stdout.write(`${result.path}\n`);
    return;
  }
  io.stderr.write(`statusmark: ${printable(result.message)}\n`);
  io.exitCode = EXIT.problems;
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
