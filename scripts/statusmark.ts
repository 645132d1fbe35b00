// The `statusmark` command: parses arguments, calls one function of src/,
// prints, and sets the exit code. Nothing in src/ prints or exits.
import { Command, CommanderError, Option } from "commander";
import { build } from "../src/commands/build.ts";
import { check } from "../src/commands/check.ts";
import { resolveNow } from "../src/commands/now.ts";
import {
  FORMATS,
  formatGithub,
  formatJson,
  formatText,
  type Format,
} from "../src/report/format.ts";
import type { CheckResult } from "../src/commands/check.ts";
import { newIncident, type NewIncidentInput } from "../src/commands/new.ts";
import { askNewIncident } from "../src/commands/new-prompts.ts";
import { resolveIncident } from "../src/commands/resolve.ts";
import { updateIncident } from "../src/commands/update.ts";
import type { WriteResult } from "../src/commands/write-result.ts";
import { importStatuspage, type ImportResult } from "../src/commands/import-statuspage.ts";
import { serve, type ServeEvent } from "../src/commands/serve.ts";
import { loadProject } from "../src/load/incident.ts";
import { IMPACTS } from "../src/model/types.ts";

const EXIT = { ok: 0, problems: 1, usage: 2, bug: 3 } as const;

const program = new Command("statusmark")
  .description("Publish a service's status history from markdown incident files.")
  .showHelpAfterError()
  .exitOverride();

const incidentsOption = () =>
  new Option("--incidents <dir>", "folder of incident files and site.yml").default("incidents");
const nowOption = () =>
  new Option("--now <time>", "the build's time (UTC), else SOURCE_DATE_EPOCH, else the clock");

program
  .command("check")
  .description("Validate site.yml and incident files; report every problem at once.")
  .argument("[path...]", "incident files or folders to check (default: the incidents folder)")
  .addOption(incidentsOption())
  .addOption(nowOption())
  .addOption(
    new Option("--format <format>", "how to print problems")
      .choices(FORMATS)
      .default(process.env.GITHUB_ACTIONS === "true" ? "github" : "text"),
  )
  .addHelpText(
    "after",
    "\nExamples:\n  statusmark check\n  statusmark check incidents/2022-06-10-hypervisor-lost.md --format json",
  )
  .action(async (paths: string[], options: { incidents: string; now?: string; format: Format }) => {
    const now = nowOrExit(options.now);
    const result = await check({ cwd: process.cwd(), incidents: options.incidents, paths, now });
    print(result, options.format);
    process.exitCode = result.history ? EXIT.ok : EXIT.problems;
  });

program
  .command("build")
  .description(
    "Validate, then write the HTML site and JSON API; on any error the output folder is left as it was.",
  )
  .addOption(incidentsOption())
  .option("--out <dir>", "output folder", "dist")
  .addOption(nowOption())
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
      process.stderr.write(
        `statusmark: ${result.writeError}: check --out and its permissions. Nothing was changed.\n`,
      );
      process.exitCode = EXIT.problems;
      return;
    }
    if (!result.out) {
      print(result, "text");
      process.stderr.write("Nothing was written: fix the errors above and build again.\n");
      process.exitCode = EXIT.problems;
      return;
    }
    if (result.diagnostics.length > 0) print(result, "text");
    process.stdout.write(
      `Built ${result.pages} incidents as of ${now} into ${result.out}\nOpen ${result.out}/index.html, or serve the folder from any static host.\n`,
    );
  });

const collect = (value: string, previous: string[]) => [...previous, value];

