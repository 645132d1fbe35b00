import { Type, type Static } from "@sinclair/typebox";
import { INCIDENT_ID } from "../../model/ids.ts";
import { INCIDENT_IMPACTS } from "../../model/types.ts";
import { UPDATE_STATUSES } from "../../model/update-status.ts";
import { closed, Nullable, SchemaLink, StringEnum, Url, UtcTime } from "./fields.ts";

/** The fields of an incident shared by its own file and its summaries, in emitted order. */
const incidentFields = {
  id: Type.String({
    pattern: INCIDENT_ID.source,
    description: "The incident file name without `.md`.",
  }),
  title: Type.String(),
  url: Url("The incident's page."),
  components: Type.Array(Type.String(), { description: "Names of the affected components." }),
  zones: Type.Array(Type.String(), { description: "Ids of the affected zones." }),
  start: UtcTime(),
  end: Nullable(UtcTime("Null while the incident is ongoing.")),
  scheduled: Nullable(UtcTime("When a maintenance was announced; null for an incident.")),
  retroactive: Type.Boolean({ description: "Posted after it was over." }),
  impact: StringEnum(INCIDENT_IMPACTS),
  duration_seconds: Nullable(
    Type.Integer({ minimum: 0, description: "From start to end; null while ongoing." }),
  ),
};

export const UpdateSchema = Type.Object(
  {
    at: Nullable(UtcTime("Null for an update written without a time.")),
    status: StringEnum(
      UPDATE_STATUSES,
      "The stage it marks: an incident's `investigating`, `identified`, `monitoring` or `resolved`; a maintenance's `scheduled`, `in_progress`, `verifying` or `completed`.",
    ),
    status_derived: Type.Boolean({
      description: "True when the update has no status label and its status was derived.",
    }),
    text: Type.String({
      description: "Markdown as the operator wrote it, without the marker and status label.",
    }),
    html: Type.String({ description: "Sanitised HTML rendered from `text`." }),
  },
  closed,
);

/** One incident or maintenance without its updates: used in lists. */
export const IncidentSummarySchema = Type.Object(
  { ...incidentFields, updates_count: Type.Integer({ minimum: 0 }) },
  closed,
);
export type IncidentSummaryJson = Static<typeof IncidentSummarySchema>;

/** `api/v1/incidents/{id}.json`. */
export const IncidentSchema = Type.Object(
  {
    $schema: SchemaLink,
    ...incidentFields,
    updates: Type.Array(UpdateSchema, { description: "The initial post first, then each edit." }),
  },
  { ...closed, title: "Statusmark incident" },
);
export type IncidentJson = Static<typeof IncidentSchema>;

/** `api/v1/incidents.json`. */
export const IncidentsSchema = Type.Object(
  {
    $schema: SchemaLink,
    count: Type.Integer({ minimum: 0 }),
    incidents: Type.Array(IncidentSummarySchema, { description: "Newest start first." }),
  },
  { ...closed, title: "Statusmark incidents" },
);
export type IncidentsJson = Static<typeof IncidentsSchema>;
