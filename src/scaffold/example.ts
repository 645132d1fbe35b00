import { toMinute, updateMarker } from "../edit/datetime.ts";
import { renderIncidentFile } from "../edit/new-file.ts";
import { epochMs } from "../model/calendar.ts";
import { slugify } from "../model/slug.ts";
import { utcDateTime } from "../model/time.ts";
import type { UtcDateTime } from "../model/types.ts";

const TITLE = "Example incident, delete this file";

const minutesBefore = (at: UtcDateTime, minutes: number) =>
  utcDateTime(new Date(epochMs(at) - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z"));

/** The example's times: it started half an hour before `now` and was over by then. */
function times(now: UtcDateTime) {
  const end = toMinute(now);
  return { start: minutesBefore(end, 30), update: minutesBefore(end, 15), end };
}

/** The example incident's id, named after its start date and title. */
export function exampleId(now: UtcDateTime): string {
  return `${times(now).start.slice(0, 10)}-${slugify(TITLE)}`;
}

/**
 * An incident that shows the format, over by `now` so that it passes
 * `statusmark check` then, and that says in its frontmatter, title and text
 * that it is to be deleted.
 */
export function exampleIncident(component: string, now: UtcDateTime): string {
  const { start, update, end } = times(now);
  return renderIncidentFile({
    comments: [
      "An example written by `statusmark init`: delete this file before you publish",
      "the page, and post your first incident with `npm run new`.",
    ],
    components: [component],
    zones: [],
    title: TITLE,
    start,
    end,
    scheduled: null,
    retroactive: false,
    impact: "none",
    message: `The text after the title is the first post, dated at \`start\` (UTC). It is
markdown: **emphasis**, [links](https://example.com/) and lists work.

${updateMarker(update, start)} Each update is a paragraph that starts with its time in UTC.
\`npm run update -- ID "text"\` adds one at the current time.

${updateMarker(end, update)} \`end\` says when it was over, and \`npm run resolve -- ID\`
sets it. Delete this file now.`,
  });
}
