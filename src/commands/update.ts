import { toMinute, updateMarker } from "../edit/datetime.ts";
import { readTimeFlag } from "../edit/time-flag.ts";
import { appendUpdate } from "../edit/update.ts";
import { updateProblem } from "../edit/read-back.ts";
import { lastPostAt } from "../model/incident.ts";
import { editIncident, type EditOptions } from "./edit-incident.ts";
import { laterThanNowRefusal, outOfOrderRefusal } from "./flag-times.ts";
import { readStatusFlag, withStatusLabel } from "./status-flag.ts";
import { refuse, type WriteResult } from "./write-result.ts";

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
 * the file is kept byte for byte. A time after now, or before the last update,
 * is refused before anything is written.
 */
export async function updateIncident(options: UpdateOptions): Promise<WriteResult> {
  const { message, at, now, status } = options;
  if (message.trim() === "")
    return refuse('Missing the update\'s text, as in statusmark update ID "We found the cause"');
  const read =
    at === undefined ? { ok: true as const, value: toMinute(now) } : readTimeFlag("--at", at, now);
  if (!read.ok) return refuse(read.message);
  const posted = toMinute(read.value);
  const later = laterThanNowRefusal("--at", at ?? "now", posted, now);
  if (later) return refuse(later);
  let body = message;
  return editIncident(
    options,
    (text, incident) => {
      const order = outOfOrderRefusal("--at", at ?? "now", posted, incident);
      if (order) return { refuse: order };
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
    },
    (before, after, text) => updateProblem(before, after, text, body),
  );
}
