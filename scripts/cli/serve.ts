import { Command } from "commander";
import { serve, type ServeEvent } from "../../src/commands/serve/serve.ts";
import { formatLines, formatText } from "../../src/report/format.ts";
import { EXIT, incidentsOption, nowOption, nowOrExit } from "./shared.ts";

/** `statusmark serve` */
export const serveCommand = () =>
  new Command("serve")
    .description(
      "Build and serve the site on localhost; rebuild and reload the browser on every incident or template change, showing errors on the page.",
    )
    .option("--port <port>", "port to listen on (0 for any free port)", "8080")
    .addOption(incidentsOption())
    .addOption(nowOption("the build's time, UTC"))
    .addHelpText(
      "after",
      "\nExamples:\n  statusmark serve\n  statusmark serve --port 3000 --now 2022-06-11T12:00:00Z",
    )
    .action(async (options: { port: string; incidents: string; now?: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(
          `statusmark: Unexpected --port ${options.port}, expected a number from 0 to 65535\n`,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      nowOrExit(options.now);
      const preview = await serve({
        cwd: process.cwd(),
        incidents: options.incidents,
        port,
        now: () => nowOrExit(options.now),
        onEvent: printServeEvent,
      });
      const stop = () => {
        process.stdout.write("Stopping.\n");
        void preview.close().then(() => process.exit(EXIT.ok));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });

function printServeEvent(event: ServeEvent): void {
  const changed =
    "changed" in event && event.changed.length > 0 ? `${event.changed.join(", ")} changed: ` : "";
  if (event.type === "listening")
    process.stdout.write(
      `Serving the site at ${event.url} (Ctrl-C to stop); watching for changes.\n`,
    );
  else if (event.type === "built") {
    if (event.diagnostics.length > 0) process.stdout.write(formatLines(event.diagnostics));
    process.stdout.write(`${changed}built ${event.pages} incidents as of ${event.now}.\n`);
  } else if (event.type === "invalid") {
    process.stdout.write(formatText(event.diagnostics, event.filesChecked));
    process.stdout.write(
      `${changed}not built: the page shows these errors until they are fixed.\n`,
    );
  } else
    process.stderr.write(
      `statusmark: ${changed}internal error while building, a bug in statusmark rather than in your files:\n${event.message}\n`,
    );
}