program
  .command("new")
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
  .addOption(incidentsOption())
  .addOption(nowOption())
  .addHelpText(
    "after",
    `
Examples:
  statusmark new
  statusmark new --component Deployments --title "Deployments are failing" --impact major
  statusmark new --component "Unique IP" --zone PAR --title "Unique IP maintenance" \\
    --scheduled --start "2022-06-07 20:00" --end "2022-06-07 20:30"`,
  )
  .action(
    async (options: {
      component: string[];
      zone: string[];
      title?: string;
      start?: string;
      end?: string;
      scheduled?: string | true;
      retroactive?: true;
      impact?: string;
      message?: string;
      incidents: string;
      now?: string;
    }) => {
      const now = nowOrExit(options.now);
      const given = options.component.length > 0 || options.title !== undefined;
      let input: NewIncidentInput | null = {
        components: options.component,
        zones: options.zone,
        title: options.title ?? "",
        ...pick(options, ["start", "end", "scheduled", "retroactive", "impact", "message"]),
      };
      if (!given && process.stdin.isTTY && process.stdout.isTTY) {
        const project = await loadProject(process.cwd(), options.incidents);
        if (!project.site) {
          report({ ok: false, message: "Fix site.yml first", diagnostics: project.diagnostics });
          return;
        }
        input = await askNewIncident(project.site, {
          input: process.stdin,
          output: process.stdout,
        });
        if (!input) {
          process.exitCode = EXIT.problems;
          return;
        }
      }
      report(await newIncident({ cwd: process.cwd(), incidents: options.incidents, now, input }));
    },
  );

program
  .command("update")
  .description("Append an `EDIT hh:mm UTC:` update at now to an incident.")
  .argument("<id>", "the incident's file name without .md")
  .argument("<text>", "the update, markdown")
  .addOption(incidentsOption())
  .addOption(nowOption())
  .addHelpText(
    "after",
    `
Examples:
  statusmark update 2022-06-10-hypervisor-lost "The server is back online."
  statusmark update 2022-06-10-hypervisor-lost "Replaced the disk." --now "2022-06-10 07:46"`,
  )
  .action(async (id: string, text: string, options: { incidents: string; now?: string }) => {
    const now = nowOrExit(options.now);
    report(
      await updateIncident({
        cwd: process.cwd(),
        incidents: options.incidents,
        id,
        message: text,
        now,
      }),
    );
  });

program
  .command("resolve")
  .description("Set an incident's `end`, and optionally post a final update.")
  .argument("<id>", "the incident's file name without .md")
  .option("--at <time>", "when it ended, UTC (`09:10`, `2022-06-10 09:10`); default now")
  .option("--message <text>", "a final update, posted at that time")
  .addOption(incidentsOption())
  .addOption(nowOption())
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
      const now = nowOrExit(options.now);
      report(
        await resolveIncident({
          cwd: process.cwd(),
          incidents: options.incidents,
          id,
          now,
          ...pick(options, ["at", "message"]),
        }),
      );
    },
  );

program
  .command("import")
  .description("Convert a status history saved from another service into incident files.")
  .addHelpText("after", "\nExamples:\n  statusmark import statuspage saved/ --dry-run")
  .command("statuspage")
  .description(
    "Convert saved Statuspage API responses (incidents.json, scheduled-maintenances.json, summary.json, single-incident files, or folders of them) into incident files; no network access.",
  )
  .argument("<path...>", "saved responses, or folders of them")
  .option("--dry-run", "show what would be written, write nothing")
  .option("--component <name>", "component for incidents that name none", "General")
  .option("--zone <id>", "declare this zone and put every imported incident in it")
  .addOption(incidentsOption())
  .addOption(nowOption())
  .addHelpText(
    "after",
    `
Save the responses first, for example:
  curl -o saved/incidents.json https://status.example.com/api/v2/incidents.json
  curl -o saved/scheduled-maintenances.json https://status.example.com/api/v2/scheduled-maintenances.json
  curl -o saved/summary.json https://status.example.com/api/v2/summary.json

Examples:
  statusmark import statuspage saved/ --dry-run
  statusmark import statuspage saved/incidents.json saved/summary.json --zone PAR`,
  )
  .action(
    async (
      paths: string[],
      options: {
        dryRun?: true;
        component: string;
        zone?: string;
        incidents: string;
        now?: string;
      },
    ) => {
      const now = nowOrExit(options.now);
      const result = await importStatuspage({
        cwd: process.cwd(),
        incidents: options.incidents,
        paths,
        now,
        dryRun: options.dryRun === true,
        fallbackComponent: options.component,
        ...pick(options, ["zone"]),
      });
      printImport(result, options.dryRun === true);
    },
  );

