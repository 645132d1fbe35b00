import { lastChange } from "../../model/incident.ts";
import type { Incident, Site, UtcDateTime } from "../../model/types.ts";
import { absolute, paths } from "../../model/urls.ts";
import type { ComponentV2, IncidentV2, MaintenanceV2 } from "../../statuspage/schema.ts";
import { stableId } from "./ids.ts";
import { timeV2 } from "./page.ts";
import type { IncidentStatus, MaintenanceStatus } from "../../statuspage/vocabulary.ts";
import { deriveStatuses, type UpdateStatus } from "../../model/update-status.ts";

/** What every incident of one build shares. */
export interface IncidentContext {
  site: Site;
  now: UtcDateTime;
  pageId: string;
  /** The leaf components of the page, by name. */
  components: ReadonlyMap<string, ComponentV2>;
}

/** An incident or a maintenance, as Statuspage lists it in `incidents.json`. */
export function entryV2(context: IncidentContext, incident: Incident): IncidentV2 | MaintenanceV2 {
  return incident.impact === "maintenance"
    ? maintenanceV2(context, incident)
    : incidentV2(context, incident);
}

/**
 * An incident. Each update posted by now has its label's status, or one
 * derived as the model derives it but as of now: the last update posted is
 * `resolved` (dated no earlier than the end) only once the end has passed. The
 * incident's status is `resolved` once it has ended, else its latest update's.
 */
export function incidentV2(context: IncidentContext, incident: Incident): IncidentV2 {
  const { now } = context;
  const resolved = incident.end !== null && incident.end <= now;
  const posts = timeline(incident, incident.start, resolved ? incident.end : null);
  const statuses = statusesAsOf(incident, posts, "incident", resolved) as IncidentStatus[];
  const monitoring = posts.find((_, index) => statuses[index] === "monitoring");
  const latest = statuses.at(-1) ?? "investigating";
  return {
    id: incidentId(incident),
    name: incident.title,
    status: resolved ? "resolved" : latest,
    created_at: timeV2(incident.start),
    updated_at: timeV2(lastChange(incident, now) ?? incident.start),
    monitoring_at: monitoring ? timeV2(monitoring.at) : null,
    resolved_at: resolved ? timeV2(incident.end!) : null,
    impact: incident.impact,
    shortlink: absolute(context.site, paths.incident(incident.id)),
    started_at: timeV2(incident.start),
    page_id: context.pageId,
    incident_updates: updatesV2(incident, posts, statuses),
    components: componentsOf(context, incident),
  };
}

/**
 * A scheduled maintenance: `scheduled` before its start, `in_progress` during
 * the window, `completed` after. Its first update is the announcement, dated
 * when it was announced; update statuses are the labels', or derived as of
 * now: `scheduled` first, `in_progress` from the start on, and the last
 * update `completed` once the window is over (dated no earlier than the end).
 */
export function maintenanceV2(context: IncidentContext, incident: Incident): MaintenanceV2 {
  const { now } = context;
  const { start, end } = incident;
  const status: MaintenanceStatus =
    now < start ? "scheduled" : end === null || now < end ? "in_progress" : "completed";
  const announced = incident.scheduled ?? start;
  const posts = timeline(incident, announced, status === "completed" ? end : null);
  const statuses = statusesAsOf(
    incident,
    posts,
    "maintenance",
    status === "completed",
  ) as MaintenanceStatus[];
  return {
    id: incidentId(incident),
    name: incident.title,
    status,
    created_at: timeV2(announced),
    updated_at: timeV2(lastChange(incident, now) ?? announced),
    monitoring_at: null,
    resolved_at: status === "completed" && end !== null ? timeV2(end) : null,
    impact: incident.impact,
    shortlink: absolute(context.site, paths.incident(incident.id)),
    started_at: timeV2(start),
    page_id: context.pageId,
    incident_updates: updatesV2(incident, posts, statuses),
    components: componentsOf(context, incident),
    scheduled_for: timeV2(start),
    scheduled_until: end === null ? null : timeV2(end),
  };
}

/** Derived from the incident's file id only, so it survives rebuilds and edits. */
export function incidentId(incident: Incident): string {
  return stableId("incident", incident.id);
}

const FINAL: readonly UpdateStatus[] = ["resolved", "completed"];

interface Post {
  /** Position in the incident file, which names the update's id. */
  index: number;
  at: UtcDateTime;
  text: string;
}

/** The statuses of the posts shown as of now: labels kept, the others derived from them. */
function statusesAsOf(
  incident: Incident,
  posts: readonly Post[],
  kind: "incident" | "maintenance",
  ended: boolean,
): UpdateStatus[] {
  const written = posts.map((post) => {
    const update = incident.updates[post.index]!;
    return { written: update.statusDerived ? null : update.status, at: post.at };
  });
  return deriveStatuses(written, kind, { start: incident.start, ended });
}

/**
 * Every update, each with a time: the first is dated `first`, an untimed one
 * takes the previous one's, and the last of a finished one, when it closes it
 * (no label, or `Resolved`), no earlier than `end` (a retroactive post, or a
 * closing note written before the recorded end). All of them: validation
 * refuses an update dated after the build's now, so the pages, the feeds and
 * both APIs show the same updates.
 */
function timeline(incident: Incident, first: UtcDateTime, end: UtcDateTime | null): Post[] {
  let previous = first;
  const posts = incident.updates.map((update, index) => {
    previous = index === 0 ? first : (update.at ?? previous);
    return { index, at: previous, text: update.text };
  });
  const last = posts.at(-1);
  const labelled = last && incident.updates[last.index]!;
  const closes = labelled && (labelled.statusDerived || FINAL.includes(labelled.status));
  if (last && closes && end !== null && end > last.at) last.at = end;
  return posts;
}

/** Statuspage lists updates newest first. */
function updatesV2<S extends string>(
  incident: Incident,
  posts: readonly Post[],
  statuses: readonly S[],
) {
  const incident_id = incidentId(incident);
  return posts
    .map((post, index) => ({
      id: stableId("incident_update", `${incident.id}#${post.index}`),
      status: statuses[index]!,
      body: post.text,
      incident_id,
      created_at: timeV2(post.at),
      updated_at: timeV2(post.at),
      display_at: timeV2(post.at),
      affected_components: null,
      deliver_notifications: false,
      custom_tweet: null,
      tweet_id: null,
    }))
    .reverse();
}

function componentsOf(context: IncidentContext, incident: Incident): ComponentV2[] {
  return incident.components.flatMap((name) => {
    const component = context.components.get(name);
    return component ? [component] : [];
  });
}
