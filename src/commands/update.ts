import { toMinute, updateMarker } from "../edit/datetime.ts";
import { readTimeFlag } from "../edit/time-flag.ts";
import { appendUpdate } from "../edit/update.ts";
import { updateProblem } from "../edit/read-back.ts";
import { lastPostAt } from "../model/incident.ts";
import { editIncident, type EditOptions } from "./edit-incident.ts";
import type { WriteResult } from "./write-result.ts";

export interface UpdateOptions extends EditOptions {
  /** The update's markdown. */
  message: string;
  /** When it was posted, as written on the command line; default now. */
  at?: string;
}

/**
 * `statusmark update`: appends `EDIT hh:mm UTC: message` at `at` (default now), in the dated
 * form when the previous update was on another day; the rest of the file is
 * kept byte for byte.
 */
export async function updateIncident(options: UpdateOptions): Promise<WriteResult> {
  const { message, at, now } = options;
  if (message.trim() === "")
    return {
      ok: false,
      message: 'Missing the update\'s text, as in statusmark update ID "We found the cause"',
      diagnostics: [],
    };
  const read =
    at === undefined ? { ok: true as const, value: toMinute(now) } : readTimeFlag("--at", at, now);
  if (!read.ok) return { ok: false, message: read.message, diagnostics: [] };
  const posted = toMinute(read.value);
  return editIncident(
    options,
    (text, incident) => appendUpdate(text, updateMarker(posted, lastPostAt(incident)), message),
    (before, after, text) => updateProblem(before, after, text, message),
  );
}
