/** Availability as readers see it: percentages, and the colour class of a day of an uptime bar. */
import { availabilityMilli, type Downtime } from "../model/availability.ts";

/**
 * "99.56%", rounded down to hundredths so that only a period without downtime
 * reads "100%"; "no data" before data starts.
 */
export function formatAvailability(downtime: Downtime): string {
  const milli = availabilityMilli(downtime);
  if (milli === null) return "no data";
  if (milli === 100_000) return "100%";
  return `${(Math.floor(milli / 10) / 100).toFixed(2)}%`;
}

/** The colour of a day's cell: no data, no downtime, under 15 minutes, under 2 hours, or more. */
export type DayLevel = "none" | "ok" | "minor" | "major" | "critical";

/** A day's cell colour by its minutes of downtime (see docs/site.md, "Availability"). */
export function dayLevel({ downtimeMinutes, trackedMinutes }: Downtime): DayLevel {
  if (trackedMinutes === 0) return "none";
  if (downtimeMinutes === 0) return "ok";
  if (downtimeMinutes < 15) return "minor";
  if (downtimeMinutes < 120) return "major";
  return "critical";
}
