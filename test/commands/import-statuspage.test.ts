import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { check } from "../../src/commands/check.ts";
import { importStatuspage } from "../../src/commands/import-statuspage.ts";
import { emptyFolder, sampleCopy, type TempProject } from "../support/sample-copy.ts";
import { utcDateTime } from "../../src/model/time.ts";

const root = new URL("../..", import.meta.url).pathname;
const fixtures = join(root, "test/fixtures/statuspage-import");
const NOW = utcDateTime("2022-06-11T12:00:00Z");

let project: TempProject;
afterEach(() => project.remove());

const run = (paths: string[], extra: { dryRun?: boolean; zone?: string } = {}) =>
  importStatuspage({
    cwd: project.cwd,
    incidents: "incidents",
    paths,
    now: NOW,
    dryRun: extra.dryRun ?? false,
    fallbackComponent: "General",
    ...(extra.zone ? { zone: extra.zone } : {}),
  });
const read = (name: string) => readFile(join(project.cwd, "incidents", name), "utf8");
const lines = (...text: string[]) => text.join("\n") + "\n";

const FILES: Record<string, string> = {
  "2016-03-01-login-failures-for-sso-users.md": lines(
    "---",
    "# Imported from Statuspage incident b8v1m3c6t0ye.",
    "component: General",
    "start: 2016-03-01 15:00",
    "end: 2016-03-01 16:30",
    "retroactive: true",
    "impact: minor",
    "id: b8v1m3c6t0ye",
    "---",
    "# Login failures for SSO users",
    "",
    "EDIT 2021-09-14 21:20 UTC: **Resolved:** Backfilled from our old status page: SSO users could not log in for 90 minutes after an expired certificate.",
  ),
  "2019-11-05-cdn-cache-purge-delays.md": lines(
    "---",
    "# Imported from Statuspage incident r3d9x2.",
    "component: CDN",
    "start: 2019-11-05 13:12",
    "end: 2019-11-05 15:40",
    "impact: minor",
    "id: r3d9x2",
    "---",
    "# CDN cache purge delays",
    "",
    "**Investigating:** Cache purges take **up to 20 minutes** to reach every edge.",
    "",
    "EDIT 15:40 UTC: **Resolved:** Purges are fast again.",
    "",
    "EDIT 2019-11-08 08:00 UTC: **Postmortem**",
    "",
    "## Postmortem",
    "",
    "A queue consumer was stuck; we added an alert on its lag.",
  ),
  "2022-06-05-database-upgrade.md": lines(
    "---",
    "# Imported from Statuspage incident m5r2z8k4w7aa.",
    "component: Managed databases",
    "start: 2022-06-05 05:00",
    "end: 2022-06-05 06:00",
    "scheduled: 2022-05-20 16:15",
    "id: m5r2z8k4w7aa",
    "---",
    "# Database upgrade",
    "",
    "**Scheduled:** We will upgrade the managed database clusters to PostgreSQL 14.",
    "",
    "Expect up to 5 minutes of read-only mode per cluster.",
    "",
    "EDIT 05:00 UTC: **In progress:** Scheduled maintenance is currently in progress. We will provide updates as necessary.",
    "",
    "EDIT 05:31 UTC: **Completed:** The scheduled maintenance has been completed.",
  ),
  "2022-06-09-elevated-api-error-rates.md": lines(
    "---",
    "# Imported from Statuspage incident p7wnq0rj2s1f.",
    "component:",
    "  - API",
    "  - Dashboard",
    "start: 2022-06-09 23:31",
    "end: 2022-06-10 01:05",
    "impact: major",
    "id: p7wnq0rj2s1f",
    "---",
    "# Elevated API error rates",
    "",
    "**Investigating:** We are seeing elevated 5xx error rates (> 2%) on the API & dashboard.\\",
    "We are investigating.",
    "",
    "EDIT 23:55 UTC: **Identified:** The issue has been identified:\\",
    "\\- a bad deploy of the auth service\\",
    "\\- retries doubled the load",
    "",
    "We are rolling back.",
    "",
    "EDIT 2022-06-10 00:20 UTC: **Monitoring:** A fix has been rolled out: [see the changelog](https://acme.example/changelog).\\",
    "We are monitoring error rates.",
    "",
    "EDIT 01:05 UTC: **Resolved:** This incident has been resolved.",
  ),
  "2022-06-11-delayed-webhook-deliveries.md": lines(
    "---",
    "# Imported from Statuspage incident h2kx5d9mzq3b.",
    "component: Webhooks",
    "start: 2022-06-11 09:02",
    "impact: minor",
    "id: h2kx5d9mzq3b",
    "---",
    "# Delayed webhook deliveries",
    "",
    "**Investigating:** Webhooks are delivered with a delay of up to 10 minutes. We are investigating.",
  ),
};

