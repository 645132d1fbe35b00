import { Command, Option } from "commander";
import { check } from "../../src/commands/check.ts";
import { FORMATS, type Format } from "../../src/report/format.ts";
import { EXIT, incidentsOption, nowOption, nowOrExit, printDiagnostics } from "./shared.ts";

/** `statusmark check` */
export const checkCommand = () =>
  new Command("check")
    .description("Validate site.yml and incident files; report every problem at once.")
    .argument("[path...]", "incident files or folders to check (default: the incidents folder)")
    .addOption(incidentsOption())
    .addOption(nowOption("the time to check against, UTC"))
    .addOption(
      new Option("--format <format>", "how to print problems")
        .choices(FORMATS)
        .default(process.env.GITHUB_ACTIONS === "true" ? "github" : "text"),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  statusmark check\n  statusmark check incidents/2022-06-10-hypervisor-lost.md --format json",
    )
    .action(
      async (paths: string[], options: { incidents: string; now?: string; format: Format }) => {
        const now = nowOrExit(options.now);
        const result = await check({
          cwd: process.cwd(),
          incidents: options.incidents,
          paths,
          now,
        });
        printDiagnostics(result, options.format);
        process.exitCode = result.history ? EXIT.ok : EXIT.problems;
      },
    );
