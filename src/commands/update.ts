import { toMinute, updateMarker } from "../edit/datetime.ts";
import { readTimeFlag } from "../edit/time-flag.ts";
import { appendUpdate } from "../edit/update.ts";
import { lastPostAt } from "../model/incident.ts";
import { editIncident, type EditOptions } from "./edit-incident.ts";
import { readStatusFlag, withStatusLabel } from "./status-flag.ts";
import type { WriteResult } from "./write-result.ts";

export interface UpdateOptions extends EditOptions {
  /** The update's markdown. */
  message: string;
  /** When it was posted, as written on the command line; default now. */
  at?: string;
  /** Its status, written as a label (`identified`, `in_progress`); default none. */
  status?: string;
}

/**
 * `statusmark update`: appends `EDIT hh:mm UTC: message` at `at` (default now), in the dated
 * form when the previous update was on another day, with a status label
 * (`EDIT hh:mm UTC: Identified: message`) when `status` is given; the rest of
 * the file is kept byte for byte.
 */
export async function updateIncident(options: UpdateOptions): Promise<WriteResult> {
  const { message, at, now, status } = options;
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
  return editIncident(options, (text, incident) => {
    let body = message;
    if (status !== undefined) {
      const kind = incident.scheduled ? "maintenance" : "incident";
      const flag = readStatusFlag(status, kind, {
        closes: incident.end !== null,
        instead: `run \`statusmark resolve ${incident.id} --message "…"\`, which also sets \`end\``,
      });
      if (!flag.ok) return { refuse: flag.message };
      const labelled = withStatusLabel(message, flag.status);
      if (!labelled.ok) return { refuse: labelled.message };
      body = labelled.text;
    }
    return appendUpdate(text, updateMarker(posted, lastPostAt(incident)), body);
  });
}
