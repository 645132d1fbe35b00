/** What a paragraph's opening says about it being an update. */
export type UpdateMarker =
  | {
      kind: "edit";
      /** `YYYY-MM-DD` for the dated form, else null. */
      date: string | null;
      /** Null for an `EDIT:` written without a time. */
      time: { hour: number; minute: number; second: number } | null;
      /** 0-based offset of the date or time in the line, for diagnostics. */
      timeOffset: number;
      /** Length of the marker including the spaces after its colon. */
      length: number;
    }
  /**
   * Looks like a marker but is not one: `EDIT 9:22 UTC -`, `Edit 10:00 UTC:`,
   * `**EDIT 10:00 UTC:**`, `EDIT 6h04:`. `reading` is what could be read of it,
   * null when nothing could.
   */
  | { kind: "malformed"; text: string; reading: MarkerReading | null }
  /** Looks like an update without `EDIT`: `16:13:00 UTC: …`, `19:40: …`. */
  | { kind: "bare-time"; time: string; offset: number; reading: MarkerReading | null };

/** The parts of a near-miss marker, as written. */
export interface MarkerReading {
  /** The whole marker as written, from the paragraph's start: `**Edit 2:11pm (UTC):**`. */
  text: string;
  bold: boolean;
  /** `EDIT`, `Edit`, `UPDATE`…; empty for a time without a word. */
  word: string;
  date: string | null;
  time: { hour: number; minute: number; second: number } | null;
  /** `am` or `pm` as written, lowercased; null for a 24-hour time. */
  meridiem: "am" | "pm" | null;
  /** The zone as written, without parentheses: `UTC`, `GMT`, `Z`, `+02:00`, `CET`; null when none. */
  zone: string | null;
  /** The zone was written in parentheses: `(UTC)`. */
  zoneInParentheses: boolean;
  /** What ends the marker: `:`, a dash, or nothing. */
  separator: ":" | "-" | "";
}

const EDIT =
  /^EDIT(?:[ \t]+(?:(\d{4}-\d{2}-\d{2})[ \t]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]+UTC)?[ \t]*:[ \t]*/;
const EDIT_WORD = /^EDIT\b[^:\n]*:?/;
const BARE_TIME = /^(?:\[[^\]\n]*\][ \t]*)?(\d{1,2}:\d{2}(?::\d{2})?)(?:[ \t]*UTC)?[ \t]*:/;

/** Zone abbreviations operators write for their local time, read so that a fix can name them. */
export const NAMED_ZONES = [
  "AKST",
  "AKDT",
  "AEST",
  "AEDT",
  "CEST",
  "CET",
  "CDT",
  "CST",
  "EEST",
  "EET",
  "EDT",
  "EST",
  "WEST",
  "WET",
  "BST",
  "HST",
  "IST",
  "JST",
  "KST",
  "MDT",
  "MSK",
  "MST",
  "NZDT",
  "NZST",
  "PDT",
  "PST",
] as const;

const OFFSET = String.raw`[+-]\d{1,2}(?::?\d{2})?`;
/** A zone after a time: `UTC`, `GMT+2`, `Z`, `+02:00`, or one of NAMED_ZONES. */
const ZONE = `(?:(?:UTC|GMT|UT)(?:${OFFSET})?|Z|${NAMED_ZONES.join("|")}|${OFFSET})`;
/**
 * The lenient reading of a marker: optional bold, a word (`EDIT`, `Update`, in
 * any case) or none, an optional date, a time with optional seconds and am/pm,
 * an optional zone, and what ends it. One line only.
 */
const NEAR = new RegExp(
  String.raw`^(\*\*)?(?:(edit|update)\b)?[ \t]*` +
    String.raw`(?:(\d{4}-\d{2}-\d{2})[ \t]+)?` +
    String.raw`(?:(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]*([ap]\.?m\.?(?![A-Za-z]))?` +
    String.raw`(?:[ \t]*(?:\((${ZONE})\)|(${ZONE}))(?![A-Za-z\d]))?)?` +
    String.raw`([ \t]*\*\*)?([ \t]*(?::|-|–|—)(?!\d))?(\*\*)?`,
  "i",
);

/** Reads the marker at the start of a paragraph's source text, if any. */
export function parseUpdateMarker(line: string): UpdateMarker | null {
  const edit = EDIT.exec(line);
  if (edit) {
    const [marker, date, hour, minute, second] = edit;
    return {
      kind: "edit",
      date: date ?? null,
      time:
        hour === undefined
          ? null
          : { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) },
      timeOffset: hour === undefined ? 0 : line.indexOf(date ?? hour, 4),
      length: marker.length,
    };
  }
  const reading = readNearMiss(line);
  if (reading && reading.word !== "") return { kind: "malformed", text: reading.text, reading };
  const word = EDIT_WORD.exec(line);
  if (word) return { kind: "malformed", text: word[0], reading: null };
  const bare = BARE_TIME.exec(line);
  if (bare)
    return {
      kind: "bare-time",
      time: bare[1]!,
      offset: bare.index + bare[0].indexOf(bare[1]!),
      reading: reading?.separator === ":" ? reading : null,
    };
  if (reading?.separator === ":" && reading.zone !== null)
    return { kind: "bare-time", time: timeText(reading), offset: reading.bold ? 2 : 0, reading };
  return null;
}

/**
 * Reads a paragraph opening that looks like a marker: a word (`EDIT`,
 * `Update` in any case) followed by a time or by what ends a marker, or a time
 * with a zone or a colon. Null for ordinary text such as `Update your DNS`.
 */
function readNearMiss(line: string): MarkerReading | null {
  const match = NEAR.exec(line.split("\n", 1)[0]!);
  if (!match) return null;
  const [all, open, word, date, hour, minute, second, meridiem, zoneInParens, zoneBare] = match;
  const [closeBefore, separator, closeAfter] = match.slice(10) as (string | undefined)[];
  const zone = zoneInParens ?? zoneBare ?? null;
  const hasTime = hour !== undefined;
  const sep = separator?.trim() ?? "";
  if (word === undefined && (!hasTime || (sep !== ":" && zone === null))) return null;
  if (word !== undefined && !hasTime && sep !== ":") return null;
  // `**…**` counts as bold only when it is closed around the marker.
  const bold = open !== undefined && (closeBefore !== undefined || closeAfter !== undefined);
  if (open !== undefined && !bold) return null;
  const text = all.replace(/[ \t]+$/, "");
  return {
    text,
    bold,
    word: word ?? "",
    date: date ?? null,
    time: hasTime
      ? { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) }
      : null,
    meridiem: meridiem ? (meridiem.toLowerCase().startsWith("a") ? "am" : "pm") : null,
    zone,
    zoneInParentheses: zoneInParens !== undefined,
    separator: sep === "" ? "" : sep === ":" ? ":" : "-",
  };
}

function timeText(reading: MarkerReading): string {
  const { time } = reading;
  return time ? `${time.hour}:${String(time.minute).padStart(2, "0")}` : "";
}
