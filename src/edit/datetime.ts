import { utcDateTime } from "../model/time.ts";
import type { UtcDateTime } from "../model/types.ts";

/** The model time cut to the minute, since update markers are written to the minute. */
export function toMinute(at: UtcDateTime): UtcDateTime {
  return utcDateTime(`${at.slice(0, 16)}:00Z`);
}

/** How a frontmatter time is written: `2022-06-10 05:23`, with `:ss` only when it is not zero. */
export function formatFrontmatterTime(at: UtcDateTime): string {
  const seconds = at.slice(17, 19);
  return `${at.slice(0, 10)} ${at.slice(11, 16)}${seconds === "00" ? "" : `:${seconds}`}`;
}

/**
 * The marker of an update posted at `at`: `EDIT hh:mm UTC:`, or the dated
 * `EDIT YYYY-MM-DD hh:mm UTC:` when the previous update was on another day.
 */
export function updateMarker(at: UtcDateTime, previous: UtcDateTime): string {
  const time = at.slice(11, 16);
  return at.slice(0, 10) === previous.slice(0, 10)
    ? `EDIT ${time} UTC:`
    : `EDIT ${at.slice(0, 10)} ${time} UTC:`;
}
