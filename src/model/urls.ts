import type { Site } from "./types.ts";

/** Site-relative paths of pages and files: the URLs are part of the contract. */
export const paths = {
  incident: (id: string) => `incidents/${id}/`,
  component: (slug: string) => `components/${slug}/`,
  zone: (id: string) => `zones/${id}/`,
  incidentJson: (id: string) => `api/v1/incidents/${id}.json`,
};

/** Site-relative paths of the native JSON API, `api/v1/`. */
export const apiV1 = {
  status: "api/v1/status.json",
  incidents: "api/v1/incidents.json",
  incident: paths.incidentJson,
  history: "api/v1/history.json",
  historyMonth: (month: string) => `api/v1/history/${month}.json`,
  components: "api/v1/components.json",
  zones: "api/v1/zones.json",
  schema: (name: string) => `api/v1/schemas/${name}.schema.json`,
};

/** Site-relative paths of the Statuspage-compatible JSON API, `api/v2/`. */
export const apiV2 = {
  summary: "api/v2/summary.json",
  status: "api/v2/status.json",
  components: "api/v2/components.json",
  incidents: "api/v2/incidents.json",
  unresolvedIncidents: "api/v2/incidents/unresolved.json",
  scheduledMaintenances: "api/v2/scheduled-maintenances.json",
  upcomingMaintenances: "api/v2/scheduled-maintenances/upcoming.json",
  activeMaintenances: "api/v2/scheduled-maintenances/active.json",
};

/** The absolute URL of a site-relative path. */
export function absolute(site: Site, path: string): string {
  return site.url + path;
}
