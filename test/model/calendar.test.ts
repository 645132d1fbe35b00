import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  isRealDate,
  secondsBetween,
  weekday,
} from "../../src/model/calendar.ts";
import { utcDateTime } from "../../src/model/time.ts";

describe("calendar arithmetic on UTC strings", () => {
  it("steps over the ends of months, years and leap days", () => {
    expect(addDays("2022-06-30", 1)).toBe("2022-07-01");
    expect(addDays("2022-01-01", -1)).toBe("2021-12-31");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
  });

  it("knows which days exist", () => {
    expect(["2024-02-29", "2022-06-30"].map(isRealDate)).toEqual([true, true]);
    expect(["2023-02-29", "2022-06-31", "2022-13-01", "2022-6-1"].map(isRealDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("counts seconds and whole days between two times", () => {
    const start = utcDateTime("2022-06-06T19:30:00Z");
    expect(secondsBetween(start, utcDateTime("2022-06-07T00:00:00Z"))).toBe(16_200);
    expect(daysBetween(start, utcDateTime("2022-06-13T19:29:59Z"))).toBe(6);
    expect(daysBetween(start, utcDateTime("2022-06-13T19:30:00Z"))).toBe(7);
  });

  it("gives the weekday of a day", () => {
    expect(weekday("2022-06-10")).toBe(5);
    expect(weekday("2022-06-12")).toBe(0);
  });
});
