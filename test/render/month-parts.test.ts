import { describe, expect, it } from "vitest";
import type { Day, Incident, Month } from "../../src/model/types.ts";
import { splitMonth, type PartDraft } from "../../src/render/month-parts.ts";

/** A month of `YYYY-MM` whose day `n` has `counts[n]` incidents (ids `d<n>-<i>`), newest first. */
function month(name: string, length: number, counts: Record<number, number>): Month {
  const days: Day[] = [];
  for (let n = length; n >= 1; n--) {
    const date = `${name}-${String(n).padStart(2, "0")}`;
    const incidents = Array.from({ length: counts[n] ?? 0 }, (_, i) => ({ id: `d${n}-${i}` }));
    days.push({ date, incidents: incidents as unknown as Incident[] });
  }
  return { month: name, days, incidentCount: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** Fits when the part holds at most `most` incidents. */
const atMost = (most: number) => (part: PartDraft) =>
  part.days.reduce((sum, d) => sum + d.incidents.length, 0) <= most;

describe("splitting a month too heavy for one page", () => {
  it("cuts it into its weeks, newest first, leaving out weeks without incidents", () => {
    const parts = splitMonth(
      month("2024-02", 29, { 2: 3, 16: 4, 29: 1 }),
      "history/2024/02/",
      atMost(5),
    );
    expect(parts.map((p) => [p.path, p.title, p.incidentCount, p.days.map((d) => d.date)])).toEqual(
      [
        ["history/2024/02/29/", "29 February 2024", 1, ["2024-02-29"]],
        ["history/2024/02/15-21/", "15–21 February 2024", 4, ["2024-02-16"]],
        ["history/2024/02/01-07/", "1–7 February 2024", 3, ["2024-02-02"]],
      ],
    );
    expect(parts.map((p) => [p.newer?.path ?? null, p.older?.path ?? null])).toEqual([
      [null, "history/2024/02/15-21/"],
      ["history/2024/02/29/", "history/2024/02/01-07/"],
      ["history/2024/02/15-21/", null],
    ]);
  });

  it("cuts a week still too heavy into its days, and a day still too heavy into numbered parts", () => {
    const parts = splitMonth(
      month("2022-06", 30, { 8: 2, 9: 3, 10: 9, 20: 1 }),
      "history/2022/06/",
      atMost(4),
    );
    expect(
      parts.map((p) => [p.path, p.title, p.days.flatMap((d) => d.incidents.map((i) => i.id))]),
    ).toEqual([
      ["history/2022/06/15-21/", "15–21 June 2022", ["d20-0"]],
      ["history/2022/06/10/", "Friday 10 June 2022, part 1 of 3", ["d10-0", "d10-1", "d10-2"]],
      ["history/2022/06/10/2/", "Friday 10 June 2022, part 2 of 3", ["d10-3", "d10-4"]],
      [
        "history/2022/06/10/3/",
        "Friday 10 June 2022, part 3 of 3",
        ["d10-5", "d10-6", "d10-7", "d10-8"],
      ],
      ["history/2022/06/09/", "Thursday 9 June 2022", ["d9-0", "d9-1", "d9-2"]],
      ["history/2022/06/08/", "Wednesday 8 June 2022", ["d8-0", "d8-1"]],
    ]);
  });

  it("gives a single incident its own page, whatever it weighs", () => {
    const parts = splitMonth(month("2022-06", 30, { 3: 2 }), "history/2022/06/", () => false);
    expect(parts.map((p) => p.path)).toEqual(["history/2022/06/03/", "history/2022/06/03/2/"]);
  });
});
