import { join } from "node:path";
import { check } from "../../src/commands/check.ts";
import { utcDateTime } from "../../src/model/time.ts";
import type { History } from "../../src/model/types.ts";

/** The folder of the availability fixture: overlapping, ongoing, maintenance and multi-component incidents. */
export const UPTIME_PROJECT = join(import.meta.dirname, "../fixtures/uptime");

/** When the availability fixture is read: Sunday 10 March 2024, 12:00 UTC. */
export const UPTIME_NOW = utcDateTime("2024-03-10T12:00:00Z");

/** The availability fixture's history, as of `UPTIME_NOW`. */
export async function uptimeHistory(): Promise<History> {
  const result = await check({ cwd: UPTIME_PROJECT, incidents: "incidents", now: UPTIME_NOW });
  if (!result.history) throw new Error("the uptime fixture does not pass check");
  return result.history;
}
