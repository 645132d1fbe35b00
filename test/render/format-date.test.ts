import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDay,
  formatDuration,
  formatMonth,
  formatNotice,
  formatShortDateTime,
  formatTime,
  formatTimeOn,
} from "../../src/present/format-date.ts";
import { utcDateTime } from "../../src/model/time.ts";

describe("dates as readers see them, in UTC", () => {
  it("heads a day with its weekday, day, month and year", () => {
    expect(formatDay("2022-06-10")).toBe("Friday 10 June 2022");
    expect(formatDay(utcDateTime("2022-06-05T23:59:00Z"))).toBe("Sunday 5 June 2022");
  });

  it("names a month with its year", () => {
    expect(formatMonth("2022-06")).toBe("June 2022");
  });

  it("shows times in UTC whatever the machine's time zone", () => {
    expect(formatTime(utcDateTime("2022-06-10T05:23:00Z"))).toBe("05:23 UTC");
    expect(formatDateTime(utcDateTime("2022-06-11T12:00:00Z"))).toBe(
      "Saturday 11 June 2022, 12:00 UTC",
    );
    expect(formatShortDateTime(utcDateTime("2022-06-11T00:00:00Z"))).toBe("Sat 11 June 00:00 UTC");
  });

  it("shows the day only for a time on another day than the one it is listed under", () => {
    expect(formatTimeOn(utcDateTime("2022-06-06T20:00:00Z"), "2022-06-06")).toBe("20:00 UTC");
    expect(formatTimeOn(utcDateTime("2022-06-07T00:00:00Z"), "2022-06-06")).toBe(
      "Tue 7 June 00:00 UTC",
    );
  });
});

describe("durations", () => {
  it("counts hours and minutes, leaving out the parts that are zero", () => {
    expect(formatDuration(3 * 3600 + 47 * 60)).toBe("3 h 47 min");
    expect(formatDuration(180)).toBe("3 min");
    expect(formatDuration(2 * 3600)).toBe("2 h");
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(59)).toBe("0 min");
  });

  it("counts days for incidents longer than a day", () => {
    expect(formatDuration(86400 + 4 * 3600 + 5 * 60)).toBe("1 d 4 h 5 min");
    expect(formatDuration(3 * 86400)).toBe("3 d");
  });
});

describe("how long before its start a maintenance was announced", () => {
  it("says 3 weeks for the Unique IP window announced on 17 May for 7 June", () => {
    expect(
      formatNotice(utcDateTime("2022-05-17T09:00:00Z"), utcDateTime("2022-06-07T20:00:00Z")),
    ).toBe("3 weeks");
  });

  it("uses the largest unit that fits at least twice", () => {
    expect(
      formatNotice(utcDateTime("2022-05-25T00:00:00Z"), utcDateTime("2022-06-07T00:00:00Z")),
    ).toBe("13 days");
    expect(
      formatNotice(utcDateTime("2022-06-05T12:00:00Z"), utcDateTime("2022-06-07T00:00:00Z")),
    ).toBe("36 hours");
    expect(
      formatNotice(utcDateTime("2022-06-06T22:00:00Z"), utcDateTime("2022-06-07T00:00:00Z")),
    ).toBe("2 hours");
    expect(
      formatNotice(utcDateTime("2022-06-06T23:00:00Z"), utcDateTime("2022-06-07T00:00:00Z")),
    ).toBe("60 minutes");
    expect(
      formatNotice(utcDateTime("2022-06-06T23:59:00Z"), utcDateTime("2022-06-07T00:00:00Z")),
    ).toBe("1 minute");
  });

  it("says 0 minutes for an announcement made at or after the start", () => {
    expect(
      formatNotice(utcDateTime("2022-06-07T01:00:00Z"), utcDateTime("2022-06-07T00:00:00Z")),
    ).toBe("0 minutes");
  });
});

describe("dates without a date library", () => {
  it("name every day from 1990 to 2040 as luxon does in British English", () => {
    const wrong: string[] = [];
    for (let day = DateTime.utc(1990, 1, 1); day.year < 2041; day = day.plus({ days: 1 })) {
      const at = utcDateTime(`${day.toISODate()}T07:05:00Z`);
      const expected = [
        day.setLocale("en-GB").toFormat("cccc d LLLL yyyy"),
        `${day.setLocale("en-GB").toFormat("ccc d LLLL")} 07:05 UTC`,
        day.setLocale("en-GB").toFormat("LLLL yyyy"),
      ];
      const actual = [formatDay(at), formatShortDateTime(at), formatMonth(at.slice(0, 7))];
      if (actual.join("|") !== expected.join("|")) wrong.push(`${at}: ${actual} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });
});
