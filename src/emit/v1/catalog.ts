import type { History, Incident } from "../../model/types.ts";
import { absolute, paths } from "../../model/urls.ts";
import { isMaintenance } from "../../model/incident.ts";
import type { ComponentsJson, ZonesJson } from "../schemas/catalog.ts";
import { schemaUrl } from "../schemas/index.ts";

/** `api/v1/components.json`: the declared components with their pages and counts. */
export function componentsJson(history: History): ComponentsJson {
  const { site, incidents } = history;
  return {
    $schema: schemaUrl(site, "components"),
    components: site.components.map((c) => ({
      name: c.name,
      slug: c.slug,
      description: c.description,
      group: c.group,
      url: absolute(site, paths.component(c.slug)),
      ...counts(incidents.filter((i) => i.components.includes(c.name))),
    })),
  };
}

/** `api/v1/zones.json`: the declared zones with their pages and counts. */
export function zonesJson(history: History): ZonesJson {
  const { site, incidents } = history;
  return {
    $schema: schemaUrl(site, "zones"),
    zones: site.zones.map((z) => ({
      id: z.id,
      name: z.name,
      url: absolute(site, paths.zone(z.id)),
      ...counts(incidents.filter((i) => i.zones.includes(z.id))),
    })),
  };
}

function counts(incidents: readonly Incident[]) {
  const maintenance = incidents.filter(isMaintenance).length;
  return { incident_count: incidents.length - maintenance, maintenance_count: maintenance };
}
