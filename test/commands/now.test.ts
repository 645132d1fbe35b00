import { describe, expect, it } from "vitest";
import { resolveNow } from "../../src/commands/now.ts";

const clock = new Date("2026-11-26T11:23:46.789Z");

describe("resolveNow", () => {
  it("takes --now first, in UTC", () => {
    expect(resolveNow("2022-06-11T14:00:00+02:00", "1654948800", clock)).toEqual({
      ok: true,
      now: "2022-06-11T12:00:00Z",
    });
  });

  it("takes SOURCE_DATE_EPOCH next", () => {
    expect(resolveNow(undefined, "1654948800", clock)).toEqual({
      ok: true,
      now: "2022-06-11T12:00:00Z",
    });
  });

  it("falls back to the clock, to the second", () => {
    expect(resolveNow(undefined, undefined, clock)).toEqual({
      ok: true,
      now: "2026-11-26T11:23:46Z",
    });
  });

  it.each(["soon", "-1", "99999999999999"])("refuses SOURCE_DATE_EPOCH=%s", (epoch) => {
    expect(resolveNow(undefined, epoch, clock)).toEqual({
      ok: false,
      message: `Unexpected SOURCE_DATE_EPOCH=${epoch}, expected whole seconds since 1970`,
    });
  });

  it("refuses a --now it cannot read, in the words of every other time flag", () => {
    expect(resolveNow("2022-06-11", undefined, clock)).toEqual({
      ok: false,
      message:
        "Unexpected --now 2022-06-11 (a date without a time), expected a UTC time such as `05:23`, `2022-06-10 05:23` or `2022-06-10T07:23:00+02:00`",
    });
  });

  it("reads --now hh:mm as that time today, UTC, like --start and --at", () => {
    expect(resolveNow("05:23", undefined, clock)).toEqual({
      ok: true,
      now: "2026-11-26T05:23:00Z",
    });
    expect(resolveNow("5:23:09", undefined, clock)).toEqual({
      ok: true,
      now: "2026-11-26T05:23:09Z",
    });
    expect(resolveNow("2022-06-10 05:23", undefined, clock)).toEqual({
      ok: true,
      now: "2022-06-10T05:23:00Z",
    });
  });

  it("takes today from SOURCE_DATE_EPOCH for --now hh:mm when it is set", () => {
    expect(resolveNow("05:23", "1654948800", clock)).toEqual({
      ok: true,
      now: "2022-06-11T05:23:00Z",
    });
  });
});
