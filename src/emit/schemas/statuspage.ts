/**
 * The public Statuspage API (v2) as `api/v2/` emits it. These schemas are open
 * (extra keys allowed) so that real Statuspage responses validate too: the
 * tests check both against them.
 */
import { Type, type Static } from "@sinclair/typebox";
import { COMPONENT_STATUSES, INDICATORS } from "../../model/status.ts";
import { INCIDENT_IMPACTS } from "../../model/types.ts";
import { INCIDENT_STATUSES, MAINTENANCE_STATUSES } from "../v2/vocabulary.ts";
import { Nullable, StringEnum } from "./fields.ts";

const Time = Type.String({ format: "date-time" });
const Id = Type.String({ pattern: "^[a-z0-9]+$" });

export const PageSchema = Type.Object({
  id: Id,
  name: Type.String(),
  url: Type.String({ format: "uri" }),
  time_zone: Type.String(),
  updated_at: Time,
});

export const StatusIndicatorSchema = Type.Object({
  indicator: StringEnum(INDICATORS),
  description: Type.String(),
});

export const ComponentSchema = Type.Object({
  id: Id,
  name: Type.String(),
  status: StringEnum(COMPONENT_STATUSES),
  created_at: Time,
  updated_at: Time,
  position: Type.Integer({ minimum: 1 }),
  description: Nullable(Type.String()),
  showcase: Type.Boolean(),
  start_date: Nullable(Type.String({ format: "date" })),
  group_id: Nullable(Id),
  page_id: Id,
  group: Type.Boolean(),
  only_show_if_degraded: Type.Boolean(),
  components: Type.Optional(Type.Array(Id, { description: "A group's members." })),
});
export type ComponentV2 = Static<typeof ComponentSchema>;

const AffectedComponentSchema = Type.Object({
  code: Id,
  name: Type.String(),
  old_status: StringEnum(COMPONENT_STATUSES),
  new_status: StringEnum(COMPONENT_STATUSES),
});

function updateSchema<S extends readonly string[]>(statuses: S) {
  return Type.Object({
    id: Id,
    status: StringEnum(statuses),
    body: Type.String(),
    incident_id: Id,
    created_at: Time,
    updated_at: Time,
    display_at: Time,
    affected_components: Nullable(Type.Array(AffectedComponentSchema)),
    deliver_notifications: Type.Boolean(),
    custom_tweet: Nullable(Type.String()),
    tweet_id: Nullable(Type.String()),
  });
}

const commonIncidentFields = {
  id: Id,
  name: Type.String(),
  created_at: Time,
  updated_at: Time,
  monitoring_at: Nullable(Time),
  resolved_at: Nullable(Time),
  impact: StringEnum(INCIDENT_IMPACTS),
  shortlink: Type.String({ format: "uri" }),
  started_at: Time,
  page_id: Id,
};

export const IncidentSchema = Type.Object({
  ...commonIncidentFields,
  status: StringEnum(INCIDENT_STATUSES),
  incident_updates: Type.Array(updateSchema(INCIDENT_STATUSES)),
  components: Type.Array(ComponentSchema),
});
export type IncidentV2 = Static<typeof IncidentSchema>;

export const MaintenanceSchema = Type.Object({
  ...commonIncidentFields,
  status: StringEnum(MAINTENANCE_STATUSES),
  incident_updates: Type.Array(updateSchema(MAINTENANCE_STATUSES)),
  components: Type.Array(ComponentSchema),
  scheduled_for: Time,
  scheduled_until: Nullable(Time),
});
export type MaintenanceV2 = Static<typeof MaintenanceSchema>;

/** The files of `api/v2/`, by path under it. */
export const V2_SCHEMAS = {
  "summary.json": Type.Object({
    page: PageSchema,
    components: Type.Array(ComponentSchema),
    incidents: Type.Array(IncidentSchema),
    scheduled_maintenances: Type.Array(MaintenanceSchema),
    status: StatusIndicatorSchema,
  }),
  "status.json": Type.Object({ page: PageSchema, status: StatusIndicatorSchema }),
  "components.json": Type.Object({ page: PageSchema, components: Type.Array(ComponentSchema) }),
  "incidents.json": Type.Object({
    page: PageSchema,
    incidents: Type.Array(Type.Union([IncidentSchema, MaintenanceSchema])),
  }),
  "incidents/unresolved.json": Type.Object({
    page: PageSchema,
    incidents: Type.Array(IncidentSchema),
  }),
  "scheduled-maintenances.json": Type.Object({
    page: PageSchema,
    scheduled_maintenances: Type.Array(MaintenanceSchema),
  }),
  "scheduled-maintenances/upcoming.json": Type.Object({
    page: PageSchema,
    scheduled_maintenances: Type.Array(MaintenanceSchema),
  }),
  "scheduled-maintenances/active.json": Type.Object({
    page: PageSchema,
    scheduled_maintenances: Type.Array(MaintenanceSchema),
  }),
};
export type V2File = keyof typeof V2_SCHEMAS;
export type V2Json<F extends V2File> = Static<(typeof V2_SCHEMAS)[F]>;
