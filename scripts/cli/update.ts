import { Command } from "commander";
import type { CliIo } from "./io.ts";
import { incidentsOption, nowOption, nowOrUsage, pick, printWrite } from "./shared.ts";

/** `statusmark update` */
export const updateCommand = (io: CliIo) =>
  new Command("update")
    .description(
      "Append an `EDIT hh:mm UTC:` update to an incident, at now or --at, with a status label if --status is given.",
    )
    .argument("<id>", "the incident's file name without .md")
    .argument("<text>", "the update, markdown")
    .option("--at <time>", "when it was posted, UTC (`07:46`, `2022-06-10 07:46`); default now")
    .option(
      "--status <status>",
      "its status label: investigating, identified, monitoring (resolved: use resolve); a maintenance's in_progress, verifying, completed",
    )
    .addOption(incidentsOption())
    .addOption(nowOption("when the update is posted, UTC"))
    .addHelpText(
      "after",
      `
Examples:
  statusmark update 2022-06-10-hypervisor-lost "The server is back online."
  statusmark update 2022-06-10-hypervisor-lost "A disk failed." --status identified
  statusmark update 2022-06-10-hypervisor-lost "Replaced the disk." --at 07:46`,
    )
    .action(
      async (
        id: string,
        text: string,
        options: { at?: string; status?: string; incidents: string; now?: string },
      ) => {
        const now = nowOrUsage(options.now, io);
        const { updateIncident } = await import("../../src/commands/update.ts");
        printWrite(
          io,
          await updateIncident({
            cwd: io.cwd,
            incidents: options.incidents,
            id,
            message: text,
            now,
            ...pick(options, ["at", "status"]),
          }),
        );
      },
    );
