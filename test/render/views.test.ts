import { describe, expect, it } from "vitest";
import { groupByMonth } from "../../src/model/history.ts";
import { filterMonths, monthPages, recentDays, siteViews } from "../../src/render/views.ts";
import type { Day, History } from "../../src/model/types.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { sampleHistoryAsOf } from "../support/sample-as-of.ts";

function sample(now = utcDateTime("2022-06-11T12:00:00Z")): Promise<History> {
  return sampleHistoryAsOf(now);
}

function days(...dates: string[]): Day[] {
  return dates.map((date) => ({ date, incidents: [] }));
}

describe("the home page's week", () => {
  it("is the 7 days that end with the build's day, newest first", async () => {
    expect(recentDays(await sample()).map((d) => d.date)).toEqual([
      "2022-06-11",
      "2022-06-10",
      "2022-06-09",
      "2022-06-08",
      "2022-06-07",
      "2022-06-06",
      "2022-06-05",
    ]);
  });

  it("leaves out the days of a maintenance scheduled after the build's day", async () => {
    const history = await sample(utcDateTime("2022-06-02T08:00:00Z"));
    expect(history.days[0]?.date).toBe("2022-06-07");
    expect(recentDays(history).map((d) => d.date)).toEqual([
      "2022-06-02",
      "2022-06-01",
      "2022-05-31",
      "2022-05-30",
      "2022-05-29",
      "2022-05-28",
      "2022-05-27",
    ]);
  });
});

describe("month pages", () => {
  it("link each month to the older and the newer one", () => {
    const months = groupByMonth(days("2022-08-01", "2022-07-01", "2022-06-30"));
    expect(
      monthPages(months, (m) => `history/${m}/`).map((p) => [p.path, p.older, p.newer]),
    ).toEqual([
      ["history/2022-08/", { month: "2022-07", path: "history/2022-07/" }, null],
      [
        "history/2022-07/",
        { month: "2022-06", path: "history/2022-06/" },
        { month: "2022-08", path: "history/2022-08/" },
      ],
      ["history/2022-06/", null, { month: "2022-07", path: "history/2022-07/" }],
    ]);
  });
});

describe("the archive of one component or zone", () => {
  it("keeps every day and counts only the matching incidents", async () => {
    const history = await sample();
    const months = filterMonths(history.months, (i) => i.components.includes("Reverse Proxies"));
    expect(months.map((m) => [m.month, m.days.length, m.incidentCount])).toEqual([
      ["2022-06", 11, 2],
    ]);
    expect(
      months[0]!.days
        .filter((d) => d.incidents.length > 0)
        .map((d) => [d.date, d.incidents.map((i) => i.id)]),
    ).toEqual([
      ["2022-06-08", ["2022-06-08-reverse-proxy-503"]],
      ["2022-06-07", ["2022-06-07-addon-proxy-unreachable"]],
    ]);
  });

  it("has a page per component and zone, each month at its own URL", async () => {
    const views = siteViews(await sample());
    expect(views.facets.map((f) => [f.kind, f.name, f.path, f.incidentCount])).toEqual([
      ["component", "Infrastructure", "components/infrastructure/", 2],
      ["component", "Deployments", "components/deployments/", 1],
      ["component", "Reverse Proxies", "components/reverse-proxies/", 2],
      ["component", "Unique IP", "components/unique-ip/", 1],
      ["component", "Mails", "components/mails/", 1],
      ["component", "Pulsar", "components/pulsar/", 1],
      ["component", "Cellar", "components/cellar/", 1],
      ["zone", "Paris [PAR]", "zones/PAR/", 5],
    ]);
    expect(views.facetMonths.map((p) => p.path)).toEqual([
      "components/infrastructure/2022/06/",
      "components/deployments/2022/06/",
      "components/reverse-proxies/2022/06/",
      "components/unique-ip/2022/06/",
      "components/mails/2022/06/",
      "components/pulsar/2022/06/",
      "components/cellar/2022/06/",
      "zones/PAR/2022/06/",
    ]);
  });

  it("groups the home page's components as site.yml declares them", async () => {
    const views = siteViews(await sample());
    expect(
      views.componentGroups.map((g) => [g.name, g.states.map((s) => s.component.name)]),
    ).toEqual([
      ["Platform", ["Infrastructure", "Deployments"]],
      ["Network", ["Reverse Proxies", "Unique IP"]],
      ["Services", ["Mails"]],
      ["Add-ons", ["Pulsar", "Cellar"]],
    ]);
  });
});
