import { formatFrontmatterTime, toMinute, updateMarker } from "../edit/datetime.ts";
import { setFrontmatterValue } from "../edit/frontmatter.ts";
import { readTimeFlag } from "../edit/time-flag.ts";
import { appendUpdate } from "../edit/update.ts";
import { updateProblem } from "../edit/read-back.ts";
import { code } from "../diagnostics/quote.ts";
import { lastPostAt } from "../model/incident.ts";
import { finalStatus } from "../model/update-status.ts";
import { editIncident, type EditOptions } from "./edit-incident.ts";
import { endBeforeStartRefusal, laterThanNowRefusal, outOfOrderRefusal } from "./flag-times.ts";
import { withStatusLabel } from "./status-flag.ts";
import { refuse, type WriteResult } from "./write-result.ts";

export interface ResolveOptions extends EditOptions {
  /** When it ended, as written on the command line; default now. */
  at?: string;
  /** A final update posted at that time. */
  message?: string;
}

/**
 * `statusmark resolve`: sets `end` (added after `start` when absent) and may
 * append a final update labelled `Resolved:` (a maintenance's `Completed:`);
 * the rest of the file is kept byte for byte. A maintenance's planned `end` is
 * replaced by the actual one. An end after now or before the start is refused
 * before anything is written.
 */
export async function resolveIncident(options: ResolveOptions): Promise<WriteResult> {
  const { at, message, now } = options;
  const read =
    at === undefined ? { ok: true as const, value: toMinute(now) } : readTimeFlag("--at", at, now);
  if (!read.ok) return refuse(read.message);
  const end = read.value;
  const written = at ?? "now";
  const later = laterThanNowRefusal(
    "--at",
    written,
    end,
    now,
    "; resolve an incident once it is over",
  );
  if (later) return refuse(later);
  const final = message !== undefined && message.trim() !== "" ? message : null;
  let body = final;
  return editIncident(
    options,
    (text, incident) => {
      if (incident.end && !incident.scheduled)
        return {
          refuse: `Incident ${code(incident.id)} already ended at ${code(formatFrontmatterTime(incident.end))}: change \`end\` in the file if that is wrong`,
        };
      const refusal =
        endBeforeStartRefusal("--at", written, end, incident) ??
        (final === null ? null : outOfOrderRefusal("--at", written, toMinute(end), incident));
      if (refusal) return { refuse: refusal };
      const ended = setFrontmatterValue(text, "end", formatFrontmatterTime(end), [
        "component",
        "zone",
        "start",
      ]);
      if (final === null) return ended;
      const labelled = withStatusLabel(
        final,
        finalStatus(incident.scheduled ? "maintenance" : "incident"),
      );
      if (!labelled.ok) return { refuse: labelled.message };
      body = labelled.text;
      return appendUpdate(ended, updateMarker(toMinute(end), lastPostAt(incident)), body);
    },
    (before, after, text) => (body === null ? null : updateProblem(before, after, text, body)),
  );
}
