import type { Incident, UtcDateTime } from "./types.ts";

/** The times of an incident that say when it changed. */
type IncidentTimes = Pick<Incident, "start" | "end" | "scheduled"> & {
  updates: readonly { at: UtcDateTime | null }[];
};

/**
 * Whether it is a scheduled maintenance: it has `scheduled`, whatever impact
 * it declares (an imported maintenance keeps Statuspage's).
 */
export function isMaintenance(incident: Pick<Incident, "scheduled">): boolean {
  return incident.scheduled !== null;
}

/**
 * When an incident last changed as of `now`: the latest of its announcement,
 * start, end and updates that are not after `now`; null when all are.
 */
export function lastChange(incident: IncidentTimes, now: UtcDateTime): UtcDateTime | null {
  let last: UtcDateTime | null = null;
  const { scheduled, start, end, updates } = incident;
  for (const time of [scheduled, start, end, ...updates.map((u) => u.at)]) {
    if (time !== null && time <= now && (last === null || time > last)) last = time;
  }
  return last;
}

/**
 * The time of the last post (the initial one at `start`, or the latest
 * update): what an undated `EDIT hh:mm UTC:` written next takes its day from.
 */
export function lastPostAt(incident: Pick<Incident, "start" | "updates">): UtcDateTime {
  return incident.updates.reduce(
    (latest, update) => (update.at && update.at > latest ? update.at : latest),
    incident.start,
  );
}
