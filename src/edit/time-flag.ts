import { parseDateTime } from "../parse/datetime.ts";
import type { UtcDateTime } from "../model/types.ts";

export type TimeFlag = { ok: true; value: UtcDateTime } | { ok: false; message: string };

/**
 * Reads a time given on the command line: anything the frontmatter accepts,
 * or `hh:mm` alone for that time (UTC) on the day of `now`.
 */
export function readTimeFlag(flag: string, text: string, now: UtcDateTime): TimeFlag {
  const input = /^\d{1,2}:\d{2}$/.test(text.trim())
    ? `${now.slice(0, 10)} ${text.trim().padStart(5, "0")}`
    : text.trim();
  const parsed = parseDateTime(input);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : {
        ok: false,
        message: `Unexpected ${flag} ${text} (${parsed.problem}), expected a UTC time such as \`05:23\`, \`2022-06-10 05:23\` or \`2022-06-10T07:23:00+02:00\``,
      };
}
