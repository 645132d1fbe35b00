/**
 * The public Statuspage API (v2), declared once. The strict schemas are what
 * `api/v2/` emits; tests validate our files and real responses against them
 * with Ajv. The lenient (`Saved…`) schemas are what the importer accepts from
 * a saved export, checked with TypeBox's `Value`: they carry no `format`,
 * `pattern` or `enum`, so `Value` needs no format registered and a status
 * Statusmark does not know still reads.
 */
import { Type, type Static } from "@sinclair/typebox";
import { COMPONENT_STATUSES, INDICATORS } from "../model/status.ts";
import { INCIDENT_IMPACTS } from "../model/types.ts";
import { list, Nullable, oneOf, optional, orNull, refinedString, same, shape } from "./fields.ts";
import { INCIDENT_STATUSES, MAINTENANCE_STATUSES } from "./vocabulary.ts";

const Time = refinedString(Type.String({ format: "date-time" }));
const Id = refinedString(Type.String({ pattern: "^[a-z0-9]+$" }));
const Link = refinedString(Type.String({ format: "uri" }));
const Text = same(Type.String());
const Flag = same(Type.Boolean());

const Page = shape({ id: Id, name: Text, url: Link, time_zone: Text, updated_at: Time }, []);

const StatusIndicator = shape({ indicator: oneOf(INDICATORS), description: Text }, []);

const Component = shape(
  {
    id: Id,
    name: Text,
    status: oneOf(COMPONENT_STATUSES),
    created_at: Time,
    updated_at: Time,
    position: { strict: Type.Integer({ minimum: 1 }), lenient: Type.Integer() },
    description: orNull(Text),
    showcase: Flag,
    start_date: orNull(refinedString(Type.String({ format: "date" }))),
    group_id: orNull(Id),
    page_id: Id,
    group: Flag,
    only_show_if_degraded: Flag,
    components: optional(list(Id, "A group's members.")),
  },
  ["id", "name"],
);

const AffectedComponent = shape(
  {
    code: Id,
    name: Text,
    old_status: oneOf(COMPONENT_STATUSES),
    new_status: oneOf(COMPONENT_STATUSES),
  },
  ["name"],
);

function update<S extends readonly string[]>(statuses: S) {
  return shape(
    {
      id: Id,
      status: oneOf(statuses),
      body: Text,
      incident_id: Id,
      created_at: Time,
      updated_at: Time,
      display_at: Time,
      affected_components: orNull(list(AffectedComponent)),
      deliver_notifications: Flag,
      custom_tweet: orNull(Text),
      tweet_id: orNull(Text),
    },
    ["status", "created_at"],
  );
}

function incidentFields<S extends readonly string[]>(statuses: S) {
  return {
    id: Id,
    name: Text,
    status: oneOf(statuses),
    created_at: Time,
    updated_at: Time,
    monitoring_at: orNull(Time),
    resolved_at: orNull(Time),
    impact: oneOf(INCIDENT_IMPACTS),
    shortlink: Link,
    started_at: Time,
    page_id: Id,
    incident_updates: list(update(statuses)),
    components: list(Component),
  };
}

/** What the importer cannot do without in an incident or a maintenance. */
const INCIDENT_NEEDS = ["id", "name", "created_at", "incident_updates"] as const;

const Incident = shape(incidentFields(INCIDENT_STATUSES), INCIDENT_NEEDS);

const Maintenance = shape(
  {
    ...incidentFields(MAINTENANCE_STATUSES),
    scheduled_for: Time,
    scheduled_until: orNull(Time),
  },
  INCIDENT_NEEDS,
);

export const PageSchema = Page.strict;
export const ComponentSchema = Component.strict;
export type ComponentV2 = Static<typeof ComponentSchema>;
export const IncidentSchema = Incident.strict;
export type IncidentV2 = Static<typeof IncidentSchema>;
export const MaintenanceSchema = Maintenance.strict;
export type MaintenanceV2 = Static<typeof MaintenanceSchema>;

/** The files of `api/v2/`, by path under it. */
export const V2_SCHEMAS = {
  "summary.json": Type.Object({
    page: PageSchema,
    components: Type.Array(ComponentSchema),
    incidents: Type.Array(IncidentSchema),
    scheduled_maintenances: Type.Array(MaintenanceSchema),
    status: StatusIndicator.strict,
  }),
  "status.json": Type.Object({ page: PageSchema, status: StatusIndicator.strict }),
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

/** A saved `page`. */
export const SavedPageSchema = Page.lenient;
export type SavedPage = Static<typeof SavedPageSchema>;

/** A saved component or group of components. */
export const SavedComponentSchema = Component.lenient;
export type SavedComponent = Static<typeof SavedComponentSchema>;

/**
 * A saved incident or maintenance. Read leniently, a maintenance's fields are
 * an incident's plus `scheduled_for` and `scheduled_until`, so one shape
 * reads both.
 */
export const SavedIncidentSchema = Maintenance.lenient;
export type SavedIncident = Static<typeof SavedIncidentSchema>;
export type SavedUpdate = SavedIncident["incident_updates"][number];

/**
 * Any saved response (`summary.json`, `incidents.json`, a single
 * `{ page, incident }`…). Its incidents and components are checked one by one
 * against the shapes above, so that one of an unexpected shape does not cost
 * the others.
 */
export const SavedResponseSchema = Type.Object({
  page: Type.Optional(Nullable(SavedPageSchema)),
  incidents: Type.Optional(Type.Array(Type.Unknown())),
  scheduled_maintenances: Type.Optional(Type.Array(Type.Unknown())),
  incident: Type.Optional(Type.Unknown()),
  components: Type.Optional(Type.Array(Type.Unknown())),
});