const SITE = lines(
  "# Imported from the Statuspage of Acme Cloud.",
  "title: Acme Cloud",
  "url: https://status.acme.example",
  "components:",
  "  - name: API",
  "    description: The public REST API.",
  "    group: Core platform",
  "  - name: Dashboard",
  "    group: Core platform",
  "  - name: Webhooks",
  "    description: Outgoing webhook notifications.",
  "  - name: Managed databases",
  "    description: PostgreSQL and MySQL clusters.",
  "  - name: CDN",
  "    description: Static asset delivery.",
  "  - name: General",
);

describe("statusmark import statuspage", () => {
  it("converts every kind of saved response in a folder into files that pass check and build", async () => {
    project = await emptyFolder();
    const result = await run([fixtures]);
    expect(result.skipped).toEqual([
      {
        path: relative(project.cwd, join(fixtures, "saved-pages/notes.json")),
        reason:
          "not a Statuspage response (expected `incidents`, `scheduled_maintenances`, `incident` or `components`)",
      },
    ]);
    expect(result.site).toMatchObject({ path: "incidents/site.yml", action: "create" });
    expect(result.files.map((f) => [f.path, f.action, f.sourceId, f.updates])).toEqual([
      ["incidents/2016-03-01-login-failures-for-sso-users.md", "create", "b8v1m3c6t0ye", 1],
      ["incidents/2019-11-05-cdn-cache-purge-delays.md", "create", "r3d9x2", 3],
      ["incidents/2022-06-05-database-upgrade.md", "create", "m5r2z8k4w7aa", 3],
      ["incidents/2022-06-09-elevated-api-error-rates.md", "create", "p7wnq0rj2s1f", 4],
      ["incidents/2022-06-11-delayed-webhook-deliveries.md", "create", "h2kx5d9mzq3b", 1],
    ]);
    expect(await read("site.yml")).toBe(SITE);
    for (const [name, text] of Object.entries(FILES)) expect(await read(name)).toBe(text);

    const checked = await check({ cwd: project.cwd, incidents: "incidents", now: NOW });
    expect(checked.diagnostics).toEqual([]);
    const maintenance = checked.history!.incidents.find(
      (i) => i.id === "2022-06-05-database-upgrade",
    );
    expect([maintenance?.impact, maintenance?.scheduled]).toEqual([
      "maintenance",
      "2022-05-20T16:15:00Z",
    ]);
    expect(checked.history!.status.ongoing.map((i) => i.id)).toEqual([
      "2022-06-11-delayed-webhook-deliveries",
    ]);

    const built = await build({ cwd: project.cwd, incidents: "incidents", out: "dist", now: NOW });
    expect(built.pages).toBe(5);
    expect(await readdir(join(project.cwd, "dist/incidents"))).toContain(
      "2016-03-01-login-failures-for-sso-users",
    );
  }, 30_000);

  it("shows what it would write on a dry run and writes nothing", async () => {
    project = await emptyFolder();
    const result = await run([join(fixtures, "incidents.json")], { dryRun: true });
    expect(result.written).toBe(false);
    expect(result.site.text).toBe(
      lines(
        "# Imported from the Statuspage of Acme Cloud.",
        "title: Acme Cloud",
        "url: https://status.acme.example",
        "components:",
        "  - name: API",
        "    description: The public REST API.",
        "  - name: Dashboard",
        "  - name: Webhooks",
        "    description: Outgoing webhook notifications.",
        "  - name: General",
      ),
    );
    expect(result.files.map((f) => f.path)).toEqual([
      "incidents/2016-03-01-login-failures-for-sso-users.md",
      "incidents/2022-06-09-elevated-api-error-rates.md",
      "incidents/2022-06-11-delayed-webhook-deliveries.md",
    ]);
    expect(await readdir(project.cwd)).toEqual([]);
  });

  it("never overwrites a file, so importing twice changes nothing", async () => {
    project = await emptyFolder();
    await run([fixtures]);
    const edited = "---\ncomponent: CDN\nstart: 2019-11-05 13:12\n---\n# Edited by hand\n";
    await writeFile(join(project.cwd, "incidents/2019-11-05-cdn-cache-purge-delays.md"), edited);
    const again = await run([fixtures]);
    expect(again.site.action).toBe("unchanged");
    expect(again.files.map((f) => f.action)).toEqual([
      "exists",
      "exists",
      "exists",
      "exists",
      "exists",
    ]);
    expect(await read("2019-11-05-cdn-cache-purge-delays.md")).toBe(edited);
  });

  it("adds components to an existing site.yml, keeping its text byte for byte, and puts incidents in a zone", async () => {
    project = await sampleCopy();
    const before = await read("site.yml");
    const result = await run([join(fixtures, "saved-pages/incident-r3d9x2.json")], { zone: "PAR" });
    expect(result.site).toMatchObject({ action: "update", components: ["CDN"], zones: [] });
    expect(await read("site.yml")).toBe(
      before.replace("    group: Add-ons\nzones:", "    group: Add-ons\n  - name: CDN\nzones:"),
    );
    expect(await read("2019-11-05-cdn-cache-purge-delays.md")).toBe(
      FILES["2019-11-05-cdn-cache-purge-delays.md"]!.replace(
        "component: CDN\n",
        "component: CDN\nzone: PAR\n",
      ),
    );
    const checked = await check({ cwd: project.cwd, incidents: "incidents", now: NOW });
    expect(checked.history?.incidents.length).toBe(10);
  });

  it("keeps one file for an incident saved in two responses", async () => {
    project = await emptyFolder();
    const result = await run([join(fixtures, "summary.json"), join(fixtures, "incidents.json")]);
    expect(result.files.filter((f) => f.sourceId === "h2kx5d9mzq3b").length).toBe(1);
  });
});

