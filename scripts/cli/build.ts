import { Command } from "commander";
import type { BuildResult } from "../../src/commands/build.ts";
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

/** `statusmark build` */
export const buildCommand = (io: CliIo) =>
  new Command("build")
    .description(
      "Validate, then write the HTML site and JSON API; on any error the output folder is left as it was.",
    )
    .addOption(incidentsOption())
    .option("--out <dir>", "output folder", "dist")
    .addOption(nowOption("the build's time, UTC"))
    .option("--timings", "print how long each stage took")
    .addOption(cacheOption())
    .addHelpText(
      "after",
      "\nExamples:\n  statusmark build\n  statusmark build --out public --now 2022-06-11T12:00:00Z",
    )
    .action(
      async (options: {
        incidents: string;
        out: string;
        now?: string;
        timings?: true;
        cache: boolean;
      }) => {
        const now = nowOrUsage(options.now, io);
        // Imported when run: the renderer and emitters are for build alone.
        const { build } = await import("../../src/commands/build.ts");
        const result = await build({
          cwd: io.cwd,
          incidents: options.incidents,
          out: options.out,
          now,
          cacheKey: cacheKeyOf(options, io),
        });
        if (result.writeError) {
          io.stderr.write(`statusmark: ${result.writeError} Nothing was changed.\n`);
          io.exitCode = EXIT.problems;
          return;
        }
        if (!result.out) {
          printDiagnostics(io, result, "text");
          io.stderr.write(
            "statusmark: Nothing was written: fix the errors above and build again.\n",
          );
          io.exitCode = EXIT.problems;
          return;
        }
        if (result.diagnostics.length > 0) printDiagnostics(io, result, "text");
        if (options.timings) io.stdout.write(`${formatTimings(result.timings)}\n`);
        io.stdout.write(
          `Built ${result.pages} incidents as of ${now} into ${result.out}${changes(result.written)}\n` +
            "Preview it with `npm run serve` (or `statusmark serve`), or upload the folder to any static host.\n",
        );
      },
    );

/** " (12 files written, 2,890 unchanged, 1 removed)", or nothing for a first build. */
function changes(written: BuildResult["written"]): string {
  if (written === null || written.unchanged + written.removed === 0) return "";
  const n = (count: number) => count.toLocaleString("en-GB");
  return ` (${n(written.written)} files written, ${n(written.unchanged)} unchanged, ${n(written.removed)} removed)`;
}

/** "load 0.12 s · validate 1.02 s · …". */
function formatTimings(timings: BuildResult["timings"]): string {
  const stages = Object.entries(timings).map(
    ([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`,
  );
  return `Timings: ${stages.join(" · ")}`;
}
