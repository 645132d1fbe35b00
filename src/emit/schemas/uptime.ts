import { Type, type Static } from "@sinclair/typebox";
import { ZONE_ID } from "../../model/ids.ts";
import { closed, Nullable, SchemaLink, UtcTime } from "./fields.ts";

const figures = {
  downtime_minutes: Type.Integer({
    minimum: 0,
    description:
      "Minutes of downtime: a critical incident's minutes fully, a major one's at 30 %, overlaps counted once.",
  }),
  tracked_minutes: Type.Integer({
    minimum: 0,
    description: "Minutes with data: 1440 a day, up to the build today, 0 before data starts.",
  }),
  availability_percent: Nullable(
    Type.Number({
      minimum: 0,
      maximum: 100,
      description:
        "100 × (tracked − downtime) / tracked, rounded down to 3 decimals; null without data.",
    }),
  ),
};

const DaySchema = Type.Object(
  {
    date: Type.String({ format: "date", description: "A UTC day." }),
    ...figures,
    incidents: Type.Array(Type.String(), {
      description: "Ids of the incidents and maintenance open that day, newest start first.",
    }),
  },
  closed,
);

const MonthSchema = Type.Object(
  { month: Type.String({ pattern: "^\\d{4}-\\d{2}$" }), ...figures },
  closed,
);

const uptime = {
  ...figures,
  days: Type.Array(DaySchema, {
    description:
      "The 90 days that end with the build's day, oldest first; the figures above are theirs.",
  }),
  months: Type.Array(MonthSchema, {
    description: "The 12 months that end with the build's, newest first.",
  }),
};

/** `api/v1/uptime.json`. */
export const UptimeSchema = Type.Object(
  {
    $schema: SchemaLink,
    generated_at: UtcTime("The build's time: today's figures count up to it."),
    overall: Type.Object(uptime, {
      ...closed,
      description: "Every incident, whatever it names.",
    }),
    components: Type.Array(
      Type.Object(
        {
          name: Type.String(),
          slug: Type.String(),
          since: Nullable(
            Type.String({ format: "date", description: "`since` in site.yml, if given." }),
          ),
          ...uptime,
        },
        closed,
      ),
      { description: "In site.yml order, without those declared with `uptime: false`." },
    ),
    zones: Type.Array(
      Type.Object({ id: Type.String({ pattern: ZONE_ID.source }), ...uptime }, closed),
      { description: "In site.yml order." },
    ),
  },
  { ...closed, title: "Statusmark availability" },
);
export type UptimeJson = Static<typeof UptimeSchema>;