describe("statusmark import statuspage, given responses of an unexpected shape", () => {
  const good = {
    id: "good1",
    name: "Slow API",
    status: "resolved",
    impact: "minor",
    created_at: "2022-06-01T10:00:00Z",
    resolved_at: "2022-06-01T11:00:00Z",
    incident_updates: [
      {
        status: "resolved",
        body: "Fixed.",
        created_at: "2022-06-01T11:00:00Z",
        display_at: "2022-06-01T11:00:00Z",
      },
    ],
    components: [{ id: "c1", name: "API" }],
  };

  it("skips an incident whose update or components are malformed, saying why, and imports the rest", async () => {
    project = await emptyFolder();
    const save = (name: string, json: unknown) =>
      writeFile(join(project.cwd, name), JSON.stringify(json));
    await save("updates.json", {
      incidents: [good, { ...good, id: "bad1", incident_updates: [{ status: 3 }] }],
    });
    await save("components.json", {
      components: { id: "c1", name: "API" },
      incident: { ...good, id: "bad2", components: { id: "c1", name: "API" } },
    });
    const result = await run(["updates.json", "components.json"]);
    expect(result.skipped).toEqual([
      { path: "components.json", reason: "`components` is an object, expected a list" },
      {
        path: "components.json",
        reason: "incident 1 (`bad2`): `components` is an object, expected a list or null",
      },
      {
        path: "updates.json",
        reason:
          "incident 2 (`bad1`): update 1 lacks `created_at`; update 1 has `status` `3`, expected a string",
      },
    ]);
    expect(result.files.map((f) => [f.path, f.action, f.sourceId])).toEqual([
      ["incidents/2022-06-01-slow-api.md", "create", "good1"],
    ]);
  });
});
