import { describe, expect, it } from "vitest";
import { availabilityMilli, siteUptime, type Uptime } from "../../src/model/availability.ts";
import { uptimeHistory } from "../support/uptime-history.ts";

/** The days of a bar that have data, as `[date, downtime, tracked, incident ids]`. */
function daysWithData(uptime: Uptime) {
  return uptime.days
    .filter((d) => d.trackedMinutes > 0 && (d.downtimeMinutes > 0 || d.incidents.length > 0))
    .map((d) => [d.date, d.downtimeMinutes, d.trackedMinutes, d.incidents.map((i) => i.id)]);
}

describe("availability of the uptime fixture as of Sunday 10 March 2024 12:00 UTC", () => {
  it("counts 90 days from 12 December 2023, with no data before the first incident on 15 January", async () => {
    const { overall } = siteUptime(await uptimeHistory());
    expect(overall.days).toHaveLength(90);
    expect(overall.days[0]).toEqual({
      date: "2023-12-12",
      downtimeMinutes: 0,
      trackedMinutes: 0,
      incidents: [],
    });
    expect(overall.days.filter((d) => d.trackedMinutes === 0).at(-1)?.date).toBe("2024-01-14");
    // 15 January to 9 March are 55 whole days; today counts up to 12:00.
    expect(overall.days.at(-1)).toMatchObject({ date: "2024-03-10", trackedMinutes: 720 });
    expect([overall.trackedMinutes, overall.downtimeMinutes]).toEqual([55 * 1440 + 720, 348]);
  });

  it("merges overlaps, weighs critical fully and major at 30 %, counts maintenance and minor as none and ongoing up to now", async () => {
    const { overall } = siteUptime(await uptimeHistory());
    expect(daysWithData(overall)).toEqual([
      // 10:00–12:00 critical (120 min), then the major one alone 12:00–14:00 (120 × 0.3).
      ["2024-01-15", 156, 1440, ["2024-01-15-api-slow-errors", "2024-01-15-api-and-web-down"]],
      // 23:00–01:00 critical, split at midnight.
      ["2024-02-20", 60, 1440, ["2024-02-20-web-outage-overnight"]],
      ["2024-02-21", 60, 1440, ["2024-02-20-web-outage-overnight"]],
      ["2024-03-01", 0, 1440, ["2024-03-01-api-maintenance"]],
      ["2024-03-05", 0, 1440, ["2024-03-05-database-slow"]],
      // Major since 08:00, ongoing: 240 min × 0.3.
      ["2024-03-10", 72, 720, ["2024-03-10-database-partial-outage"]],
    ]);
    expect(availabilityMilli(overall)).toBe(99564);
  });

  it("gives each component its own figures, from its `since`, and leaves out one with `uptime: false`", async () => {
    const { components, zones } = siteUptime(await uptimeHistory());
    expect([...components.keys()]).toEqual(["API", "Web", "Database"]);
    const figures = (u: Uptime) => [u.downtimeMinutes, u.trackedMinutes, availabilityMilli(u)];
    expect(figures(components.get("API")!)).toEqual([156, 79920, 99804]);
    expect(figures(components.get("Web")!)).toEqual([240, 79920, 99699]);
    // From 1 February: 38 whole days and 12 hours.
    expect(figures(components.get("Database")!)).toEqual([72, 55440, 99870]);
    expect(figures(zones.get("PAR")!)).toEqual([192, 79920, 99759]);
    expect(daysWithData(components.get("API")!)).toEqual([
      ["2024-01-15", 156, 1440, ["2024-01-15-api-slow-errors", "2024-01-15-api-and-web-down"]],
      ["2024-03-01", 0, 1440, ["2024-03-01-api-maintenance"]],
    ]);
  });

  it("totals the 12 months that end with March 2024, newest first, months without data at null", async () => {
    const { overall, components } = siteUptime(await uptimeHistory());
    const months = (u: Uptime) =>
      u.months.map((m) => [m.month, m.downtimeMinutes, m.trackedMinutes, availabilityMilli(m)]);
    expect(months(overall).slice(0, 4)).toEqual([
      ["2024-03", 72, 9 * 1440 + 720, 99473],
      ["2024-02", 120, 29 * 1440, 99712],
      ["2024-01", 156, 17 * 1440, 99362],
      ["2023-12", 0, 0, null],
    ]);
    expect(overall.months.map((m) => m.month).at(-1)).toBe("2023-04");
    expect(months(components.get("Database")!).slice(0, 3)).toEqual([
      ["2024-03", 72, 13680, 99473],
      ["2024-02", 0, 41760, 100000],
      ["2024-01", 0, 0, null],
    ]);
  });
});
