import { DateTime } from "luxon";
import { utcDateTime } from "../model/time.ts";
import type { UtcDateTime } from "../model/types.ts";

export type DateTimeResult = { ok: true; value: UtcDateTime } | { ok: false; problem: string };

const PLAIN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?(?: UTC)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Reads a frontmatter date-time: `2022-06-10 05:23` (UTC, seconds optional) or
 * ISO 8601 with `Z` or an offset, which is converted to UTC.
 */
export function parseDateTime(text: string): DateTimeResult {
  const plain = PLAIN.exec(text);
  if (plain) return plainUtc(text, plain);
  if (ISO_WITH_ZONE.test(text)) {
    const offset = /([+-])(\d{2}):?(\d{2})$/.exec(text);
    if (offset && !isRealOffset(offset[1]!, Number(offset[2]), Number(offset[3])))
      return {
        ok: false,
        problem: `an offset no clock uses (${offset[0]}), expected one from -12:00 to +14:00`,
      };
    return checked(DateTime.fromISO(text, { setZone: true }), text);
  }
  if (DATE_ONLY.test(text)) return { ok: false, problem: "a date without a time" };
  if (TIME_ONLY.test(text)) return { ok: false, problem: "a time without a date" };
  if (ISO_WITHOUT_ZONE.test(text)) return { ok: false, problem: "a time without `Z` or an offset" };
  return { ok: false, problem: "not a date and time" };
}

/**
 * `2022-06-10 05:23`, already UTC, read without a date library: every file
 * has two or three of these, and Luxon took a tenth of a file's check.
 */
function plainUtc(text: string, match: RegExpExecArray): DateTimeResult {
  const [y, mo, d, h, mi, s = "00"] = match.slice(1) as [string, string, string, string, string];
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!real) return { ok: false, problem: `not a real date and time (${text})` };
  return { ok: true, value: utcDateTime(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`) };
}

/** Whether a UTC offset is one of a real clock: -12:00 to +14:00, minutes under 60. */
function isRealOffset(sign: string, hours: number, minutes: number): boolean {
  return minutes < 60 && hours * 60 + minutes <= (sign === "+" ? 14 : 12) * 60;
}

function checked(value: DateTime, text: string): DateTimeResult {
  // Luxon reads 24:00 as the next midnight; an operator who wrote it meant something else.
  const hour = Number(/[ T](\d{2}):/.exec(text)?.[1]);
  if (!value.isValid || hour > 23)
    return { ok: false, problem: `not a real date and time (${text})` };
  return { ok: true, value: toUtc(value) };
}

/** Formats as the model's `YYYY-MM-DDThh:mm:ssZ`, dropping sub-second digits. */
export function toUtc(value: DateTime): UtcDateTime {
  return utcDateTime(value.toUTC().startOf("second").toISO({ suppressMilliseconds: true })!);
}
