// The `statusmark` command: parses arguments, calls one function of src/,
// prints, and sets the exit code. Nothing in src/ prints or exits.
import { Command, CommanderError, Option } from "commander";
import { build } from "../src/commands/build.ts";
import { check } from "../src/commands/check.ts";
import { resolveNow } from "../src/commands/now.ts";
import {
  FORMATS,
  formatGithub,
  formatJson,
  formatText,
  type Format,
} from "../src/report/format.ts";
import type { CheckResult } from "../src/commands/check.ts";

const EXIT = { ok: 0, problems: 1, usage: 2, bug: 3 } as const;

const program = new Command("statusmark")
  .description("Publish a service's status history from markdown incident files.")
  .showHelpAfterError()
  .exitOverride();

const incidentsOption = () =>
  new Option("--incidents <dir>", "folder of incident files and site.yml").default("incidents");
const nowOption = () =>
  new Option("--now <time>", "the build's time (UTC), else SOURCE_DATE_EPOCH, else the clock");

program
  .command("check")
  .description("Validate site.yml and incident files; report every problem at once.")
  .argument("[path...]", "incident files or folders to check (default: the incidents folder)")
  .addOption(incidentsOption())
  .addOption(nowOption())
  .addOption(
    new Option("--format <format>", "how to print problems")
      .choices(FORMATS)
      .default(process.env.GITHUB_ACTIONS === "true" ? "github" : "text"),
  )
  .addHelpText(
    "after",
    "\nExamples:\n  statusmark check\n  statusmark check incidents/2022-06-10-hypervisor-lost.md --format json",
  )
  .action(async (paths: string[], options: { incidents: string; now?: string; format: Format }) => {
    const now = nowOrExit(options.now);
    const result = await check({ cwd: process.cwd(), incidents: options.incidents, paths, now });
    print(result, options.format);
    process.exitCode = result.history ? EXIT.ok : EXIT.problems;
  });

program
  .command("build")
  .description(
    "Validate, then write the HTML site and JSON API; on any error the output folder is left as it was.",
  )
  .addOption(incidentsOption())
  .option("--out <dir>", "output folder", "dist")
  .addOption(nowOption())
  .addHelpText(
    "after",
    "\nExamples:\n  statusmark build\n  statusmark build --out public --now 2022-06-11T12:00:00Z",
  )
  .action(async (options: { incidents: string; out: string; now?: string }) => {
    const now = nowOrExit(options.now);
    const result = await build({
      cwd: process.cwd(),
      incidents: options.incidents,
      out: options.out,
      now,
    });
    if (!result.out) {
      print(result, "text");
      process.stderr.write("Nothing was written: fix the errors above and build again.\n");
      process.exitCode = EXIT.problems;
      return;
    }
    if (result.diagnostics.length > 0) print(result, "text");
    process.stdout.write(
      `Built ${result.pages} incidents as of ${now} into ${result.out}\n` +
        `Serve that folder from any static host to browse it, for example: python3 -m http.server -d ${options.out}\n` +
        `(Its pages link to folders such as history/, which a browser shows as file listings when opened from disk.)\n`,
    );
  });

function nowOrExit(flag: string | undefined): string {
  const now = resolveNow(flag, process.env.SOURCE_DATE_EPOCH, new Date());
  if (now.ok) return now.now;
  process.stderr.write(`statusmark: ${now.message}\n`);
  process.exit(EXIT.usage);
}

function print(result: CheckResult, format: Format): void {
  const { diagnostics, filesChecked } = result;
  const text =
    format === "json"
      ? formatJson(diagnostics)
      : format === "github"
        ? formatGithub(diagnostics, filesChecked)
        : formatText(diagnostics, filesChecked);
  process.stdout.write(text);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.stderr.write(
      `statusmark: internal error, a bug in statusmark rather than in your files; please report it with this output:\n${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = EXIT.bug;
  }
}
