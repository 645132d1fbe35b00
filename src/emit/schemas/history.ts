import { Type, type Static } from "@sinclair/typebox";
import { closed, listLinks, SchemaLink, Url } from "./fields.ts";
import { IncidentSummarySchema } from "./incident.ts";

const MonthKey = Type.String({ pattern: "^\\d{4}-\\d{2}$", description: "`YYYY-MM`, UTC." });

/** `api/v1/history/YYYY-MM.json` and its continuations, `YYYY-MM/N.json`. */
export const HistoryMonthSchema = Type.Object(
  {
    $schema: SchemaLink,
    month: MonthKey,
    incident_count: Type.Integer({ minimum: 0, description: "The whole month's, on every file." }),
    ...listLinks,
    days: Type.Array(
      Type.Object(
        {
          date: Type.String({ format: "date" }),
          incidents: Type.Array(IncidentSummarySchema, {
            description: "Started that day (UTC), newest first; empty on a quiet day.",
          }),
        },
        closed,
      ),
      {
        description:
          "The days of the month in the archive, newest first, that this file holds; a day continued from the file before has the same date.",
      },
    ),
  },
  { ...closed, title: "Statusmark month of history" },
);
export type HistoryMonthJson = Static<typeof HistoryMonthSchema>;

/** `api/v1/history.json`. */
export const HistorySchema = Type.Object(
  {
    $schema: SchemaLink,
    months: Type.Array(
      Type.Object(
        {
          month: MonthKey,
          incident_count: Type.Integer({ minimum: 0 }),
          url: Url("The month's file."),
        },
        closed,
      ),
      { description: "Newest first." },
    ),
  },
  { ...closed, title: "Statusmark history" },
);
export type HistoryJson = Static<typeof HistorySchema>;
