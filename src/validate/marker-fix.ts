import { DateTime } from "luxon";
import type { MarkerProblem } from "../diagnostics/marker-problem.ts";
import type { MarkerReading } from "../parse/update-marker.ts";
import { pad } from "./update-times.ts";

/** A named zone: its offset and, when it has summer time, where that can be checked. */
interface ZoneInfo {
  name: string;
  /** Minutes east of UTC. */
  offset: number;
  /** An IANA zone whose clocks follow it, to tell whether it was in force on a date. */
  region: string | null;
  /** Who keeps it, for messages: `Central European`. */
  area: string;
}

const NAMED: Record<string, Omit<ZoneInfo, "name"> | "ambiguous"> = {
  CET: { offset: 60, region: "Europe/Paris", area: "Central European" },
  CEST: { offset: 120, region: "Europe/Paris", area: "Central European" },
  EET: { offset: 120, region: "Europe/Athens", area: "Eastern European" },
  EEST: { offset: 180, region: "Europe/Athens", area: "Eastern European" },
  WET: { offset: 0, region: "Europe/Lisbon", area: "Western European" },
  WEST: { offset: 60, region: "Europe/Lisbon", area: "Western European" },
  BST: { offset: 60, region: "Europe/London", area: "British" },
  EST: { offset: -300, region: "America/New_York", area: "US Eastern" },
  EDT: { offset: -240, region: "America/New_York", area: "US Eastern" },
  CST: { offset: -360, region: "America/Chicago", area: "US Central" },
  CDT: { offset: -300, region: "America/Chicago", area: "US Central" },
  MST: { offset: -420, region: "America/Denver", area: "US Mountain" },
  MDT: { offset: -360, region: "America/Denver", area: "US Mountain" },
  PST: { offset: -480, region: "America/Los_Angeles", area: "US Pacific" },
  PDT: { offset: -420, region: "America/Los_Angeles", area: "US Pacific" },
  AKST: { offset: -540, region: "America/Anchorage", area: "Alaska" },
  AKDT: { offset: -480, region: "America/Anchorage", area: "Alaska" },
  AEST: { offset: 600, region: "Australia/Sydney", area: "Australian Eastern" },
  AEDT: { offset: 660, region: "Australia/Sydney", area: "Australian Eastern" },
  NZST: { offset: 720, region: "Pacific/Auckland", area: "New Zealand" },
  NZDT: { offset: 780, region: "Pacific/Auckland", area: "New Zealand" },
  HST: { offset: -600, region: null, area: "Hawaii" },
  JST: { offset: 540, region: null, area: "Japan" },
  KST: { offset: 540, region: null, area: "Korea" },
  MSK: { offset: 180, region: null, area: "Moscow" },
  IST: "ambiguous",
};

export interface MarkerFix {
  problems: MarkerProblem[];
  /** The marker to write instead, when it can be decided; else null. */
  expected: string | null;
}

/**
 * What is wrong with a near-miss marker and, when it can be decided without
 * guessing, the `EDIT … UTC:` marker that says the same. `previous` is the
 * UTC time of the post before it (or `start`): a time without a date is on
 * that post's day, in the zone it was written in.
 */
