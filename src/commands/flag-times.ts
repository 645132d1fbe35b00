import { formatFrontmatterTime } from "../edit/datetime.ts";
import { laterThanNow } from "../diagnostics/time-words.ts";
import type { Incident, UtcDateTime } from "../model/types.ts";

// Times given on the command line are checked before anything is written, so
// a refusal says what was typed and cites no line of a file.

/** Why a time given as `flag` cannot be written because it has not come yet, `fix` said after; null when it has. */
export function laterThanNowRefusal(
  flag: string,
  written: string,
  at: UtcDateTime,
  now: UtcDateTime,
  fix = "",
): string | null {
  if (at <= now) return null;
  return `Unexpected ${flag} ${written}: ${laterThanNow(at, now)}: times given to statusmark are UTC, so convert a local time${fix}`;
}

/**
 * Why an update at `at` cannot be added to `incident`: updates go forward
 * from the last one, else from the start (a maintenance's from its
 * announcement); null when it can.
 */
export function outOfOrderRefusal(
  flag: string,
  written: string,
  at: UtcDateTime,
  incident: Incident,
): string | null {
  let last: UtcDateTime | null = null;
  for (const update of incident.updates.slice(1))
    if (update.at && (last === null || update.at > last)) last = update.at;
  const from = last
    ? { at: last, what: "the last update" }
    : incident.scheduled
      ? { at: incident.scheduled, what: "`scheduled`, when the maintenance was announced" }
      : { at: incident.start, what: "`start`" };
  return at < from.at
    ? `${beforeTime(flag, written, at, from)}: updates go forward in time, so give a later ${flag}`
    : null;
}

/** Why an incident cannot end at `end`, before its start; null when it can. */
export function endBeforeStartRefusal(
  flag: string,
  written: string,
  end: UtcDateTime,
  incident: Incident,
): string | null {
  return end < incident.start
    ? `${beforeTime(flag, written, end, { at: incident.start, what: "`start`" })}: an incident ends after it starts`
    : null;
}

function beforeTime(
  flag: string,
  written: string,
  at: UtcDateTime,
  before: { at: UtcDateTime; what: string },
): string {
  return `Unexpected ${flag} ${written}: ${formatFrontmatterTime(at)} UTC is before ${before.what}, ${formatFrontmatterTime(before.at)} UTC`;
}
