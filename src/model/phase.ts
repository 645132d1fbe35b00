import type { Incident, UtcDateTime } from "./types.ts";

/** Where an incident stands at build time. */
export const PHASES = ["scheduled", "ongoing", "resolved"] as const;
export type Phase = (typeof PHASES)[number];

/** Scheduled before its start, ongoing until its end, resolved after. */
export function phaseOf(incident: Incident, now: UtcDateTime): Phase {
  if (incident.start > now) return "scheduled";
  if (incident.end === null || incident.end > now) return "ongoing";
  return "resolved";
}
