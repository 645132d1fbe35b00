import { compareText } from "../../model/order.ts";
import { formatFrontmatterTime, updateMarker } from "../../edit/datetime.ts";
import { utcDateTime } from "../../model/time.ts";
import { renderIncidentFile } from "../../edit/new-file.ts";
import { escapeInline, startsWithParagraph } from "../../edit/markdown-text.ts";
import { slugify } from "../../model/slug.ts";
import { isStatuspageId } from "../../model/ids.ts";
import { IMPACTS, type UtcDateTime } from "../../model/types.ts";
import { parseDateTime } from "../../parse/datetime.ts";
import { readStatusLabel } from "../../parse/status-label.ts";
import { statusesOf, statusOfLabel, type UpdateStatus } from "../../model/update-status.ts";
import { statuspageBodyToMarkdown } from "./markdown.ts";
import { printable } from "../../diagnostics/quote.ts";
import type { SavedIncident, SavedUpdate } from "../../statuspage/schema.ts";

export interface ConvertOptions {
  /** Component for an incident that names none. */
  fallbackComponent: string;
  /** Zones every imported incident is in. */
  zones: readonly string[];
}

export interface ConvertedIncident {
  /** Statuspage's id, for messages, with any line break or control character escaped. */
  sourceId: string;
  /** The id kept in the file's `id:` for api/v2; null when Statuspage's is not one api/v2 can give. */
  keptId: string | null;
  /** True when the incident named no component and got the fallback. */
  defaultComponent: boolean;
  /** Times that were impossible and what was written instead, in words. */
  corrections: string[];
  /** `YYYY-MM-DD-slug`, before collisions are resolved. */
  id: string;
  start: UtcDateTime;
  components: string[];
  text: string;
  updates: number;
  /** How many posts the file holds: the first post, if any, and each update. */
  posts: number;
}

export type ConvertResult =
  { ok: true; incident: ConvertedIncident } | { ok: false; reason: string };

const SLUG_MAX = 60;
const RESOLVED = ["resolved", "postmortem"];

