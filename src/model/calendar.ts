/**
 * Calendar arithmetic on the model's UTC strings (`YYYY-MM-DD`,
 * `YYYY-MM-DDThh:mm:ssZ`), with plain integers: these run once per incident
 * and per page, where a date library's parsing and formatting showed up as a
 * tenth of a build.
 */
import type { UtcDateTime } from "./types.ts";

const DAY_MS = 86_400_000;

/** Milliseconds since 1970 of a `YYYY-MM-DD` day at midnight UTC, or of a UTC date-time. */
export function epochMs(value: string): number {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const hour = value.length > 10 ? Number(value.slice(11, 13)) : 0;
  const minute = value.length > 10 ? Number(value.slice(14, 16)) : 0;
  const second = value.length > 16 ? Number(value.slice(17, 19)) : 0;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The `YYYY-MM-DD` day `days` after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  return new Date(epochMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole seconds from `from` to `to`. */
export function secondsBetween(from: UtcDateTime, to: UtcDateTime): number {
  return Math.round((epochMs(to) - epochMs(from)) / 1000);
}

/** Whole days from `from` to `to`, rounded down. */
export function daysBetween(from: UtcDateTime, to: UtcDateTime): number {
  return Math.floor((epochMs(to) - epochMs(from)) / DAY_MS);
}

/** Whether `YYYY-MM-DD` names a day that exists (no 31 June, no 29 February 2023). */
export function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && addDays(date, 0) === date;
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(date: string): number {
  return new Date(epochMs(date)).getUTCDay();
}

/** The number of days of `YYYY-MM`: 28 to 31. */
export function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/** A model time moved by whole years, the rest of it kept (`2022-06-10T05:23:00Z` → `2052-06-10T05:23:00Z`). */
export function shiftYears<T extends string>(at: T, years: number): T {
  return `${String(Number(at.slice(0, 4)) + years).padStart(4, "0")}${at.slice(4)}` as T;
}
