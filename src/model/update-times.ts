import { DateTime } from "luxon";
import { toUtc } from "../parse/datetime.ts";
import type { UpdateMarker } from "../parse/update-marker.ts";
import type { UtcDateTime } from "./types.ts";

export type TimeProblem = "invalid" | "before-start" | "before-previous";

export interface ResolvedTime {
  at: UtcDateTime | null;
  problem: TimeProblem | null;
}

/**
 * Dates each section. The initial post (marker null) is dated at `start`; an
 * `EDIT hh:mm UTC:` takes the date of the update before it (or of `start`),
 * and the dated form `EDIT YYYY-MM-DD hh:mm UTC:` says its own.
 */
export function resolveUpdateTimes(
  markers: readonly (UpdateMarker | null)[],
  start: UtcDateTime | null,
): ResolvedTime[] {
  // Without a readable start, times are only checked for being real times.
  const first = start === null ? null : DateTime.fromISO(start, { zone: "utc" });
  let previous = first;
  return markers.map((marker): ResolvedTime => {
    if (marker === null) return { at: start, problem: null };
    if (marker.kind !== "edit" || marker.time === null) return { at: null, problem: null };
    const { hour, minute, second } = marker.time;
    if (hour > 23 || minute > 59 || second > 59) return { at: null, problem: "invalid" };
    const date = marker.date ?? previous?.toISODate();
    if (!date) return { at: null, problem: null };
    const at = DateTime.fromISO(date, { zone: "utc" }).set({ hour, minute, second });
    if (!at.isValid) return { at: null, problem: "invalid" };
    const afterAnUpdate = previous !== first;
    if (previous && at < previous && afterAnUpdate)
      return { at: toUtc(at), problem: "before-previous" };
    if (first && at < first) return { at: toUtc(at), problem: "before-start" };
    previous = at;
    return { at: toUtc(at), problem: null };
  });
}
