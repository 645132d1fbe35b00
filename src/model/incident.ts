import type { Incident, UtcDateTime } from "./types.ts";

/** The latest of an incident's start, end and update times, ignoring any after `now`. */
export function lastChange(incident: Incident, now?: UtcDateTime): UtcDateTime | null {
  let last: UtcDateTime | null = null;
  for (const time of [incident.start, incident.end, ...incident.updates.map((u) => u.at)]) {
    if (time !== null && (now === undefined || time <= now) && (last === null || time > last))
      last = time;
  }
  return last;
}
