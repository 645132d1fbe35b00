import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/commands/build.ts";
import { LIST_FILE_BOUND } from "../../src/emit/json.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { OutputFile } from "../../src/write/output-file.ts";
import { validateFiles } from "../support/api.ts";
import { brokenLinks, listFiles, page, text, texts } from "../support/built-site.ts";
import { generateHistory, writeHistory } from "../support/generate-history.ts";
import { heaviestPage, PAGE_BUDGET } from "../support/page-weight.ts";
import { emptyFolder } from "../support/sample-copy.ts";

// 600 incidents with 2 KB bodies, all started in October 2026, over 3 components:
// a month, and each component's month, far too heavy for one page or one file.
// As of the day after: the home page shows the month's last, busy week.
const NOW = utcDateTime("2026-11-01T12:00:00Z");
const generated = generateHistory({
  count: 600,
  end: "2026-10-31T12:00:00Z",
  years: 0.082,
  bodyBytes: 2048,
  componentCount: 3,
});
const temp = await emptyFolder();
let dir = "";
let files: string[] = [];

beforeAll(async () => {
  await writeHistory(join(temp.cwd, "incidents"), generated);
  const built = await build({ cwd: temp.cwd, incidents: "incidents", out: "site", now: NOW });
  dir = built.out!;
  files = await listFiles(dir);
});
afterAll(() => temp.remove());

async function json(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, file), "utf8")) as Record<string, unknown>;
}

