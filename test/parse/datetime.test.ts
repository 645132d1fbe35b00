import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseDateTime } from "../../src/parse/datetime.ts";

describe("parseDateTime", () => {
  it.each([
    ["2022-06-10 05:23", "2022-06-10T05:23:00Z"],
    ["2022-06-10 05:23:09", "2022-06-10T05:23:09Z"],
    ["2022-06-10 05:23 UTC", "2022-06-10T05:23:00Z"],
    ["2022-06-10T05:23:00Z", "2022-06-10T05:23:00Z"],
    ["2022-06-10T07:23:00+02:00", "2022-06-10T05:23:00Z"],
    ["2022-06-09T22:23-0700", "2022-06-10T05:23:00Z"],
    ["2022-06-10T05:23:00.750Z", "2022-06-10T05:23:00Z"],
  ])("reads %s as %s", (text, utc) => {
    expect(parseDateTime(text)).toEqual({ ok: true, value: utc });
  });

  it.each([
    ["2022-06-10", "a date without a time"],
    ["05:23", "a time without a date"],
    ["2022-06-10T05:23", "a time without `Z` or an offset"],
    ["2022-02-30 10:00", "not a real date and time (2022-02-30 10:00)"],
    ["2022-06-10 24:00", "not a real date and time (2022-06-10 24:00)"],
    ["yesterday", "not a date and time"],
  ])("refuses %s: %s", (text, problem) => {
    expect(parseDateTime(text)).toEqual({ ok: false, problem });
  });
});

describe("a frontmatter time with an offset", () => {
  it("is converted to UTC when a clock somewhere uses the offset", () => {
    expect(parseDateTime("2022-06-10T07:23:00+02:00")).toEqual({
      ok: true,
      value: "2022-06-10T05:23:00Z",
    });
    expect(parseDateTime("2022-06-10T05:23+14:00")).toEqual({
      ok: true,
      value: "2022-06-09T15:23:00Z",
    });
    expect(parseDateTime("2022-06-10T05:23-1200")).toEqual({
      ok: true,
      value: "2022-06-10T17:23:00Z",
    });
  });

  it("is refused when no clock uses the offset", () => {
    for (const offset of ["+99:99", "-99:59", "+14:01", "-12:30", "+02:60"])
      expect(parseDateTime(`2022-06-10T05:23:00${offset}`)).toEqual({
        ok: false,
        problem: `an offset no clock uses (${offset}), expected one from -12:00 to +14:00`,
      });
  });
});

describe("a plain UTC date-time", () => {
  // The reading Luxon gave before plain times were read without it.
  const byLuxon = (text: string) => {
    const [year, month, day, hour, minute, second = 0] = text.match(/\d+/g)!.map(Number);
    const value = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: "utc" });
    return value.isValid && hour! < 24
      ? value.toUTC().toISO({ suppressMilliseconds: true })!.replace(".000", "")
      : null;
  };

  it("is read as Luxon reads it, for real dates and for 31 June, 29 February, 24:00 and 60 minutes", () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    const text = fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        two(13),
        two(32),
        two(25),
        two(61),
        fc.option(two(61)),
      )
      .map(
        ([year, month, day, hour, minute, second]) =>
          `${String(year).padStart(4, "0")}-${month}-${day} ${hour}:${minute}${second === null ? "" : `:${second}`}`,
      );
    fc.assert(
      fc.property(text, (plain) => {
        const result = parseDateTime(plain);
        expect(result.ok ? result.value : null).toBe(byLuxon(plain));
      }),
      { numRuns: 5_000 },
    );
  });
});
