import { Command } from "commander";
import type { ServeEvent } from "../../src/commands/serve/serve.ts";
import { formatLines, formatText } from "../../src/report/format.ts";
import type { CliIo } from "./io.ts";
import {
  cacheKeyOf,
  cacheOption,
  incidentsOption,
  nowOption,
  nowOrUsage,
  UsageError,
} from "./shared.ts";

/** `statusmark serve` */
export const serveCommand = (io: CliIo) =>
  new Command("serve")
    .description(
      "Build and serve the site on localhost; rebuild and reload the browser on every incident or template change, showing errors on the page.",
    )
    .option("--port <port>", "port to listen on (0 for any free port)", "8080")
    .addOption(incidentsOption())
    .addOption(nowOption("the build's time, UTC"))
    .addOption(cacheOption())
    .addHelpText(
      "after",
      "\nExamples:\n  statusmark serve\n  statusmark serve --port 3000 --now 2022-06-11T12:00:00Z",
    )
    .action(async (options: { port: string; incidents: string; now?: string; cache: boolean }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(
          `Unexpected --port ${options.port}, expected a number from 0 to 65535`,
        );
      nowOrUsage(options.now, io);
      // Imported when run, like build: Eleventy and its server are slow to load.
      const { serve } = await import("../../src/commands/serve/serve.ts");
      const preview = await serve({
        cwd: io.cwd,
        incidents: options.incidents,
        port,
        now: () => nowOrUsage(options.now, io),
        onEvent: (event) => printServeEvent(io, event),
        cacheKey: cacheKeyOf(options, io),
      });
      // Serves until interrupted; the command ends once the server is closed.
      await new Promise<void>((stopped) => io.onInterrupt(stopped));
      io.stdout.write("Stopping.\n");
      await preview.close();
    });

function printServeEvent(io: CliIo, event: ServeEvent): void {
  const changed =
    "changed" in event && event.changed.length > 0 ? `${event.changed.join(", ")} changed: ` : "";
  if (event.type === "listening")
    io.stdout.write(`Serving the site at ${event.url} (Ctrl-C to stop); watching for changes.\n`);
  else if (event.type === "built") {
    if (event.diagnostics.length > 0) io.stdout.write(formatLines(event.diagnostics));
    io.stdout.write(`${changed}built ${event.pages} incidents as of ${event.now}.\n`);
  } else if (event.type === "invalid") {
    io.stdout.write(formatText(event.diagnostics, event.filesChecked));
    io.stdout.write(`${changed}not built: the page shows these errors until they are fixed.\n`);
  } else
    io.stderr.write(
      `statusmark: ${changed}internal error while building, a bug in statusmark rather than in your files:\n${event.message}\n`,
    );
}
