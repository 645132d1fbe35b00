import { describe, expect, it } from "vitest";
import { groupByMonth } from "../../src/model/history.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { Day, Incident, IncidentImpact } from "../../src/model/types.ts";
import { yearPages } from "../../src/render/years.ts";

/** An incident of `impact` that started on `date`; only its impact matters to a calendar. */
function incident(date: string, impact: IncidentImpact): Incident {
  const start = utcDateTime(`${date}T10:00:00Z`);
  return {
    id: `${date}-${impact}`,
    title: impact,
    components: ["API"],
    zones: [],
    start,
    end: start,
    scheduled: impact === "maintenance" ? start : null,
    retroactive: false,
    impact,
    statuspageId: null,
    updates: [],
    durationSeconds: 0,
  };
}

/** Days of `YYYY-MM-DD`, newest first as the model holds them, with incidents of the impacts given. */
function days(spec: Record<string, IncidentImpact[]>): Day[] {
  return Object.entries(spec)
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, impacts]) => ({ date, incidents: impacts.map((i) => incident(date, i)) }));
}

describe("a year's calendar", () => {
  it("colours a day by its worst impact, maintenance above no impact and below minor", () => {
    const [year] = yearPages(
      groupByMonth(
        days({
          "2024-03-01": ["none", "maintenance"],
          "2024-03-02": ["maintenance", "minor"],
          "2024-03-03": ["critical", "major", "minor"],
          "2024-03-04": ["none"],
          "2024-03-05": [],
        }),
      ),
    );
    const [march] = year!.months;
    expect("days" in march! && march.days.map((d) => [d.date, d.incidentCount, d.worst])).toEqual([
      ["2024-03-01", 2, "maintenance"],
      ["2024-03-02", 2, "minor"],
      ["2024-03-03", 3, "critical"],
      ["2024-03-04", 1, "none"],
      ["2024-03-05", 0, null],
    ]);
  });

  it("gives each year its months January first, two or more quiet months in a row as one run, a single one as itself", () => {
    const spec: Record<string, IncidentImpact[]> = {};
    for (const month of ["01", "02", "03", "04", "05", "06", "07"]) spec[`2023-${month}-01`] = [];
    spec["2023-01-01"] = ["minor"];
    spec["2023-05-01"] = ["major"];
    spec["2024-01-01"] = [];
    const years = yearPages(groupByMonth(days(spec)));
    expect(
      years.map((y) => [
        y.year,
        y.path,
        y.incidentCount,
        y.months.map((m) => ("from" in m ? `${m.from}–${m.to}` : m.month)),
        y.older?.path ?? null,
        y.newer?.path ?? null,
      ]),
    ).toEqual([
      ["2024", "history/2024/", 0, ["2024-01"], "history/2023/", null],
      [
        "2023",
        "history/2023/",
        2,
        ["2023-01", "2023-02–2023-04", "2023-05", "2023-06–2023-07"],
        null,
        "history/2024/",
      ],
    ]);
  });
});
