import type { TSchema } from "@sinclair/typebox";
import type { Site } from "../../model/types.ts";
import { absolute, apiV1 } from "../../model/urls.ts";
import { ComponentsSchema, ZonesSchema } from "./catalog.ts";
import { DRAFT_2020_12 } from "./fields.ts";
import { HistoryMonthSchema, HistorySchema } from "./history.ts";
import { IncidentSchema, IncidentsSchema } from "./incident.ts";
import { StatusSchema } from "./status.ts";
import { UptimeSchema } from "./uptime.ts";

/** Every published schema of the native API, by the name of its file. */
export const V1_SCHEMAS = {
  status: StatusSchema,
  incidents: IncidentsSchema,
  incident: IncidentSchema,
  history: HistorySchema,
  "history-month": HistoryMonthSchema,
  components: ComponentsSchema,
  zones: ZonesSchema,
  uptime: UptimeSchema,
} as const satisfies Record<string, TSchema>;
export type V1SchemaName = keyof typeof V1_SCHEMAS;

/** The absolute URL a file's `$schema` points at. */
export function schemaUrl(site: Site, name: V1SchemaName): string {
  return absolute(site, apiV1.schema(name));
}

/** The published form of a schema: its dialect and `$id` first, then the declaration. */
export function schemaDocument(site: Site, name: V1SchemaName): Record<string, unknown> {
  return { $schema: DRAFT_2020_12, $id: schemaUrl(site, name), ...V1_SCHEMAS[name] };
}
