import { DateTime } from "luxon";
import { parseDateTime, toUtc } from "../parse/datetime.ts";
import type { UtcDateTime } from "../model/types.ts";

export type NowResult = { ok: true; now: UtcDateTime } | { ok: false; message: string };

/**
 * The build's "now": `--now` when given, else `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention), else the clock the entry point passes in.
 */
export function resolveNow(
  flag: string | undefined,
  sourceDateEpoch: string | undefined,
  clock: Date,
): NowResult {
  if (flag !== undefined) {
    const parsed = parseDateTime(flag);
    return parsed.ok
      ? { ok: true, now: parsed.value }
      : {
          ok: false,
          message: `Unexpected --now ${flag} (${parsed.problem}), expected a date and time such as 2022-06-11T12:00:00Z`,
        };
  }
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
