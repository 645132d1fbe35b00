import type { History } from "../../model/types.ts";
import { absolute, paths } from "../../model/urls.ts";
import { incidentSummary } from "../incident-json.ts";
import { schemaUrl } from "../schemas/index.ts";
import type { StatusJson } from "../schemas/status.ts";

/** `api/v1/status.json`: the current status as the model computed it at `history.now`. */
export function statusJson(history: History): StatusJson {
  const { site, status } = history;
  const summaries = (list: typeof status.ongoing) => list.map((i) => incidentSummary(site, i));
  return {
    $schema: schemaUrl(site, "status"),
    generated_at: history.now,
    indicator: status.indicator,
    description: status.description,
    components: status.components.map(({ component, status, incidents }) => ({
      name: component.name,
      slug: component.slug,
      group: component.group,
      url: absolute(site, paths.component(component.slug)),
      status,
      incidents: incidents.map((i) => i.id),
    })),
    ongoing_incidents: summaries(status.ongoing),
    active_maintenance: summaries(status.activeMaintenance),
    upcoming_maintenance: summaries(status.upcomingMaintenance),
  };
}
