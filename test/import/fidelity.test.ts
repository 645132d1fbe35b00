import { readdir, readFile, rename } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { check } from "../../src/commands/check.ts";
import { importReport } from "../../src/commands/import-report.ts";
import { importStatuspage } from "../../src/commands/import-statuspage.ts";
import { emitV2 } from "../../src/emit/v2/index.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { emptyFolder, type TempProject } from "../support/sample-copy.ts";

/**
 * A Statuspage export with each case a migration must carry: updates posted
 * within one minute, a backfilled incident whose start is after its end, a
 * start after the first update, an HTML list, a postmortem, every status, an
 * incident without components, two incidents of one name, and components
 * with ids, positions out of order, a group and `showcase`.
 */
const fixture = new URL("../fixtures/statuspage-fidelity/", import.meta.url).pathname;
const NOW = utcDateTime("2022-03-10T12:00:00Z");

let project: TempProject;
afterEach(() => project.remove());

const run = (dryRun: boolean) =>
  importStatuspage({
    cwd: project.cwd,
    incidents: "incidents",
    paths: [join(fixture, "export")],
    now: NOW,
    dryRun,
    fallbackComponent: "General",
  });

const REPORT = (verb: string) => [
  `Import report: 6 incidents read; 6 files ${verb}, 0 not written; 1 item dropped.`,
  "  incidents/2022-03-02-mail-delays-last-week.md: corrected, start 2022-03-02 16:30, not `started_at` 2022-03-08 09:00, which is after `resolved_at` 2022-03-02 16:30",
  "  incidents/2022-03-03-dashboard-slow.md: corrected, start 2022-03-03 08:10, not `started_at` 2022-03-03 09:00, which is after the first update (2022-03-03 08:10)",
  "  incidents/2022-03-05-status-page-notice.md: named no component, given General",
  "  incidents/2022-03-05-status-page-notice-2.md: suffixed, another incident of the import is 2022-03-05-status-page-notice.md",
  `  ${relative(project.cwd, join(fixture, "export/history.json"))}: dropped, a \`history.json\` page export, which is not read: it holds a summary of each incident, not its updates, times or components; save \`incidents.json\` and \`scheduled-maintenances.json\` from the API instead`,
];

describe("importing a Statuspage export", () => {
  it("writes exactly the expected site.yml and incident files, and reports what it changed", async () => {
    project = await emptyFolder();
    const result = await run(false);
    const written = (await readdir(join(project.cwd, "incidents"))).sort();
    expect(written).toEqual([
      "2022-03-01-login-errors.md",
      "2022-03-02-mail-delays-last-week.md",
      "2022-03-03-dashboard-slow.md",
      "2022-03-05-status-page-notice-2.md",
      "2022-03-05-status-page-notice.md",
      "2022-03-07-database-upgrade.md",
      "site.yml",
    ]);
    for (const name of written)
      await expect(
        await readFile(join(project.cwd, "incidents", name), "utf8"),
      ).toMatchFileSnapshot(join(fixture, "expected/incidents", name));
    expect(importReport(result, false)).toEqual(REPORT("written"));
  });

  it("keeps an incident imported before, found by its id even after its file was renamed", async () => {
    project = await emptyFolder();
    await run(false);
    const at = (name: string) => join(project.cwd, "incidents", name);
    await rename(at("2022-03-01-login-errors.md"), at("2022-03-01-sign-in-errors.md"));
    const again = await run(false);
    expect(again.files.map((f) => [f.path, f.action])).toEqual([
      ["incidents/2022-03-01-sign-in-errors.md", "exists"],
      ["incidents/2022-03-02-mail-delays-last-week.md", "exists"],
      ["incidents/2022-03-03-dashboard-slow.md", "exists"],
      ["incidents/2022-03-05-status-page-notice.md", "exists"],
      ["incidents/2022-03-05-status-page-notice-2.md", "exists"],
      ["incidents/2022-03-07-database-upgrade.md", "exists"],
    ]);
    expect((await readdir(join(project.cwd, "incidents"))).sort()).toEqual([
      "2022-03-01-sign-in-errors.md",
      "2022-03-02-mail-delays-last-week.md",
      "2022-03-03-dashboard-slow.md",
      "2022-03-05-status-page-notice-2.md",
      "2022-03-05-status-page-notice.md",
      "2022-03-07-database-upgrade.md",
      "site.yml",
    ]);
  });

  it("prints the same report on a dry run and writes nothing", async () => {
    project = await emptyFolder();
    const result = await run(true);
    expect(importReport(result, true)).toEqual(REPORT("to write"));
    expect(await readdir(project.cwd)).toEqual([]);
  });

  it("gives back api/v2 with Statuspage's ids, order and statuses after a rebuild", async () => {
    project = await emptyFolder();
    await run(false);
    const { history, diagnostics } = await check({
      cwd: project.cwd,
      incidents: "incidents",
      now: NOW,
    });
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([]);
    const files = emitV2(history!);
    for (const name of ["components.json", "incidents.json"]) {
      const file = files.find((f) => f.path === `api/v2/${name}`)!;
      await expect(file.content).toMatchFileSnapshot(join(fixture, "expected/api-v2", name));
    }
  });
});
