import { describe, expect, it } from "vitest";
import { listPages, monthPages } from "../../src/emit/list-pages.ts";
import type { Incident, Month } from "../../src/model/types.ts";

const incident = (id: string) => ({ id }) as unknown as Incident;

describe("cutting a list of the API into files of bounded size", () => {
  it("fills each file while the next item fits, and puts an item too heavy for any file alone", () => {
    const weights = [30, 30, 30, 250, 10, 60];
    expect(listPages(weights, 100, 10, (w) => w)).toEqual([[30, 30, 30], [250], [10, 60]]);
  });

  it("keeps whole days while they fit, continues a long day on the next file under its date, and keeps quiet days", () => {
    const month: Month = {
      month: "2022-06",
      incidentCount: 5,
      days: [
        { date: "2022-06-03", incidents: [incident("a"), incident("b")] },
        { date: "2022-06-02", incidents: [] },
        { date: "2022-06-01", incidents: [incident("c"), incident("d"), incident("e")] },
      ],
    };
    // Each incident weighs 100, each day 90, the file's own keys 20: 400 holds two incidents and two days.
    const pages = monthPages(month, 400, 20, () => 100);
    expect(pages.map((days) => days.map((d) => [d.date, d.incidents.map((i) => i.id)]))).toEqual([
      [
        ["2022-06-03", ["a", "b"]],
        ["2022-06-02", []],
      ],
      [["2022-06-01", ["c", "d"]]],
      [["2022-06-01", ["e"]]],
    ]);
  });
});
