import { DateTime } from "luxon";
import { readTimeFlag } from "../edit/time-flag.ts";
import { toUtc } from "../parse/datetime.ts";
import type { UtcDateTime } from "../model/types.ts";

export type NowResult = { ok: true; now: UtcDateTime } | { ok: false; message: string };

/**
 * The build's "now": `--now` when given, else `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention), else the clock the entry point passes in.
 * `--now` is read like every other time flag, so `--now 05:23` is today at
 * 05:23 UTC, today being the day of SOURCE_DATE_EPOCH or of the clock.
 */
export function resolveNow(
  flag: string | undefined,
  sourceDateEpoch: string | undefined,
  clock: Date,
): NowResult {
  const fallback = epochOrClock(sourceDateEpoch, clock);
  if (flag !== undefined) {
    const today = fallback.ok ? fallback.now : toUtc(DateTime.fromJSDate(clock, { zone: "utc" }));
    const read = readTimeFlag("--now", flag, today);
    return read.ok ? { ok: true, now: read.value } : read;
  }
  return fallback;
}

function epochOrClock(sourceDateEpoch: string | undefined, clock: Date): NowResult {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== "") {
    const time = DateTime.fromSeconds(Number(sourceDateEpoch), { zone: "utc" });
    if (!/^\d+$/.test(sourceDateEpoch) || !time.isValid) {
      return {
        ok: false,
        message: `Unexpected SOURCE_DATE_EPOCH=${sourceDateEpoch}, expected whole seconds since 1970`,
      };
    }
    return { ok: true, now: toUtc(time) };
  }
  return { ok: true, now: toUtc(DateTime.fromJSDate(clock, { zone: "utc" })) };
}
