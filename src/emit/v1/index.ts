import type { History } from "../../model/types.ts";
import { apiV1 } from "../../model/urls.ts";
import { incidentJson } from "../incident-json.ts";
import type { LazyOutputFile, OutputFile } from "../../write/output-file.ts";
import { contentKey, objectKey } from "../../model/content-key.ts";
import { jsonFile } from "../json.ts";
import { schemaDocument, V1_SCHEMAS, type V1SchemaName } from "../schemas/index.ts";
import { componentsJson, zonesJson } from "./catalog.ts";
import { historyJson, historyMonthFiles, incidentsFiles } from "./history.ts";
import { statusJson } from "./status.ts";
import { uptimeJson } from "./uptime.ts";

/** Every file of the native API, `api/v1/`, schemas included. */
export function emitV1(history: History): (OutputFile | LazyOutputFile)[] {
  const site = contentKey(history.site);
  return [
    jsonFile(apiV1.status, statusJson(history)),
    ...incidentsFiles(history),
    // Made from the site and the incident alone: rendered only when these changed.
    ...history.incidents.map((i) => ({
      path: apiV1.incident(i.id),
      key: contentKey(apiV1.incident(i.id), site, objectKey(i)),
      render: () => jsonFile(apiV1.incident(i.id), incidentJson(history.site, i)).content,
    })),
    jsonFile(apiV1.history, historyJson(history)),
    ...history.months.flatMap((m) => historyMonthFiles(history, m)),
    jsonFile(apiV1.components, componentsJson(history)),
    jsonFile(apiV1.zones, zonesJson(history)),
    jsonFile(apiV1.uptime, uptimeJson(history)),
    ...(Object.keys(V1_SCHEMAS) as V1SchemaName[]).map((name) =>
      jsonFile(apiV1.schema(name), schemaDocument(history.site, name)),
    ),
  ];
}
