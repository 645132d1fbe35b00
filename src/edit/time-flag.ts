import { parseDateTime } from "../parse/datetime.ts";
import type { UtcDateTime } from "../model/types.ts";

export type TimeFlag = { ok: true; value: UtcDateTime } | { ok: false; message: string };

const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * Reads a time given on the command line (`--now`, `--start`, `--at`, …):
 * anything the frontmatter accepts, or `hh:mm` (seconds optional) alone for
 * that time, UTC, on the day of `today`.
 */
export function readTimeFlag(flag: string, text: string, today: UtcDateTime): TimeFlag {
  const trimmed = text.trim();
  const input = TIME_OF_DAY.test(trimmed)
    ? `${today.slice(0, 10)} ${trimmed.replace(/^(\d):/, "0$1:")}`
    : trimmed;
  const parsed = parseDateTime(input);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : {
        ok: false,
        message: `Unexpected ${flag} ${text} (${parsed.problem}), expected a UTC time such as \`05:23\`, \`2022-06-10 05:23\` or \`2022-06-10T07:23:00+02:00\``,
      };
}
