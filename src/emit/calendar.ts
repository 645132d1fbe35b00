import ical from "ical-generator";
import { addDays } from "../model/calendar.ts";
import type { History } from "../model/types.ts";
import { absolute, paths } from "../model/urls.ts";
import { isMaintenance } from "../model/incident.ts";
import { placeLabel } from "../present/labels.ts";
import { withoutForbiddenCharacters } from "../model/characters.ts";
import type { OutputFile } from "../write/output-file.ts";

/** Days back from now whose maintenance windows stay in the calendar. */
export const CALENDAR_DAYS_BACK = 366;

/**
 * `maintenance.ics`: the maintenance windows of the last year and every one
 * ahead, as iCalendar events, so readers can subscribe. A calendar app has
 * no use for windows of years ago, and the file stays the same size however
 * long the history. Lines end in CRLF, as RFC 5545 requires.
 */
export function emitCalendar(history: History): OutputFile {
  const { site } = history;
  const host = new URL(site.url).host;
  const calendar = ical({
    // ical-generator writes the calendar's name and description as given.
    name: icalText(`${site.title}: maintenance`),
    description: icalText(`Maintenance windows of ${site.title}.`),
    prodId: { company: "Statusmark", product: "Statusmark", language: "EN" },
    url: absolute(site, paths.calendar()),
  });
  const since = `${addDays(history.now.slice(0, 10), -CALENDAR_DAYS_BACK)}T00:00:00Z`;
  const windows = history.incidents
    .filter((i) => isMaintenance(i) && (i.end ?? i.start) >= since)
    .reverse();
  for (const incident of windows) {
    const url = absolute(site, paths.incident(incident.id));
    calendar.createEvent({
      id: `${incident.id}@${host}`,
      // The announcement, not the build time, so the same files give the same calendar.
      stamp: new Date(incident.scheduled ?? incident.start),
      start: new Date(incident.start),
      end: incident.end ? new Date(incident.end) : null,
      summary: `${incident.title} (${placeLabel(incident)})`,
      description: `${incident.updates.map((u) => u.text).join("\n\n")}\n\n${url}`,
      url,
    });
  }
  const text = withoutForbiddenCharacters(calendar.toString());
  return { path: paths.calendar(), content: text.endsWith("\r\n") ? text : `${text}\r\n` };
}

/** A TEXT value as RFC 5545 escapes it: `\\`, `;`, `,` and line breaks, so no text can start a line of its own. */
function icalText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}
