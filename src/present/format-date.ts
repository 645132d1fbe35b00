/**
 * Dates and durations as readers see them, in British English. Every value in
 * the model is UTC and is shown in UTC; the optional local-time script only
 * adds to that.
 */
import { epochMs, weekday } from "../model/calendar.ts";
import type { UtcDateTime } from "../model/types.ts";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "Friday 10 June 2022", from a `YYYY-MM-DD` day or a UTC date-time. */
export function formatDay(value: string): string {
  const date = value.slice(0, 10);
  return `${WEEKDAYS[weekday(date)]} ${dayAndMonth(date)} ${date.slice(0, 4)}`;
}

/** "1–9 June 2022": days of one month, from the earlier `YYYY-MM-DD` to the later. */
export function formatDaysOfMonth(from: string, to: string): string {
  return `${Number(from.slice(8, 10))}–${dayAndMonth(to)} ${to.slice(0, 4)}`;
}

/** "June 2022", from `YYYY-MM`. */
export function formatMonth(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "January–April 2022": months of one year, from the earlier `YYYY-MM` to the later. */
export function formatMonthsOfYear(from: string, to: string): string {
  return `${MONTHS[Number(from.slice(5, 7)) - 1]}–${formatMonth(to)}`;
}

/** "05:23 UTC". */
export function formatTime(at: UtcDateTime): string {
  return `${at.slice(11, 16)} UTC`;
}

/** "Sat 11 June 00:00 UTC": a time on another day than the one it is listed under. */
export function formatShortDateTime(at: UtcDateTime): string {
  const date = at.slice(0, 10);
  return `${WEEKDAYS[weekday(date)]!.slice(0, 3)} ${dayAndMonth(date)} ${formatTime(at)}`;
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
  const minutes = Math.max(0, Math.floor((epochMs(start) - epochMs(scheduled)) / 60_000));
  const units = [
    ["week", 7 * 1440],
    ["day", 1440],
    ["hour", 60],
  ] as const;
  const [unit, size] = units.find(([, size]) => minutes >= 2 * size) ?? ["minute", 1];
  const count = Math.floor(minutes / size);
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** "10 June": the day without leading zero, and the month's name. */
function dayAndMonth(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

/**
 * How long until `start` from `now`, in the largest unit that fits at least
 * twice: "in 5 days", "in 36 hours", "in 20 minutes"; "now" once it has come.
 */
export function formatIn(now: UtcDateTime, start: UtcDateTime): string {
  const minutes = Math.floor((epochMs(start) - epochMs(now)) / 60_000);
  if (minutes <= 0) return "now";
  const units = [
    ["day", 1440],
    ["hour", 60],
  ] as const;
  const [unit, size] = units.find(([, size]) => minutes >= 2 * size) ?? ["minute", 1];
  const count = Math.floor(minutes / size);
  return `in ${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** "17 May", with the year when it is not the year of `now`: "17 May 2021". */
export function formatShortDay(at: UtcDateTime, now: UtcDateTime): string {
  const date = at.slice(0, 10);
  return date.slice(0, 4) === now.slice(0, 4)
    ? dayAndMonth(date)
    : `${dayAndMonth(date)} ${date.slice(0, 4)}`;
}
