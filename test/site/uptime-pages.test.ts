import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { listFiles, page, text, texts } from "../support/built-site.ts";
import { emptyFolder } from "../support/sample-copy.ts";
import { UPTIME_NOW, UPTIME_PROJECT } from "../support/uptime-history.ts";

const temp = await emptyFolder();
let dir = "";
beforeAll(async () => {
  const result = await build({
    cwd: UPTIME_PROJECT,
    incidents: "incidents",
    out: join(temp.cwd, "site"),
    now: UPTIME_NOW,
  });
  dir = result.out!;
});
afterAll(() => temp.remove());

/** The cell of a bar for one day, found by the day its text names. */
function cell(scope: Document | Element, day: string): Element {
  const found = Array.from(scope.querySelectorAll(".bar > li")).find((li) =>
    text(li).startsWith(`${day}:`),
  );
  if (!found) throw new Error(`no cell for ${day}`);
  return found;
}

describe("the uptime bars of the uptime fixture, as of Sunday 10 March 2024 12:00 UTC", () => {
  it("gives the home page a bar for the whole site, each component that has one and each zone, with its 90-day percentage", async () => {
    const home = await page(dir, "");
    expect(
      Array.from(home.querySelectorAll(".bar"), (bar) => [
        bar.getAttribute("aria-label"),
        bar.children.length,
        text(bar.parentElement!.querySelector(".uptime-figure")),
      ]),
    ).toEqual([
      ["All components, last 90 days", 90, "99.56% available over the last 90 days"],
      ["API, last 90 days", 90, "99.80% available over the last 90 days"],
      ["Web, last 90 days", 90, "99.69% available over the last 90 days"],
      ["Database, last 90 days", 90, "99.87% available over the last 90 days"],
      ["Paris [PAR], last 90 days", 90, "99.75% available over the last 90 days"],
    ]);
    expect(texts(home, ".components > li > a:first-child")).toEqual([
      "API",
      "Web",
      "Database",
      "Billing",
      "Paris [PAR]",
    ]);
  });

  it("says in each cell the day, its downtime and its incidents, linked, coloured by downtime", async () => {
    const api = await page(dir, "components/api/");
    const merged = cell(api, "Monday 15 January 2024");
    expect(text(merged)).toBe(
      "Monday 15 January 2024: 2 h 36 min of downtime; API returns errors, API and web down",
    );
    expect(merged.getAttribute("class")).toBe("up-critical");
    expect(Array.from(merged.querySelectorAll("a"), (a) => a.getAttribute("href"))).toEqual([
      "../../incidents/2024-01-15-api-slow-errors/",
      "../../incidents/2024-01-15-api-and-web-down/",
    ]);
    const maintenance = cell(api, "Friday 1 March 2024");
    expect([maintenance.getAttribute("class"), text(maintenance)]).toEqual([
      "up-ok",
      "Friday 1 March 2024: no downtime; API maintenance",
    ]);
    const before = cell(api, "Sunday 14 January 2024");
    expect([before.getAttribute("class"), text(before)]).toEqual([
      "up-none",
      "Sunday 14 January 2024: no data",
    ]);
    const home = await page(dir, "");
    const today = cell(home.querySelector(".bar")!, "Sunday 10 March 2024");
    expect([today.getAttribute("class"), text(today)]).toEqual([
      "up-major",
      "Sunday 10 March 2024: 1 h 12 min of downtime; Database partly unavailable",
    ]);
  });

  it("shows no data before a component's `since`, and no bar for a component with `uptime: false`", async () => {
    const database = await page(dir, "components/database/");
    expect(cell(database, "Wednesday 31 January 2024").getAttribute("class")).toBe("up-none");
    expect(cell(database, "Thursday 1 February 2024").getAttribute("class")).toBe("up-ok");
    const billing = await page(dir, "components/billing/");
    expect(billing.querySelector(".uptime, .monthly")).toBeNull();
  });

  it("lists 12 months of availability on a component page, each linked to its month when it had incidents", async () => {
    const database = await page(dir, "components/database/");
    const rows = Array.from(database.querySelectorAll(".monthly tbody tr"), (row) => [
      ...texts(row, "th, td"),
      row.querySelector("a")?.getAttribute("href") ?? null,
    ]);
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 4)).toEqual([
      ["March 2024", "99.47%", "1 h 12 min", "2024/03/"],
      ["February 2024", "100%", "0 min", null],
      ["January 2024", "no data", "–", null],
      ["December 2023", "no data", "–", null],
    ]);
    expect(rows.at(-1)).toEqual(["April 2023", "no data", "–", null]);
    // A component's months with none of its incidents have no page.
    expect(texts(database, ".month-index li")).toEqual(["March 2024: 2 incidents"]);
  });
});

describe("the badges of the uptime fixture", () => {
  const read = (path: string) => readFile(join(dir, path), "utf8");

  it("writes a state badge per component and for the whole site, and an uptime badge per component with a bar", async () => {
    expect((await listFiles(dir)).filter((f) => f.startsWith("badges/"))).toEqual([
      "badges/api-uptime.json",
      "badges/api-uptime.svg",
      "badges/api.json",
      "badges/api.svg",
      "badges/billing.json",
      "badges/billing.svg",
      "badges/database-uptime.json",
      "badges/database-uptime.svg",
      "badges/database.json",
      "badges/database.svg",
      "badges/overall.svg",
      "badges/web-uptime.json",
      "badges/web-uptime.svg",
      "badges/web.json",
      "badges/web.svg",
    ]);
  });

  it("gives each badge its words and colour, and the 90-day percentage of the pages", async () => {
    const said = async (name: string) => {
      const svg = await read(`badges/${name}.svg`);
      return [
        /aria-label="([^"]*)"/.exec(svg)?.[1],
        /<rect x="\d+" width="\d+" height="20" fill="([^"]+)"/.exec(svg)?.[1],
      ];
    };
    expect(await said("overall")).toEqual(["status: partial service outage", "#b54708"]);
    expect(await said("database")).toEqual(["Database: partial outage", "#b54708"]);
    expect(await said("api")).toEqual(["API: operational", "#2a7d46"]);
    expect(await said("api-uptime")).toEqual(["API uptime: 99.80%", "#8a6100"]);
    expect(await said("web-uptime")).toEqual(["Web uptime: 99.69%", "#8a6100"]);
    expect(await said("database-uptime")).toEqual(["Database uptime: 99.87%", "#8a6100"]);
  });

  it("writes a shields.io endpoint per badge of a component", async () => {
    expect(JSON.parse(await read("badges/database.json"))).toEqual({
      schemaVersion: 1,
      label: "Database",
      message: "partial outage",
      color: "orange",
    });
    expect(JSON.parse(await read("badges/web-uptime.json"))).toEqual({
      schemaVersion: 1,
      label: "Web uptime",
      message: "99.69%",
      color: "yellow",
    });
  });
});
