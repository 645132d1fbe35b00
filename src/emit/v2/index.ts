import type { History } from "../../model/types.ts";
import { apiV2 } from "../../model/urls.ts";
import type { OutputFile } from "../../write/output-file.ts";
import { jsonFile } from "../json.ts";
import type { V2Json } from "../../statuspage/schema.ts";
import { componentsV2 } from "./components.ts";
import { entryV2, incidentV2, maintenanceV2, type IncidentContext } from "./incidents.ts";
import { pageId, pageV2 } from "./page.ts";
import { STATUS_DESCRIPTIONS } from "../../statuspage/vocabulary.ts";
import { isMaintenance } from "../../model/incident.ts";

/** How many incidents and maintenances the list endpoints give, as Statuspage does. */
export const LIST_LIMIT = 50;

/** Every file of the Statuspage-compatible API, `api/v2/`. */
export function emitV2(history: History): OutputFile[] {
  const page = pageV2(history);
  const components = componentsV2(history);
  const context: IncidentContext = {
    site: history.site,
    now: history.now,
    pageId: pageId(history),
    components: new Map(components.filter((c) => !c.group).map((c) => [c.name, c])),
  };
  const { status } = history;
  const indicator = {
    indicator: status.indicator,
    description: STATUS_DESCRIPTIONS[status.indicator],
  };
  const unresolved = status.ongoing.map((i) => incidentV2(context, i));
  const active = status.activeMaintenance.map((i) => maintenanceV2(context, i));
  const upcoming = status.upcomingMaintenance.map((i) => maintenanceV2(context, i));
  const recentMaintenances = history.incidents
    .filter(isMaintenance)
    .slice(0, LIST_LIMIT)
    .map((i) => maintenanceV2(context, i));

  const summary: V2Json<"summary.json"> = {
    page,
    components,
    incidents: unresolved,
    scheduled_maintenances: [...active, ...upcoming],
    status: indicator,
  };
  const files: { [F in keyof typeof apiV2]: unknown } = {
    summary,
    status: { page, status: indicator } satisfies V2Json<"status.json">,
    components: { page, components } satisfies V2Json<"components.json">,
    incidents: {
      page,
      incidents: history.incidents.slice(0, LIST_LIMIT).map((i) => entryV2(context, i)),
    } satisfies V2Json<"incidents.json">,
    unresolvedIncidents: {
      page,
      incidents: unresolved,
    } satisfies V2Json<"incidents/unresolved.json">,
    scheduledMaintenances: {
      page,
      scheduled_maintenances: recentMaintenances,
    } satisfies V2Json<"scheduled-maintenances.json">,
    upcomingMaintenances: {
      page,
      scheduled_maintenances: upcoming,
    } satisfies V2Json<"scheduled-maintenances/upcoming.json">,
    activeMaintenances: {
      page,
      scheduled_maintenances: active,
    } satisfies V2Json<"scheduled-maintenances/active.json">,
  };
  return (Object.keys(apiV2) as (keyof typeof apiV2)[]).map((key) =>
    jsonFile(apiV2[key], files[key]),
  );
}
