import { Command } from "commander";
import type { CliIo } from "./io.ts";
import { incidentsOption, nowOption, nowOrUsage, pick, printWrite } from "./shared.ts";

/** `statusmark resolve` */
export const resolveCommand = (io: CliIo) =>
  new Command("resolve")
    .description("Set an incident's `end`, and optionally post a final update.")
    .argument("<id>", "the incident's file name without .md")
    .option("--at <time>", "when it ended, UTC (`09:10`, `2022-06-10 09:10`); default now")
    .option(
      "--message <text>",
      "a final update, posted at that time and labelled `Resolved:` (a maintenance's `Completed:`)",
    )
    .addOption(incidentsOption())
    .addOption(nowOption("when it is resolved, UTC"))
    .addHelpText(
      "after",
      `
Examples:
  statusmark resolve 2022-06-10-hypervisor-lost
  statusmark resolve 2022-06-10-hypervisor-lost --at 09:10 --message "Everything is back to normal."`,
    )
    .action(
      async (
        id: string,
        options: { at?: string; message?: string; incidents: string; now?: string },
      ) => {
        const now = nowOrUsage(options.now, io);
        const { resolveIncident } = await import("../../src/commands/resolve.ts");
        printWrite(
          io,
          await resolveIncident({
            cwd: io.cwd,
            incidents: options.incidents,
            id,
            now,
            ...pick(options, ["at", "message"]),
          }),
        );
      },
    );
