import { Command, Option } from "commander";
import { FORMATS, type Format } from "../../src/report/format.ts";
import type { CliIo } from "./io.ts";
import { EXIT, incidentsOption, nowOption, nowOrUsage, printDiagnostics } from "./shared.ts";

/** `statusmark check` */
export const checkCommand = (io: CliIo) =>
  new Command("check")
    .description("Validate site.yml and incident files; report every problem at once.")
    .argument("[path...]", "incident files or folders to check (default: the incidents folder)")
    .addOption(incidentsOption())
    .addOption(nowOption("the time to check against, UTC"))
    .addOption(
      new Option("--format <format>", "how to print problems")
        .choices(FORMATS)
        .default(io.env.GITHUB_ACTIONS === "true" ? "github" : "text"),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  statusmark check\n  statusmark check incidents/2022-06-10-hypervisor-lost.md --format json",
    )
    .action(
      async (paths: string[], options: { incidents: string; now?: string; format: Format }) => {
        const now = nowOrUsage(options.now, io);
        const { check } = await import("../../src/commands/check.ts");
        const result = await check({
          cwd: io.cwd,
          incidents: options.incidents,
          paths,
          now,
        });
        printDiagnostics(io, result, options.format);
        io.exitCode = result.history ? EXIT.ok : EXIT.problems;
      },
    );
