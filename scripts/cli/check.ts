import { Command, Option } from "commander";
import { formatFixes, FORMATS, type Format } from "../../src/report/format.ts";
import type { CliIo } from "./io.ts";
import {
  cacheKeyOf,
  cacheOption,
  EXIT,
  incidentsOption,
  nowOption,
  nowOrUsage,
  printDiagnostics,
} from "./shared.ts";

/** `statusmark check` */
export const checkCommand = (io: CliIo) =>
  new Command("check")
    .description("Validate site.yml and incident files; report every problem at once.")
    .argument("[path...]", "incident files or folders to check (default: the incidents folder)")
    .addOption(incidentsOption())
    .addOption(nowOption("the time to check against, UTC"))
    .option(
      "--fix",
      "rewrite near-miss update markers (`Edit 9:22 UTC -`) that can be read without guessing, then check again",
    )
    .addOption(
      new Option("--format <format>", "how to print problems")
        .choices(FORMATS)
        .default(io.env.GITHUB_ACTIONS === "true" ? "github" : "text"),
    )
    .addOption(cacheOption())
    .addHelpText(
      "after",
      "\nExamples:\n  statusmark check\n  statusmark check --fix\n  statusmark check incidents/2022-06-10-hypervisor-lost.md --format json",
    )
    .action(
      async (
        paths: string[],
        options: { incidents: string; now?: string; format: Format; fix?: true; cache: boolean },
      ) => {
        const now = nowOrUsage(options.now, io);
        const { check, checkAndFix } = await import("../../src/commands/check.ts");
        const run = {
          cwd: io.cwd,
          incidents: options.incidents,
          paths,
          now,
          cacheKey: cacheKeyOf(options, io),
        };
        let result;
        if (options.fix) {
          result = await checkAndFix(run);
          // Keep standard output a JSON document when that is the format.
          (options.format === "json" ? io.stderr : io.stdout).write(formatFixes(result.fixed));
        } else result = await check(run);
        printDiagnostics(io, result, options.format);
        const failed = result.diagnostics.some((d) => d.severity === "error");
        io.exitCode = failed ? EXIT.problems : EXIT.ok;
      },
    );
