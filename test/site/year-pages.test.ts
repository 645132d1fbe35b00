import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProject, listFiles, page, text, texts } from "../support/built-site.ts";
import { emptyFolder } from "../support/sample-copy.ts";

const PROJECT = join(import.meta.dirname, "../fixtures/year");
const temp = await emptyFolder();
let dir = "";
beforeAll(async () => {
  dir = await buildProject(PROJECT, join(temp.cwd, "site"), "2024-02-15T12:00:00Z");
});
afterAll(() => temp.remove());

/** Each day of a calendar: its class, what it says and where it links. */
function cells(month: Element): [string | null, string, string | null][] {
  return Array.from(month.querySelectorAll(".cal > li"), (li) => [
    li.getAttribute("class"),
    text(li.querySelector(".sr")),
    li.querySelector("a")?.getAttribute("href") ?? null,
  ]);
}

describe("the year pages of the year fixture, as of Thursday 15 February 2024 12:00 UTC", () => {
  it("writes a page per year of the history, each linked from the history and from its months", async () => {
    const files = await listFiles(dir);
    expect(files.filter((f) => /^history\/\d{4}\/index\.html$/.test(f))).toEqual([
      "history/2023/index.html",
      "history/2024/index.html",
    ]);
    const history = await page(dir, "history/");
    expect(
      Array.from(history.querySelectorAll(".years li"), (li) => [
        text(li),
        li.querySelector("a")?.getAttribute("href"),
      ]),
    ).toEqual([
      ["2024: 4 incidents", "2024/"],
      ["2023: 4 incidents", "2023/"],
    ]);
    const june = await page(dir, "history/2023/06/");
    expect([
      text(june.querySelector(".up")),
      june.querySelector(".up a")?.getAttribute("href"),
    ]).toEqual(["2023", "../"]);
  });

  it("shows 2023 month by month, a run of quiet months in one line, with the years around it", async () => {
    const year = await page(dir, "history/2023/");
    expect(text(year.querySelector("title"))).toBe("2023 · Year fixture");
    expect(texts(year, "main > p, main h1, .cal-month > h2, .cal-month > p, .year > p")).toEqual([
      "History",
      "2023",
      "Incidents this year: 4",
      "January 2023",
      "3 incidents",
      "February–May 2023: no incidents",
      "June 2023",
      "1 incident",
      "July–December 2023: no incidents",
    ]);
    expect(
      Array.from(year.querySelectorAll("nav.months a"), (a) => [text(a), a.getAttribute("href")]),
    ).toEqual([["2024 →", "../2024/"]]);
    expect(texts(year, ".legend li")).toEqual([
      "No incidents",
      "No impact",
      "Maintenance",
      "Minor impact",
      "Major impact",
      "Critical impact",
    ]);
  });

  it("colours each day by its worst impact, says it in words, and links a day with incidents to it in its month", async () => {
    const year = await page(dir, "history/2023/");
    const [january, june] = Array.from(year.querySelectorAll(".cal-month"));
    expect(text(january!.querySelector("h2"))).toBe("January 2023");
    expect(january!.querySelector("h2 a")?.getAttribute("href")).toBe("01/");
    const days = cells(january!);
    expect(days).toHaveLength(31);
    // 1 January 2023 is a Sunday: the seventh column of a week from Monday.
    expect(january!.querySelector(".cal")?.getAttribute("class")).toBe("cal col-7");
    expect(days.filter(([, , href]) => href !== null)).toEqual([
      [
        "solid-critical",
        "Tuesday 10 January 2023: 2 incidents, worst: critical impact",
        "01/#day-2023-01-10",
      ],
      [
        "solid-maintenance",
        "Friday 20 January 2023: 1 incident, worst: maintenance",
        "01/#day-2023-01-20",
      ],
    ]);
    expect(days[0]).toEqual(["cal-quiet", "Sunday 1 January 2023: no incidents", null]);
    expect(cells(june!)[4]).toEqual([
      "solid-ok",
      "Monday 5 June 2023: 1 incident, worst: no impact",
      "06/#day-2023-06-05",
    ]);
    // The anchors exist on the month's page.
    const month = await page(dir, "history/2023/01/");
    expect(month.querySelector("#day-2023-01-10")).not.toBeNull();
    expect(month.querySelector("#day-2023-01-20")).not.toBeNull();
  });

  it("shows the current year up to the build's day, a single quiet month as its calendar", async () => {
    const year = await page(dir, "history/2024/");
    expect(texts(year, ".year > .cal-month h2, .quiet-months")).toEqual([
      "January 2024",
      "February 2024",
    ]);
    const [january, february] = Array.from(year.querySelectorAll(".cal-month"));
    expect(cells(january!).every(([c, , href]) => c === "cal-quiet" && href === null)).toBe(true);
    const days = cells(february!);
    expect(days).toHaveLength(15);
    expect(days.filter(([, , href]) => href !== null).map(([c, said]) => [c, said])).toEqual([
      ["solid-minor", "Thursday 1 February 2024: 1 incident, worst: minor impact"],
      ["solid-major", "Monday 5 February 2024: 2 incidents, worst: major impact"],
      ["solid-major", "Monday 12 February 2024: 1 incident, worst: major impact"],
    ]);
    expect(
      Array.from(year.querySelectorAll("nav.months a"), (a) => [text(a), a.getAttribute("href")]),
    ).toEqual([["← 2023", "../2023/"]]);
  });
});

describe("the component and zone pages of the year fixture", () => {
  it("lists a component's 5 newest incidents under their days", async () => {
    const api = await page(dir, "components/api/");
    const latest = api.querySelector("section[aria-labelledby=latest]")!;
    expect(texts(latest, "h3, h4")).toEqual([
      "Monday 12 February 2024",
      "API returns errors",
      "Monday 5 February 2024",
      "API name does not resolve",
      "API timeouts",
      "Thursday 1 February 2024",
      "API latency",
      "Friday 20 January 2023",
      "API maintenance",
    ]);
    expect(texts(api, ".month-index li")).toEqual([
      "February 2024: 4 incidents",
      "January 2023: 2 incidents",
    ]);
  });

  it("lists the components a zone's incidents named, with their state, and says when there are none", async () => {
    const paris = await page(dir, "zones/PAR/");
    expect(texts(paris, "#zone-components ~ p, #zone-components ~ ul li")).toEqual([
      "Components that incidents in this zone named.",
      "API Operational",
      "Web Operational",
    ]);
    const london = await page(dir, "zones/LON/");
    expect(texts(london, "main h1, main h2, main .quiet")).toEqual([
      "[LON]",
      "Uptime",
      "Components",
      "No incident has named a component in this zone.",
      "Latest incidents",
      "No incidents reported.",
    ]);
  });
});

describe("the footer without JavaScript", () => {
  it("says times are UTC and has no switch, on every page", async () => {
    for (const file of (await listFiles(dir)).filter((f) => f.endsWith(".html"))) {
      const doc = await page(dir, file);
      expect(texts(doc, "footer .times"), file).toEqual(["Times are UTC."]);
      expect(doc.querySelectorAll("button"), file).toHaveLength(0);
    }
  });
});
