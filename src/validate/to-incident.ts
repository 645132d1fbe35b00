import { secondsBetween } from "../model/calendar.ts";
import type { Incident, UtcDateTime } from "../model/types.ts";
import { deriveStatuses } from "../model/update-status.ts";
import type { Body } from "../parse/body.ts";
import { markdownToHtml } from "../parse/markdown-html.ts";
import type { IncidentFields } from "./fields.ts";
import type { ResolvedTime } from "./update-times.ts";

/**
 * Builds the model of one incident from a file that passed validation. An
 * update's derived status follows `now`: the last update is `resolved`
 * (`completed`) once `end` has passed.
 */
export function toIncident(
  id: string,
  fields: IncidentFields & { start: NonNullable<IncidentFields["start"]> },
  body: Body,
  times: readonly ResolvedTime[],
  now: UtcDateTime,
): Incident {
  const start = fields.start.value;
  const end = fields.end?.value ?? null;
  const scheduled = fields.scheduled?.value ?? null;
  const kind = scheduled ? "maintenance" : "incident";
  const posts = body.sections.map((section, index) => ({
    written: section.label?.status ?? null,
    // A maintenance's initial post is its announcement, dated when it was made.
    at: section.marker === null && scheduled !== null ? scheduled : (times[index]?.at ?? null),
  }));
  const statuses = deriveStatuses(posts, kind, { start, ended: end !== null && end <= now });
  return {
    id,
    title: body.titles[0]?.text ?? "",
    components: unique(fields.components.map((c) => c.value)),
    zones: unique(fields.zones.map((z) => z.value)),
    start,
    end,
    scheduled,
    retroactive: fields.retroactive,
    impact: fields.impact?.value ?? (scheduled ? "maintenance" : "minor"),
    statuspageId: fields.id?.value ?? null,
    updates: body.sections.map((section, index) => ({
      at: posts[index]!.at,
      status: statuses[index]!,
      statusDerived: section.label === null,
      text: section.text,
      html: markdownToHtml(section.nodes),
    })),
    durationSeconds: end === null ? null : secondsBetween(start, end),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
