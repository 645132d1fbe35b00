import { Command } from "commander";
import { build } from "../../src/commands/build.ts";
import { EXIT, incidentsOption, nowOption, nowOrExit, printDiagnostics } from "./shared.ts";

/** `statusmark build` */
export const buildCommand = () =>
  new Command("build")
    .description(
      "Validate, then write the HTML site and JSON API; on any error the output folder is left as it was.",
    )
    .addOption(incidentsOption())
    .option("--out <dir>", "output folder", "dist")
    .addOption(nowOption("the build's time, UTC"))
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
      if (result.writeError) {
        process.stderr.write(`statusmark: ${result.writeError} Nothing was changed.\n`);
        process.exitCode = EXIT.problems;
        return;
      }
      if (!result.out) {
        printDiagnostics(result, "text");
        process.stderr.write(
          "statusmark: Nothing was written: fix the errors above and build again.\n",
        );
        process.exitCode = EXIT.problems;
        return;
      }
      if (result.diagnostics.length > 0) printDiagnostics(result, "text");
      process.stdout.write(
        `Built ${result.pages} incidents as of ${now} into ${result.out}\n` +
          "Preview it with `npm run serve` (or `statusmark serve`), or upload the folder to any static host.\n",
      );
    });
