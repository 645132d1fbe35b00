import { Command, Option } from "commander";
import type { NewIncidentInput } from "../../src/commands/new.ts";
import { IMPACTS } from "../../src/model/types.ts";
import type { CliIo } from "./io.ts";
import { incidentsOption, nowOption, nowOrUsage, pick, printWrite } from "./shared.ts";

const collect = (value: string, previous: string[]) => [...previous, value];

interface NewFlags {
  component: string[];
  zone: string[];
  title?: string;
  start?: string;
  end?: string;
  scheduled?: string | true;
  retroactive?: true;
  impact?: string;
  message?: string;
  status?: string;
  incidents: string;
  now?: string;
}

/**
 * Whether `new` should ask in a terminal: only when given no flag about the
 * incident (`--incidents` and `--now` say where and when, not what), so no
 * flag is ever silently dropped for the answers.
 */
export function asksForIncident(flags: NewFlags): boolean {
  const { component, zone, title, start, end, scheduled, retroactive, impact, message, status } =
    flags;
  return (
    component.length === 0 &&
    zone.length === 0 &&
    [title, start, end, scheduled, retroactive, impact, message, status].every(
      (v) => v === undefined,
    )
  );
}

/** `statusmark new` */
export const newCommand = (io: CliIo) =>
  new Command("new")
    .description(
      "Create an incident file named after its start date and title; asks in a terminal when given no flags.",
    )
    .option(
      "--component <name>",
      "an affected component declared in site.yml (repeatable)",
      collect,
      [],
    )
    .option("--zone <id>", "an affected zone declared in site.yml (repeatable)", collect, [])
    .option("--title <text>", "what happened, as users see it")
    .option("--start <time>", "when it started, UTC (`05:23`, `2022-06-10 05:23`); default now")
    .option("--end <time>", "when it ended, for an incident written afterwards or a maintenance")
    .option("--scheduled [time]", "a maintenance: when it was announced (default now); needs --end")
    .option("--retroactive", "posted after it was over")
    .addOption(new Option("--impact <impact>", "how bad it is (default minor)").choices(IMPACTS))
    .option("--message <text>", "the first post")
    .option(
      "--status <status>",
      "the first post's status label: investigating (default), identified, monitoring, resolved (with --end); a maintenance's scheduled (default), in_progress, verifying, completed",
    )
    .addOption(incidentsOption())
    .addOption(nowOption("the time to use for a default start, UTC"))
    .addHelpText(
      "after",
      `
Examples:
  statusmark new
  statusmark new --component Deployments --title "Deployments are failing" --impact major
  statusmark new --component "Unique IP" --zone PAR --title "Unique IP maintenance" \\
    --scheduled --start "2022-06-07 20:00" --end "2022-06-07 20:30"`,
    )
    .action(async (options: NewFlags) => {
      const now = nowOrUsage(options.now, io);
      const flags: NewIncidentInput = {
        components: options.component,
        zones: options.zone,
        title: options.title ?? "",
        ...pick(options, [
          "start",
          "end",
          "scheduled",
          "retroactive",
          "impact",
          "message",
          "status",
        ]),
      };
      const { terminal } = io;
      const { newIncident } = await import("../../src/commands/new.ts");
      const { askNewIncident } = await import("../../src/commands/new-prompts.ts");
      printWrite(
        io,
        await newIncident({
          cwd: io.cwd,
          incidents: options.incidents,
          now,
          input:
            terminal && asksForIncident(options) ? (site) => askNewIncident(site, terminal) : flags,
        }),
      );
    });