function printImport(result: ImportResult, dryRun: boolean): void {
  const out: string[] = [];
  const err: string[] = [];
  for (const s of result.skipped) err.push(`${s.path}: skipped, ${s.reason}`);
  if (result.diagnostics.length > 0) {
    err.push(formatText(result.diagnostics, 1).trimEnd());
    err.push(`statusmark: Nothing was written: ${result.site.path} would not be valid`);
    process.stderr.write(err.join("\n") + "\n");
    process.exitCode = EXIT.problems;
    return;
  }
  const verb = dryRun ? "would " : "";
  const { site } = result;
  if (site.action !== "unchanged") {
    const added = [
      site.components.length > 0 ? `components ${site.components.join(", ")}` : "",
      site.zones.length > 0 ? `zones ${site.zones.join(", ")}` : "",
    ].filter(Boolean);
    out.push(
      `${verb}${site.action === "create" ? (dryRun ? "create" : "created") : dryRun ? "update" : "updated"} ${site.path}${added.length > 0 ? ` (added ${added.join("; ")})` : ""}`,
    );
  }
  for (const file of result.files) {
    const what = `${file.path} (Statuspage ${file.sourceId}, ${file.updates} ${file.updates === 1 ? "update" : "updates"})`;
    if (file.action === "create") out.push(`${dryRun ? "would create" : "created"} ${what}`);
    else if (file.action === "exists")
      out.push(`kept ${file.path}: it already exists, not overwritten`);
    else {
      err.push(formatText(file.diagnostics, 1).split("\n").slice(0, -2).join("\n"));
      err.push(`${file.path}: not written, it would not pass \`statusmark check\``);
    }
  }
  const created = result.files.filter((f) => f.action === "create").length;
  out.push(
    dryRun
      ? `Dry run: nothing was written; ${created} incident ${created === 1 ? "file" : "files"} would be created.`
      : `${created} incident ${created === 1 ? "file" : "files"} written. Check them with \`statusmark check\`.`,
  );
  if (err.length > 0) process.stderr.write(err.join("\n") + "\n");
  process.stdout.write(out.join("\n") + "\n");
  if (result.files.some((f) => f.action === "invalid")) process.exitCode = EXIT.problems;
}

program
  .command("serve")
  .description(
    "Build and serve the site on localhost; rebuild and reload the browser on every incident or template change, showing errors on the page.",
  )
  .option("--port <port>", "port to listen on (0 for any free port)", "8080")
  .addOption(incidentsOption())
  .addOption(nowOption())
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
    if (event.diagnostics.length > 0)
      process.stdout.write(formatText(event.diagnostics, 0).replace(/.*\n$/, ""));
    process.stdout.write(`${changed}built ${event.pages} incidents as of ${event.now}.\n`);
  } else if (event.type === "invalid") {
    process.stdout.write(formatText(event.diagnostics, event.filesChecked));
    process.stdout.write(
      `${changed}not built: the page shows these errors until they are fixed.\n`,
    );
  } else
    process.stderr.write(
      `${changed}statusmark: internal error while building, a bug in statusmark rather than in your files:\n${event.message}\n`,
    );
}

/** Prints what a writing command did: the path, or why nothing was written. */
function report(result: WriteResult): void {
  if (result.diagnostics.length > 0)
    process.stderr.write(formatText(result.diagnostics, 1).replace(/.*\n$/, ""));
  if (result.ok) {
    process.stdout.write(`${result.path}\n`);
    return;
  }
  process.stderr.write(`statusmark: ${result.message}\n`);
  process.exitCode = EXIT.problems;
}

/** The options that were given, for exactOptionalPropertyTypes. */
function pick<T extends object, K extends keyof T>(
  options: T,
  keys: readonly K[],
): { [P in K]?: Exclude<T[P], undefined> } {
  const picked: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const key of keys)
    if (options[key] !== undefined) picked[key] = options[key] as Exclude<T[K], undefined>;
  return picked;
}

function nowOrExit(flag: string | undefined): string {
  const now = resolveNow(flag, process.env.SOURCE_DATE_EPOCH, new Date());
  if (now.ok) return now.now;
  process.stderr.write(`statusmark: ${now.message}\n`);
  process.exit(EXIT.usage);
}

function print(result: CheckResult, format: Format): void {
  const { diagnostics, filesChecked } = result;
  const text =
    format === "json"
      ? formatJson(diagnostics)
      : format === "github"
        ? formatGithub(diagnostics, filesChecked)
        : formatText(diagnostics, filesChecked);
  process.stdout.write(text);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.stderr.write(
      `statusmark: internal error, a bug in statusmark rather than in your files; please report it with this output:\n${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = EXIT.bug;
  }
}
