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
  /** Starts with `EDIT` but not in a form we read, such as `EDIT 6h04:`. */
  | { kind: "malformed"; text: string }
  /** Looks like an update without `EDIT`: `16:13:00 UTC: …`, `19:40: …`. */
  | { kind: "bare-time"; time: string; offset: number };

const EDIT =
  /^EDIT(?:[ \t]+(?:(\d{4}-\d{2}-\d{2})[ \t]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]+UTC)?[ \t]*:[ \t]*/;
const EDIT_WORD = /^EDIT\b[^:\n]*:?/;
const BARE_TIME = /^(?:\[[^\]\n]*\][ \t]*)?(\d{1,2}:\d{2}(?::\d{2})?)(?:[ \t]*UTC)?[ \t]*:/;

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
  const word = EDIT_WORD.exec(line);
  if (word) return { kind: "malformed", text: word[0] };
  const bare = BARE_TIME.exec(line);
  if (bare)
    return { kind: "bare-time", time: bare[1]!, offset: bare.index + bare[0].indexOf(bare[1]!) };
  return null;
}
