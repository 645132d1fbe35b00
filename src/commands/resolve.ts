import { formatFrontmatterTime, toMinute, updateMarker } from "../edit/datetime.ts";
import { setFrontmatterValue } from "../edit/frontmatter.ts";
import { readTimeFlag } from "../edit/time-flag.ts";
import { appendUpdate } from "../edit/update.ts";
import { code } from "../diagnostics/quote.ts";
import { lastPostAt } from "../model/incident.ts";
import { finalStatus } from "../model/update-status.ts";
import { editIncident, type EditOptions } from "./edit-incident.ts";
import { withStatusLabel } from "./status-flag.ts";
import type { WriteResult } from "./write-result.ts";

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
 * replaced by the actual one.
 */
export async function resolveIncident(options: ResolveOptions): Promise<WriteResult> {
  const { at, message, now } = options;
  const read =
    at === undefined ? { ok: true as const, value: toMinute(now) } : readTimeFlag("--at", at, now);
  if (!read.ok) return { ok: false, message: read.message, diagnostics: [] };
  const end = read.value;
  return editIncident(options, (text, incident) => {
    if (incident.end && !incident.scheduled)
      return {
        refuse: `Incident ${code(incident.id)} already ended at ${code(formatFrontmatterTime(incident.end))}: change \`end\` in the file if that is wrong`,
      };
    const ended = setFrontmatterValue(text, "end", formatFrontmatterTime(end), [
      "component",
      "zone",
      "start",
    ]);
    if (!message || message.trim() === "") return ended;
    const labelled = withStatusLabel(
      message,
      finalStatus(incident.scheduled ? "maintenance" : "incident"),
    );
    if (!labelled.ok) return { refuse: labelled.message };
    return appendUpdate(ended, updateMarker(toMinute(end), lastPostAt(incident)), labelled.text);
  });
}
