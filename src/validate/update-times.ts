import type { UpdateMarker } from "../parse/update-marker.ts";
import { isRealDate } from "../model/calendar.ts";
import { utcDateTime } from "../model/time.ts";
import type { UtcDateTime } from "../model/types.ts";

export type TimeProblem = "invalid" | "before-start" | "before-previous";

export interface ResolvedTime {
  at: UtcDateTime | null;
  problem: TimeProblem | null;
}

/**
 * Dates each section. The initial post (marker null) is dated at `start`; an
 * `EDIT hh:mm UTC:` takes the date of the update before it (or of `start`),
 * and the dated form `EDIT YYYY-MM-DD hh:mm UTC:` says its own. No update is
 * earlier than `earliest`: `start`, or for a maintenance the time it was
 * announced, so that it can be postponed before it begins. Times are compared
 * as ISO strings, which sort in time order.
 */
export function resolveUpdateTimes(
  markers: readonly (UpdateMarker | null)[],
  start: UtcDateTime | null,
  earliest: UtcDateTime | null = start,
): ResolvedTime[] {
  // Without a readable start, times are only checked for being real times.
  let previous = start;
  return markers.map((marker): ResolvedTime => {
    if (marker === null) return { at: start, problem: null };
    if (marker.kind !== "edit" || marker.time === null) return { at: null, problem: null };
    const { hour, minute, second } = marker.time;
    if (hour > 23 || minute > 59 || second > 59) return { at: null, problem: "invalid" };
    if (marker.date && !isRealDate(marker.date)) {
      return { at: null, problem: "invalid" };
    }
    const date = marker.date ?? previous?.slice(0, 10);
    if (!date) return { at: null, problem: null };
    const at = utcDateTime(`${date}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`);
    if (previous && at < previous && previous !== start) return { at, problem: "before-previous" };
    if (earliest && at < earliest) return { at, problem: "before-start" };
    previous = at;
    return { at, problem: null };
  });
}

/** `7` → `07`, for times written in markers. */
export function pad(n: number): string {
  return String(n).padStart(2, "0");
}
