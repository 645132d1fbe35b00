import type { UtcDateTime } from "../model/types.ts";
import type { FileResult } from "./incident-file.ts";
import { LIMITS } from "../parse/limits.ts";
import { shiftYears } from "../model/calendar.ts";

/** A span of builds' nows, `from` included, `until` excluded. */
export interface NowSpan {
  from: UtcDateTime;
  until: UtcDateTime;
}

/**
 * The nows at which checking a file gives exactly `result`, which it gave at
 * `now`; null when that cannot be said. A file's result depends on the
 * build's now only through how each of its times compares with it (after
 * now, ended, within the years the site accepts), so it holds from the
 * file's last time at or before `now` to its first time after it. A file
 * with an error (whose hints may count from now) or an ongoing incident
 * (whose staleness warning counts days) is checked again at every now.
 */
export function resultHoldsWhile(result: FileResult, now: UtcDateTime): NowSpan | null {
  const { incident } = result;
  if (!incident || incident.end === null) return null;
  const times = [
    incident.start,
    incident.end,
    ...(incident.scheduled ? [incident.scheduled] : []),
    ...incident.updates.flatMap((u) => (u.at ? [u.at] : [])),
  ].sort();
  const past = times.filter((t) => t <= now);
  const future = times.filter((t) => t > now);
  // Every time stays within the accepted years: now - yearsBefore ≤ first, last ≤ now + yearsAfter.
  const lastAccepted = shiftYears(times[0]!, LIMITS.yearsBefore);
  const firstAccepted = shiftYears(times.at(-1)!, -LIMITS.yearsAfter);
  const from = [past.at(-1) ?? now, firstAccepted].sort().at(-1)!;
  const until = [future[0] ?? lastAccepted, lastAccepted].sort()[0]!;
  return from <= now && now < until ? { from, until } : null;
}

/** Whether a result that holds over `span` holds at `now`. */
export function holdsAt(span: NowSpan, now: UtcDateTime): boolean {
  return span.from <= now && now < span.until;
}
