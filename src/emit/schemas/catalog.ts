import { Type, type Static } from "@sinclair/typebox";
import { ZONE_ID } from "../../model/ids.ts";
import { closed, Nullable, SchemaLink, Url } from "./fields.ts";

const counts = {
  incident_count: Type.Integer({ minimum: 0, description: "Incidents (not maintenance)." }),
  maintenance_count: Type.Integer({ minimum: 0 }),
};

/** `api/v1/components.json`. */
export const ComponentsSchema = Type.Object(
  {
    $schema: SchemaLink,
    components: Type.Array(
      Type.Object(
        {
          name: Type.String(),
          slug: Type.String(),
          description: Nullable(Type.String()),
          group: Nullable(Type.String()),
          url: Url("The component's page."),
          ...counts,
        },
        closed,
      ),
      { description: "In site.yml order." },
    ),
  },
  { ...closed, title: "Statusmark components" },
);
export type ComponentsJson = Static<typeof ComponentsSchema>;

/** `api/v1/zones.json`. */
export const ZonesSchema = Type.Object(
  {
    $schema: SchemaLink,
    zones: Type.Array(
      Type.Object(
        {
          id: Type.String({ pattern: ZONE_ID.source }),
          name: Type.String(),
          url: Url("The zone's page."),
          ...counts,
        },
        closed,
      ),
      { description: "In site.yml order." },
    ),
  },
  { ...closed, title: "Statusmark zones" },
);
export type ZonesJson = Static<typeof ZonesSchema>;