describe("a month of 600 incidents with long updates", () => {
  it("keeps every page under 60 KB gzipped with its stylesheet and script", async () => {
    expect(generated.files).toHaveLength(600);
    const heaviest = await heaviestPage(dir);
    expect(heaviest.bytes, heaviest.file).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it("splits the month by week, and lists each day on the month's page, linked to its week", async () => {
    expect(files.filter((f) => f.startsWith("history/2026/10/"))).toEqual([
      "history/2026/10/01-07/index.html",
      "history/2026/10/08-14/index.html",
      "history/2026/10/15-21/index.html",
      "history/2026/10/22-28/index.html",
      "history/2026/10/29-31/index.html",
      "history/2026/10/index.html",
    ]);
    const october = await page(dir, "history/2026/10/");
    expect(texts(october, "main > h1, main > p")).toEqual([
      "2026",
      "October 2026",
      "Incidents this month: 600",
      "This month's incidents are on 5 pages, by week or by day:",
    ]);
    const rows = Array.from(october.querySelectorAll(".part-index li"));
    expect(rows).toHaveLength(31);
    expect([rows[0]!.id, text(rows[0]), rows[0]!.querySelector("a")!.getAttribute("href")]).toEqual(
      [
        "day-2026-10-31",
        expect.stringMatching(/^Saturday 31 October 2026: \d+ incidents$/),
        "29-31/#day-2026-10-31",
      ],
    );
    const counted = rows.map((row) => Number(/: (\d+) incidents?$/.exec(text(row))![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(600);
  });

  it("lists every incident of the month once over its weeks, each week linked to the next", async () => {
    const titles: string[] = [];
    const weeks = ["29-31", "22-28", "15-21", "08-14", "01-07"];
    for (const week of weeks) {
      const part = await page(dir, `history/2026/10/${week}/`);
      titles.push(...texts(part, ".incident h3"));
    }
    expect(titles).toHaveLength(600);
    expect(new Set(titles).size).toBe(600);
    const middle = await page(dir, "history/2026/10/15-21/");
    expect(texts(middle, "main > p.up, main > h1")).toEqual(["October 2026", "15–21 October 2026"]);
    expect(
      Array.from(middle.querySelectorAll("nav.months")[0]!.querySelectorAll("a"), (a) => [
        text(a),
        a.getAttribute("href"),
      ]),
    ).toEqual([
      ["← 8–14 October 2026", "../08-14/"],
      ["22–28 October 2026 →", "../22-28/"],
    ]);
  });

  it("splits a component's month the same way", async () => {
    const api = await page(dir, "components/api/2026/10/");
    expect(text(api.querySelector("main > h1"))).toBe("API, October 2026");
    expect(api.querySelectorAll(".part-index li").length).toBeGreaterThan(25);
    expect(files.filter((f) => f.startsWith("components/api/2026/10/"))).toEqual([
      "components/api/2026/10/01-07/index.html",
      "components/api/2026/10/08-14/index.html",
      "components/api/2026/10/15-21/index.html",
      "components/api/2026/10/22-28/index.html",
      "components/api/2026/10/29-31/index.html",
      "components/api/2026/10/index.html",
    ]);
    const week = await page(dir, "components/api/2026/10/08-14/");
    expect(texts(week, "main > p.up, main > h1")).toEqual([
      "API, October 2026",
      "API, 8–14 October 2026",
    ]);
  });

  it("links every page to pages that exist, and every fragment to an element of its page", async () => {
    expect(await brokenLinks(dir, files)).toEqual([]);
    for (const file of files.filter((f) => /^(history|components|zones)\/.*index\.html$/.test(f))) {
      const doc = await page(dir, file);
      for (const link of Array.from(doc.querySelectorAll("a[href*='#']"))) {
        const [target = "", fragment = ""] = link.getAttribute("href")!.split("#");
        const targetDoc =
          target === "" ? doc : await page(dir, join(file, "..", target, "index.html"));
        expect(
          targetDoc.getElementById(fragment),
          `${file} → ${target}#${fragment}`,
        ).not.toBeNull();
      }
    }
  });

  it("keeps every list file of the API within its bound, each following the next", async () => {
    const api = files.filter((f) => f.startsWith("api/"));
    const outputs: OutputFile[] = [];
    for (const file of api)
      outputs.push({ path: file, content: await readFile(join(dir, file), "utf8") });
    expect(validateFiles(outputs)).toEqual([]);
    for (const file of outputs.filter((f) =>
      /^api\/v1\/(?!incidents\/[^p]|uptime\.json)/.test(f.path),
    ))
      expect(Buffer.byteLength(file.content), file.path).toBeLessThanOrEqual(LIST_FILE_BOUND);
    // uptime.json is bounded by the components and zones declared: 90 days and 12 months each.
    const uptime = JSON.parse(outputs.find((f) => f.path === "api/v1/uptime.json")!.content) as {
      overall: { days: unknown[]; months: unknown[] };
      components: { days: unknown[]; months: unknown[] }[];
      zones: { days: unknown[]; months: unknown[] }[];
    };
    for (const scope of [uptime.overall, ...uptime.components, ...uptime.zones])
      expect([scope.days.length, scope.months.length]).toEqual([90, 12]);
    for (const file of outputs.filter((f) =>
      ["api/v2/incidents.json", "api/v2/scheduled-maintenances.json"].includes(f.path),
    )) {
      const value = JSON.parse(file.content) as Record<string, unknown[] | undefined>;
      expect(
        (value.incidents ?? value.scheduled_maintenances)!.length,
        file.path,
      ).toBeLessThanOrEqual(50);
    }
    const seen: string[] = [];
    let next: string | null = "https://status.example.com/api/v1/history/2026-10.json";
    let prev: string | null = null;
    while (next) {
      const file = next.replace("https://status.example.com/", "");
      const month = await json(file);
      expect([month.month, month.incident_count, month.prev]).toEqual(["2026-10", 600, prev]);
      for (const day of month.days as { incidents: { id: string }[] }[])
        seen.push(...day.incidents.map((i) => i.id));
      prev = next;
      next = month.next as string | null;
    }
    expect(seen).toHaveLength(600);
    expect(new Set(seen).size).toBe(600);
    expect(files.filter((f) => f.startsWith("api/v1/history/2026-10"))).toEqual([
      "api/v1/history/2026-10.json",
      "api/v1/history/2026-10/2.json",
      "api/v1/history/2026-10/3.json",
    ]);
  });
});

describe("a week of 500 incidents with long updates, up to now", () => {
  it("keeps the home page under 60 KB, listing the newest incidents and linking to the others", async () => {
    const folder = await emptyFolder();
    try {
      await writeHistory(
        join(folder.cwd, "incidents"),
        generateHistory({
          count: 500,
          end: "2026-10-31T12:00:00Z",
          years: 5 / 365,
          bodyBytes: 2048,
        }),
      );
      const built = await build({ cwd: folder.cwd, incidents: "incidents", out: "site", now: NOW });
      const heaviest = await heaviestPage(built.out!);
      expect(heaviest.bytes, heaviest.file).toBeLessThanOrEqual(PAGE_BUDGET);
      const home = await page(built.out!, "");
      const listed = home.querySelectorAll("#recent ~ .day .incident").length;
      const more = home.querySelector("#recent ~ .more a")!;
      expect(text(more)).toBe(`${500 - listed} earlier incidents of these days`);
      expect(listed).toBeGreaterThan(100);
      const [target = "", fragment = ""] = more.getAttribute("href")!.split("#");
      expect(target).toBe("history/2026/10/");
      const month = await page(built.out!, target);
      expect(month.getElementById(fragment)?.querySelector("a")?.getAttribute("href")).toMatch(
        new RegExp(`^\\d\\d(-\\d\\d)?/#${fragment}$`),
      );
    } finally {
      await folder.remove();
    }
  });
});