/** Writes one Statuspage incident or maintenance as an incident file. */
export function convertIncident(
  incident: SavedIncident,
  { fallbackComponent, zones }: ConvertOptions,
): ConvertResult {
  const bad: string[] = [];
  const exact = (key: string, text: string | null | undefined): number | null => {
    if (text === null || text === undefined || text === "") return null;
    const parsed = parseDateTime(text);
    // The model keeps whole seconds; Statuspage's milliseconds still order updates.
    if (parsed.ok)
      return Date.parse(parsed.value) + 1000 * Number(`0.${/\.(\d+)/.exec(text)?.[1] ?? 0}`);
    bad.push(`\`${key}\` ${text} (${parsed.problem})`);
    return null;
  };
  const time = (key: string, text: string | null | undefined): UtcDateTime | null =>
    minuteOf(exact(key, text));
  const maintenance = Boolean(incident.scheduled_for);
  const created = time("created_at", incident.created_at);
  // Ordered by the full time, to the millisecond, before it is cut to the
  // minute; Statuspage lists updates newest first, which breaks exact ties.
  const updates = incident.incident_updates
    .map((update, index) => ({
      update,
      index,
      instant: exact("display_at", update.display_at ?? update.created_at),
    }))
    .sort((a, b) => (a.instant ?? 0) - (b.instant ?? 0) || b.index - a.index)
    .map(({ update, instant }) => ({ update, at: minuteOf(instant) }));
  const resolvedAt = RESOLVED.includes(incident.status ?? "")
    ? time("resolved_at", incident.resolved_at)
    : null;
  const end = maintenance
    ? time("scheduled_until", incident.scheduled_until)
    : RESOLVED.includes(incident.status ?? "")
      ? (resolvedAt ?? updates.at(-1)?.at ?? null)
      : null;
  const corrections: string[] = [];
  let start = maintenance ? time("scheduled_for", incident.scheduled_for) : null;
  if (!maintenance) {
    const started = time("started_at", incident.started_at);
    const firstAt = updates[0]?.at ?? null;
    // A start after the end (a backfilled incident) or after the first post
    // cannot be true: the earliest time Statuspage recorded is taken instead.
    const why =
      started === null
        ? null
        : resolvedAt !== null && started > resolvedAt
          ? `after \`resolved_at\` ${formatFrontmatterTime(resolvedAt)}`
          : firstAt !== null && started > firstAt
            ? `after the first update (${formatFrontmatterTime(firstAt)})`
            : null;
    const trusted = [created, firstAt, why === null ? null : resolvedAt]
      .filter((t) => t !== null)
      .sort(compareText);
    start = why === null ? (started ?? created) : (trusted[0] ?? started);
    if (why !== null && started !== null && start !== null)
      corrections.push(
        `start ${formatFrontmatterTime(start)}, not \`started_at\` ${formatFrontmatterTime(started)}, which is ${why}`,
      );
  }
  if (bad.length > 0) return { ok: false, reason: `unreadable time ${bad.join(", ")}` };
  if (!start) return { ok: false, reason: "no start time" };
  if (maintenance && !end) return { ok: false, reason: "a maintenance without `scheduled_until`" };

  const sourceId = printable(incident.id);
  const comments: string[] = [`Imported from Statuspage incident ${sourceId}.`];
  let scheduled: UtcDateTime | null = null;
  let impact: string | null = (IMPACTS as readonly string[]).includes(incident.impact ?? "")
    ? (incident.impact ?? null)
    : null;
  if (maintenance) {
    if (created && created < start) scheduled = created;
    else {
      comments.push("Posted after its window began, so imported as an incident of no impact.");
      impact = "none";
    }
  }
  // Updates posted before the start (a maintenance's announcement) make the
  // first post; else the first update does when it was posted at the start.
  const early = updates.filter((u) => u.at !== null && u.at < start);
  const first = early.length > 0 ? early : updates.slice(0, 1).filter((u) => u.at === start);
  const later = updates.filter((u) => !first.includes(u));
  // A status becomes the update's label where the file can have it: one of
  // its kind's, and `resolved` only once the incident has an end.
  const allowed = statusesOf(scheduled ? "maintenance" : "incident");
  const accepts = (status: UpdateStatus) =>
    allowed.includes(status) && !(status === "resolved" && end === null);
  const updateText = (update: SavedUpdate) => textWithStatus(update, accepts);
  const sections = [first.map((u) => updateText(u.update)).join("\n\n")];
  let previous = start;
  for (const { update, at } of later) {
    const when = at ?? previous;
    sections.push(`${updateMarker(when, previous)} ${updateText(update)}`);
    previous = when;
  }
  // Posted after the end: at it, when the incident lasted, or later, when a
  // backfilled one was filed with no duration.
  const posted = updates[0]?.at ?? start;
  const retroactive =
    !maintenance && end !== null && (posted > end || (posted === end && end > start));
  const components = componentsOf(incident);
  const keptId = isStatuspageId(incident.id) ? incident.id : null;
  const title = incident.name.replace(/\s+/g, " ").trim() || "Untitled incident";
  return {
    ok: true,
    incident: {
      sourceId,
      keptId,
      defaultComponent: components.length === 0,
      corrections,
      id: `${start.slice(0, 10)}-${slugOf(title, incident.id)}`,
      start,
      components: components.length > 0 ? components : [fallbackComponent],
      text: renderIncidentFile({
        components: components.length > 0 ? components : [fallbackComponent],
        zones,
        title,
        start,
        end: end !== null && end < start ? start : end,
        scheduled,
        retroactive,
        impact,
        message: sections.filter((s) => s !== "").join("\n\n"),
        comments,
        id: keptId,
      }),
      updates: updates.length,
      posts: sections.filter((s) => s !== "").length,
    },
  };
}

/** The components an incident names, else those its updates changed. */
function componentsOf(incident: SavedIncident): string[] {
  const named = (incident.components ?? []).map((c) => c.name);
  const affected = incident.incident_updates.flatMap((u) =>
    (u.affected_components ?? []).map((c) => c.name),
  );
  return [...new Set((named.length > 0 ? named : affected).map((n) => n.trim()).filter(Boolean))];
}

/**
 * `**Resolved:** body`: the status as the hosted page shows it above the
 * text, written as the update's label when the file accepts it. A status the
 * file cannot have as a label (`**In progress.**` in what became an incident)
 * is written so that it is read as text.
 */
function textWithStatus(update: SavedUpdate, accepts: (status: UpdateStatus) => boolean): string {
  const words = oneLine(update.status.replace(/_/g, " "));
  const body = statuspageBodyToMarkdown(update.body ?? "");
  if (words === "") return body;
  const name = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  const status = statusOfLabel(name);
  const label = status !== null && accepts(status);
  const text = label || readStatusLabel(`${name}:`) === null;
  const shown = escapeInline(name);
  const opening = label ? `**${shown}:**` : text ? `**${shown}**` : `**${shown}.**`;
  if (body === "") return opening;
  // A body that opens with a heading, list, quote or code goes below the label.
  if (!startsWithParagraph(body)) return `${opening}\n\n${body}`;
  return label || !text ? `${opening} ${body}` : `**${shown}:** ${body}`;
}

function minuteOf(instant: number | null): UtcDateTime | null {
  return instant === null
    ? null
    : utcDateTime(`${new Date(instant).toISOString().slice(0, 16)}:00Z`);
}

function slugOf(title: string, sourceId: string): string {
  const slug = slugify(title);
  if (slug === "") return `incident-${slugify(sourceId) || "untitled"}`;
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
