import { toMinute, updateMarker } from "../edit/datetime.ts";
import { appendUpdate } from "../edit/update.ts";
import { editIncident, lastUpdateAt, type EditOptions } from "./edit-incident.ts";
import type { WriteResult } from "./write-result.ts";

export interface UpdateOptions extends EditOptions {
  /** The update's markdown. */
  message: string;
}

/**
 * `statusmark update`: appends `EDIT hh:mm UTC: message` at now, in the dated
 * form when the previous update was on another day; the rest of the file is
 * kept byte for byte.
 */
export async function updateIncident(options: UpdateOptions): Promise<WriteResult> {
  const { message, now } = options;
  if (message.trim() === "")
    return {
      ok: false,
      message: 'Missing the update\'s text, as in statusmark update ID "We found the cause"',
      diagnostics: [],
    };
  return editIncident(options, (text, incident) =>
    appendUpdate(text, updateMarker(toMinute(now), lastUpdateAt(incident)), message),
  );
}
