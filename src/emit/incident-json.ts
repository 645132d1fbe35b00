import { absolute, paths } from "../model/urls.ts";
import type { Incident, Site } from "../model/types.ts";
import { schemaUrl } from "./schemas/index.ts";
import type { IncidentJson, IncidentSummaryJson } from "./schemas/incident.ts";

/** The per-incident JSON document, keys in a fixed order. */
export function incidentJson(site: Site, incident: Incident): IncidentJson {
  return {
    $schema: schemaUrl(site, "incident"),
    ...incidentFields(site, incident),
    updates: incident.updates.map(({ at, status, statusDerived, text, html }) => ({
      at,
      status,
      status_derived: statusDerived,
      text,
      html,
    })),
  };
}

/** An incident as listed in `incidents.json`, `status.json` and the months: no updates, their count. */
export function incidentSummary(site: Site, incident: Incident): IncidentSummaryJson {
  return { ...incidentFields(site, incident), updates_count: incident.updates.length };
}

function incidentFields(site: Site, incident: Incident) {
  return {
    id: incident.id,
    title: incident.title,
    url: absolute(site, paths.incident(incident.id)),
    components: incident.components,
    zones: incident.zones,
    start: incident.start,
    end: incident.end,
    scheduled: incident.scheduled,
    retroactive: incident.retroactive,
    impact: incident.impact,
    duration_seconds: incident.durationSeconds,
  };
}
