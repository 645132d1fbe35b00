import type { Incident, Site, UtcDateTime } from "../../model/types.ts";
import { absolute, paths } from "../../model/urls.ts";
import type { ComponentV2, IncidentV2, MaintenanceV2 } from "../schemas/statuspage.ts";
import { stableId } from "./ids.ts";
import { timeV2 } from "./page.ts";
import type { IncidentStatus, MaintenanceStatus } from "./vocabulary.ts";

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
 * An incident. Update statuses, chronologically: the last update of a resolved
 * incident is `resolved` (dated no earlier than the end); otherwise the first
 * is `investigating`, and a later one is `monitoring` if it mentions
 * monitoring, else `identified`. The incident's status is `resolved` once it
 * has ended, else its latest update's.
 */
export function incidentV2(context: IncidentContext, incident: Incident): IncidentV2 {
  const resolved = incident.end !== null && incident.end <= context.now;
  const times = updateTimes(incident, incident.start, resolved ? incident.end : null);
  const last = incident.updates.length - 1;
  const statuses = incident.updates.map((update, index): IncidentStatus => {
    if (resolved && index === last) return "resolved";
    if (index === 0) return "investigating";
    return /\bmonitor/i.test(update.text) ? "monitoring" : "identified";
  });
  const monitoring = statuses.indexOf("monitoring");
  return {
    id: incidentId(incident),
    name: incident.title,
    status: resolved ? "resolved" : (statuses.at(-1) ?? "investigating"),
    created_at: timeV2(incident.start),
    updated_at: timeV2(latest([incident.start, ...times, resolved ? incident.end : null])),
    monitoring_at: monitoring < 0 ? null : timeV2(times[monitoring]!),
    resolved_at: resolved ? timeV2(incident.end!) : null,
    impact: incident.impact,
    shortlink: absolute(context.site, paths.incident(incident.id)),
    started_at: timeV2(incident.start),
    page_id: context.pageId,
    incident_updates: updatesV2(incident, times, statuses),
    components: componentsOf(context, incident),
  };
}

/**
 * A scheduled maintenance: `scheduled` before its start, `in_progress` during
 * the window, `completed` after. Its first update is the announcement, dated
 * when it was announced and `scheduled`; when the window is over, the last
 * update is `completed`; the others are `in_progress` from the start on.
 */
export function maintenanceV2(context: IncidentContext, incident: Incident): MaintenanceV2 {
  const { now, start, end } = { now: context.now, start: incident.start, end: incident.end };
  const status: MaintenanceStatus =
    now < start ? "scheduled" : end === null || now < end ? "in_progress" : "completed";
  const announced = incident.scheduled ?? start;
  const times = updateTimes(incident, announced, status === "completed" ? end : null);
  const last = incident.updates.length - 1;
  const statuses = times.map((at, index): MaintenanceStatus => {
    if (index === 0) return "scheduled";
    if (status === "completed" && index === last) return "completed";
    return at >= start ? "in_progress" : "scheduled";
  });
  return {
    id: incidentId(incident),
    name: incident.title,
    status,
    created_at: timeV2(announced),
    updated_at: timeV2(latest([announced, ...times, status === "completed" ? end : null])),
    monitoring_at: null,
    resolved_at: status === "completed" && end !== null ? timeV2(end) : null,
    impact: incident.impact,
    shortlink: absolute(context.site, paths.incident(incident.id)),
    started_at: timeV2(start),
    page_id: context.pageId,
    incident_updates: updatesV2(incident, times, statuses),
    components: componentsOf(context, incident),
    scheduled_for: timeV2(start),
    scheduled_until: end === null ? null : timeV2(end),
  };
}

/** Derived from the incident's file id only, so it survives rebuilds and edits. */
export function incidentId(incident: Incident): string {
  return stableId("incident", incident.id);
}

/**
 * The time of each update: the first is `first`, an untimed one takes the
 * previous one's, and the last of a finished one is dated no earlier than `end`
 * (a retroactive post, or a closing note written before the recorded end).
 */
function updateTimes(
  incident: Incident,
  first: UtcDateTime,
  end: UtcDateTime | null,
): UtcDateTime[] {
  let previous = first;
  const last = incident.updates.length - 1;
  return incident.updates.map((update, index) => {
    previous = index === 0 ? first : (update.at ?? previous);
    return index === last && end !== null && end > previous ? end : previous;
  });
}

/** Statuspage lists updates newest first. */
function updatesV2<S extends string>(
  incident: Incident,
  times: readonly UtcDateTime[],
  statuses: readonly S[],
) {
  const incident_id = incidentId(incident);
  return incident.updates
    .map((update, index) => ({
      id: stableId("incident_update", `${incident.id}#${index}`),
      status: statuses[index]!,
      body: update.text,
      incident_id,
      created_at: timeV2(times[index]!),
      updated_at: timeV2(times[index]!),
      display_at: timeV2(times[index]!),
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

function latest(times: readonly (UtcDateTime | null)[]): UtcDateTime {
  return times.reduce<UtcDateTime>((a, b) => (b !== null && b > a ? b : a), "");
}
