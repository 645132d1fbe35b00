import { Type, type Static } from "@sinclair/typebox";
import { COMPONENT_STATUSES, INDICATORS } from "../../model/status.ts";
import { closed, Nullable, SchemaLink, StringEnum, Url, UtcTime } from "./fields.ts";
import { IncidentSummarySchema } from "./incident.ts";

export const ComponentStatusSchema = Type.Object(
  {
    name: Type.String(),
    slug: Type.String(),
    group: Nullable(Type.String()),
    url: Url("The component's page."),
    status: StringEnum(COMPONENT_STATUSES),
    incidents: Type.Array(Type.String(), {
      description: "Ids of the ongoing incidents and active maintenance that name it.",
    }),
  },
  closed,
);

/** `api/v1/status.json`. */
export const StatusSchema = Type.Object(
  {
    $schema: SchemaLink,
    generated_at: UtcTime("The build's time."),
    indicator: StringEnum(INDICATORS),
    description: Type.String(),
    components: Type.Array(ComponentStatusSchema, { description: "In site.yml order." }),
    ongoing_incidents: Type.Array(IncidentSummarySchema, { description: "Newest first." }),
    active_maintenance: Type.Array(IncidentSummarySchema, { description: "Newest first." }),
    upcoming_maintenance: Type.Array(IncidentSummarySchema, { description: "Soonest first." }),
  },
  { ...closed, title: "Statusmark current status" },
);
export type StatusJson = Static<typeof StatusSchema>;
