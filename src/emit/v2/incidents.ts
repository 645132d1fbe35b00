import { isMaintenance, lastChange } from "../../model/incident.ts";
import { STATUS_OF_IMPACT, type ComponentStatusValue } from "../../model/status.ts";
import type { Incident, Site, UtcDateTime } from "../../model/types.ts";
import { absolute, paths } from "../../model/urls.ts";
import type { ComponentV2, IncidentV2, MaintenanceV2 } from "../../statuspage/schema.ts";
import { stableId } from "./ids.ts";
import { timeV2 } from "./page.ts";
import type { IncidentStatus, MaintenanceStatus } from "../../statuspage/vocabulary.ts";
import { deriveStatuses, UPDATE_STATUSES, type UpdateStatus } from "../../model/update-status.ts";

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
  return isMaintenance(incident) ? maintenanceV2(context, incident) : incidentV2(context, incident);
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
  const statuses = statusesAsOf(incident, posts, "incident", resolved).map((status, index) =>
    resolved && status === "resolved" && isPostmortem(posts[index]!.text) ? "postmortem" : status,
  ) as IncidentStatus[];
  const monitoring = posts.find((_, index) => statuses[index] === "monitoring");
  const latest = statuses.at(-1) ?? "investigating";
  return {
    id: incidentId(incident),
    name: incident.title,
    status: resolved ? (latest === "postmortem" ? "postmortem" : "resolved") : latest,
    created_at: timeV2(incident.start),
    updated_at: timeV2(lastChange(incident, now) ?? incident.start),
    monitoring_at: monitoring ? timeV2(monitoring.at) : null,
    resolved_at: resolved ? timeV2(incident.end!) : null,
    impact: incident.impact,
    shortlink: absolute(context.site, paths.incident(incident.id)),
    started_at: timeV2(incident.start),
    page_id: context.pageId,
    incident_updates: updatesV2(context, incident, posts, statuses),
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
  const window: MaintenanceStatus =
    now < start ? "scheduled" : end === null || now < end ? "in_progress" : "completed";
  const announced = incident.scheduled ?? start;
  const posts = timeline(incident, announced, window === "completed" ? end : null);
  const statuses = statusesAsOf(
    incident,
    posts,
    "maintenance",
    window === "completed",
  ) as MaintenanceStatus[];
  // During the window, a `Verifying` label is the maintenance's status, as on Statuspage.
  const status = window === "in_progress" && statuses.at(-1) === "verifying" ? "verifying" : window;
  const verifying = posts.find((_, index) => statuses[index] === "verifying");
  return {
    id: incidentId(incident),
    name: incident.title,
    status,
    created_at: timeV2(announced),
    updated_at: timeV2(lastChange(incident, now) ?? announced),
    monitoring_at: verifying ? timeV2(verifying.at) : null,
    resolved_at: status === "completed" && end !== null ? timeV2(end) : null,
    impact: incident.impact,
    shortlink: absolute(context.site, paths.incident(incident.id)),
    started_at: timeV2(start),
    page_id: context.pageId,
    incident_updates: updatesV2(context, incident, posts, statuses),
    components: componentsOf(context, incident),
    scheduled_for: timeV2(start),
    scheduled_until: end === null ? null : timeV2(end),
  };
}

/**
 * The `id:` the file keeps (a Statuspage id from an import), else derived from
 * the incident's file id only, so it survives rebuilds and edits.
 */
export function incidentId(incident: Incident): string {
  return incident.statuspageId ?? stableId("incident", incident.id);
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
    // A file without an initial post opens with an update dated after the start.
    const opening = update.at !== null && update.at > incident.start ? update.at : first;
    previous = index === 0 ? opening : (update.at ?? previous);
    return { index, at: previous, text: update.text };
  });
  const last = posts.at(-1);
  const labelled = last && incident.updates[last.index]!;
  const closes = labelled && (labelled.statusDerived || FINAL.includes(labelled.status));
  if (last && closes && end !== null && end > last.at) last.at = end;
  return posts;
}

/** Statuspage lists updates newest first. */
function updatesV2<S extends UpdateStatus | "postmortem">(
  context: IncidentContext,
  incident: Incident,
  posts: readonly Post[],
  statuses: readonly S[],
) {
  const incident_id = incidentId(incident);
  const components = componentsOf(context, incident);
  let before: ComponentStatusValue = "operational";
  return posts
    .map((post, index) => {
      const status = statuses[index]!;
      const after = componentStatusAt(incident, status);
      const affected_components = components.map((c) => ({
        code: c.id,
        name: c.name,
        old_status: before,
        new_status: after,
      }));
      before = after;
      return {
        id: stableId("incident_update", `${incident.id}#${post.index}`),
        status,
        body: withoutStatusWords(post.text),
        incident_id,
        created_at: timeV2(post.at),
        updated_at: timeV2(post.at),
        display_at: timeV2(post.at),
        affected_components,
        deliver_notifications: false,
        custom_tweet: null,
        tweet_id: null,
      };
    })
    .reverse();
}

/**
 * The status of the incident's components once an update is posted: the
 * impact's while it lasts, under maintenance during a window, operational
 * before a window and once it is over.
 */
function componentStatusAt(
  incident: Incident,
  status: UpdateStatus | "postmortem",
): ComponentStatusValue {
  if (["resolved", "postmortem", "completed", "scheduled"].includes(status)) return "operational";
  if (isMaintenance(incident)) return "under_maintenance";
  return incident.impact === "maintenance"
    ? "under_maintenance"
    : STATUS_OF_IMPACT[incident.impact];
}

const POSTMORTEM = /^\*\*Postmortem\*\*(?:\n\n|$)/;

/** A status written as bold text, not a label (`**Resolved.**`): how an import keeps one the file cannot have. */
const STATUS_WORDS = new RegExp(
  `^\\*\\*(?:${[...UPDATE_STATUSES, "postmortem"].map((s) => s.replace(/_/g, " ")).join("|")})\\.?\\*\\*(?:\\s+|$)`,
  "i",
);

/** A post-mortem opens with a paragraph `**Postmortem**` alone, as `import statuspage` writes it. */
function isPostmortem(text: string): boolean {
  return POSTMORTEM.test(text);
}

/**
 * The update's text without a status written at its start as bold text
 * (`**Postmortem**`, `**Resolved.**`): `status` says the status, and `body`
 * must not say another.
 */
function withoutStatusWords(text: string): string {
  return text.replace(STATUS_WORDS, "");
}

function componentsOf(context: IncidentContext, incident: Incident): ComponentV2[] {
  return incident.components.flatMap((name) => {
    const component = context.components.get(name);
    return component ? [component] : [];
  });
}
