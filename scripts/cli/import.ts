import { Command } from "commander";
import type { ImportResult } from "../../src/commands/import-statuspage.ts";
import { formatLines, formatText } from "../../src/report/format.ts";
import { importReport } from "../../src/commands/import-report.ts";
import type { CliIo } from "./io.ts";
import {
  EXIT,
  incidentsOption,
  nowOption,
  nowOrUsage,
  outputTo,
  pick,
  usageHint,
  UsageError,
} from "./shared.ts";

/** `statusmark import`, with one sub-command per service imported from. */
export const importCommand = (io: CliIo) =>
  new Command("import")
    .description("Convert a status history saved from another service into incident files.")
    .addHelpText("after", "\nExamples:\n  statusmark import statuspage saved/ --dry-run")
    .exitOverride()
    .addCommand(
      statuspageCommand(io)
        .showHelpAfterError(usageHint("statusmark import statuspage"))
        .configureOutput(outputTo(io))
        .exitOverride(),
    );

const statuspageCommand = (io: CliIo) =>
  new Command("statuspage")
    .description(
      "Convert saved Statuspage API responses (incidents.json, scheduled-maintenances.json, summary.json, single-incident files, or folders of them) into incident files; no network access. A history.json page export is not read: it lacks updates and times.",
    )
    .argument("<path...>", "saved responses, or folders of them")
    .option("--dry-run", "show what would be written, write nothing")
    .option("--component <name>", "component for incidents that name none", "General")
    .option("--zone <id>", "declare this zone and put every imported incident in it")
    .addOption(incidentsOption())
    .addOption(nowOption("the time imports are checked against, UTC"))
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
        const now = nowOrUsage(options.now, io);
        const { importStatuspage, refuseImportZone } =
          await import("../../src/commands/import-statuspage.ts");
        const refusal = options.zone === undefined ? null : refuseImportZone(options.zone);
        if (refusal !== null) throw new UsageError(refusal);
        const result = await importStatuspage({
          cwd: io.cwd,
          incidents: options.incidents,
          paths,
          now,
          dryRun: options.dryRun === true,
          fallbackComponent: options.component,
          ...pick(options, ["zone"]),
        });
        printImport(io, result, options.dryRun === true);
      },
    );

function printImport(io: CliIo, result: ImportResult, dryRun: boolean): void {
  const out: string[] = [];
  const err: string[] = [];
  for (const s of result.skipped) err.push(`${s.path}: skipped, ${s.reason}`);
  if (result.diagnostics.length > 0) {
    err.push(formatText(result.diagnostics, 1).trimEnd());
    err.push(`statusmark: Nothing was written: ${result.site.path} would not be valid`);
    io.stderr.write(err.join("\n") + "\n");
    io.exitCode = EXIT.problems;
    return;
  }
  if (result.nothingToImport) {
    for (const file of result.files) {
      err.push(formatLines(file.diagnostics).trimEnd());
      err.push(`${file.path}: not written, it would not pass \`statusmark check\``);
    }
    err.push(
      "statusmark: Nothing was written: the files hold no incident that passes `statusmark check` and no component to declare",
    );
    process.stderr.write(err.join("\n") + "\n");
    process.exitCode = EXIT.problems;
    return;
  }
  const verb = dryRun ? "would " : "";
  const { site } = result;
  // A site.yml the file system refused was not written: say nothing of it but the refusal.
  if (site.action !== "unchanged" && (dryRun || result.written)) {
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
    else if (file.action === "invalid") {
      err.push(formatLines(file.diagnostics).trimEnd());
      err.push(`${file.path}: not written, it would not pass \`statusmark check\``);
    }
  }
  const created = result.files.filter((f) => f.action === "create").length;
  if (result.writeError !== null) {
    err.push(
      `statusmark: ${result.writeError}. ${created} incident ${created === 1 ? "file was" : "files were"} written before it; importing again keeps them and writes the rest.`,
    );
    io.stdout.write(out.join("\n") + (out.length > 0 ? "\n" : ""));
    io.stderr.write(err.join("\n") + "\n");
    io.exitCode = EXIT.problems;
    return;
  }
  out.push(...importReport(result, dryRun));
  out.push(
    dryRun
      ? `Dry run: nothing was written; ${created} incident ${created === 1 ? "file" : "files"} would be created.`
      : `${created} incident ${created === 1 ? "file" : "files"} written. Check them with \`statusmark check\`.`,
  );
  if (err.length > 0) io.stderr.write(err.join("\n") + "\n");
  io.stdout.write(out.join("\n") + "\n");
  if (result.files.some((f) => f.action === "invalid")) io.exitCode = EXIT.problems;
}