export function fixMarker(reading: MarkerReading, previous: string | null): MarkerFix {
  const problems: MarkerProblem[] = [];
  let decided = true;
  if (reading.word !== "" && reading.word !== "EDIT")
    problems.push({ kind: "word", word: reading.word });
  if (reading.bold) problems.push({ kind: "bold" });
  const { time } = reading;
  if (time === null) {
    if (reading.separator !== ":") problems.push({ kind: "colon", separator: reading.separator });
    return { problems, expected: "EDIT:" };
  }
  const written = writtenTime(reading);
  let hour = time.hour;
  if (reading.meridiem !== null) {
    if (hour < 1 || hour > 12) {
      problems.push({ kind: "invalid-time", written });
      return { problems, expected: null };
    }
    hour = (hour % 12) + (reading.meridiem === "pm" ? 12 : 0);
    problems.push({
      kind: "meridiem",
      written,
      time: `${pad(hour)}:${pad(time.minute)}`,
    });
  }
  if (hour > 23 || time.minute > 59 || time.second > 59) {
    problems.push({ kind: "invalid-time", written });
    return { problems, expected: null };
  }
  let offset: number | null = 0;
  const zone = reading.zone;
  if (zone === null) {
    problems.push({ kind: "no-zone", time: written });
    decided = false;
  } else if (/^utc$/i.test(zone) && reading.zoneInParentheses) {
    problems.push({ kind: "parentheses" });
  } else if (!/^UTC$/.test(zone)) {
    offset = zoneOffset(zone);
    if (offset === 0) problems.push({ kind: "utc", zone });
    else if (offset === null) {
      problems.push({ kind: "ambiguous-zone", zone });
      decided = false;
    }
  }
  if (reading.separator !== ":") problems.push({ kind: "colon", separator: reading.separator });
  if (!decided || offset === null || zone === null) return { problems, expected: null };

  const seconds = time.second === 0 ? "" : `:${pad(time.second)}`;
  const clock = `${pad(hour)}:${pad(time.minute)}${seconds}`;
  if (offset === 0) return { problems, expected: marker(reading.date, clock) };

  // A local time: find its day, convert, and check the zone was in force then.
  const previousLocal = previous && shift(previous, offset);
  const day = reading.date ?? previousLocal?.slice(0, 10) ?? null;
  const withoutDay = shift(`2000-01-02T${clock.padEnd(8, ":00")}Z`, -offset);
  if (day === null) {
    if (withoutDay.slice(0, 10) !== "2000-01-02") {
      problems.push({ kind: "no-date", written: `${written} ${zone}` });
      return { problems, expected: null };
    }
  }
  const utc = day === null ? withoutDay : shift(`${day}T${clock.padEnd(8, ":00")}Z`, -offset);
  const info = namedZone(zone);
  if (info?.region) {
    if (day === null) {
      problems.push({ kind: "no-date", written: `${written} ${zone}` });
      return { problems, expected: null };
    }
    const actual = DateTime.fromISO(utc, { zone: info.region }).offset;
    if (actual !== info.offset) {
      problems.push({
        kind: "summer-time",
        zone: info.name,
        area: info.area,
        offset: formatOffset(info.offset),
        actual: formatOffset(actual),
        date: day,
        asLocal: shift(`${day}T${clock.padEnd(8, ":00")}Z`, -actual).slice(11, 16),
        asZone: utc.slice(11, 16),
      });
      return { problems, expected: null };
    }
  }
  const sameDay =
    day === null || (reading.date === null && utc.slice(0, 10) === previous?.slice(0, 10));
  const converted = utc.slice(11, 16) + (utc.slice(17, 19) === "00" ? "" : utc.slice(16, 19));
  problems.push({
    kind: "convert",
    written: `${written} ${zone}`,
    utc: sameDay ? converted : `${utc.slice(0, 10)} ${converted}`,
  });
  return { problems, expected: marker(sameDay ? null : utc.slice(0, 10), converted) };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function marker(date: string | null, clock: string): string {
  return `EDIT ${date ? `${date} ` : ""}${clock} UTC:`;
}

/** The time as the operator wrote it: `2:11pm`, `16:13:00`. */
function writtenTime(reading: MarkerReading): string {
  const match = /\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?/i.exec(reading.text);
  return match ? match[0] : "";
}

/** Minutes east of UTC of a zone as written; null when it names several. */
function zoneOffset(zone: string): number | null {
  const upper = zone.toUpperCase();
  if (upper === "Z" || upper === "UTC" || upper === "GMT" || upper === "UT") return 0;
  const numeric = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(upper);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  return namedZone(zone)?.offset ?? null;
}

function namedZone(zone: string): ZoneInfo | null {
  const entry = NAMED[zone.toUpperCase()];
  return entry && entry !== "ambiguous" ? { name: zone.toUpperCase(), ...entry } : null;
}

/** An ISO UTC time moved by `minutes`, as `YYYY-MM-DDThh:mm:ssZ`. */
function shift(iso: string, minutes: number): string {
  const moved = new Date(Date.parse(iso) + minutes * 60_000).toISOString();
  return `${moved.slice(0, 19)}Z`;
}
