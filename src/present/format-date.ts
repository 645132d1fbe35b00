/**
 * Dates and durations as readers see them. Every value in the model is UTC and
 * is shown in UTC; the optional local-time script only adds to that.
 */
import { DateTime } from "luxon";
import type { UtcDateTime } from "../model/types.ts";

function utc(value: string): DateTime {
  return DateTime.fromISO(value, { zone: "utc", locale: "en-GB" });
}

/** "Friday 10 June 2022", from a `YYYY-MM-DD` day or a UTC date-time. */
export function formatDay(value: string): string {
  return utc(value).toFormat("cccc d LLLL yyyy");
}

/** "June 2022", from `YYYY-MM`. */
export function formatMonth(month: string): string {
  return utc(`${month}-01`).toFormat("LLLL yyyy");
}

/** "05:23 UTC". */
export function formatTime(at: UtcDateTime): string {
  return `${utc(at).toFormat("HH:mm")} UTC`;
}

/** "Sat 11 June 00:00 UTC": a time on another day than the one it is listed under. */
export function formatShortDateTime(at: UtcDateTime): string {
  return `${utc(at).toFormat("ccc d LLLL HH:mm")} UTC`;
}

/** "Friday 10 June 2022, 05:23 UTC". */
export function formatDateTime(at: UtcDateTime): string {
  return `${formatDay(at)}, ${formatTime(at)}`;
}

/** A time under the day `date` (`YYYY-MM-DD`): "05:23 UTC" that day, "Sat 11 June 00:00 UTC" on another. */
export function formatTimeOn(at: UtcDateTime, date: string): string {
  return at.slice(0, 10) === date ? formatTime(at) : formatShortDateTime(at);
}

/** "3 h 47 min", "3 min", "2 h", "1 d 4 h 5 min", "0 min"; seconds are dropped. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const parts: string[] = [];
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0 || parts.length === 0) parts.push(`${rest} min`);
  return parts.join(" ");
}

/**
 * How long before `start` a maintenance was announced, counted in the largest
 * unit that fits at least twice: "3 weeks", "13 days", "36 hours", "20 minutes".
 * Measured against `start`, never against the build time.
 */
export function formatNotice(scheduled: UtcDateTime, start: UtcDateTime): string {
  const minutes = Math.max(0, Math.floor(utc(start).diff(utc(scheduled), "minutes").minutes));
  const units = [
    ["week", 7 * 1440],
    ["day", 1440],
    ["hour", 60],
  ] as const;
  const [unit, size] = units.find(([, size]) => minutes >= 2 * size) ?? ["minute", 1];
  const count = Math.floor(minutes / size);
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
