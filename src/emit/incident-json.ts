import { absolute, paths } from "../model/urls.ts";
import type { Incident, Site } from "../model/types.ts";

/** The per-incident JSON document, keys in a fixed order. */
export function incidentJson(site: Site, incident: Incident) {
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
    updates: incident.updates.map(({ at, text, html }) => ({ at, text, html })),
  };
}
