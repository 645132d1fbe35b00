import type { Site } from "../../src/model/types.ts";
import { paths } from "../../src/model/urls.ts";
import type { To } from "./data.ts";

/** The components and zones an incident names, each linked to its archive: "Cellar [PAR]". */
export function Tags({
  site,
  components,
  zones,
  to,
}: {
  site: Site;
  components: readonly string[];
  zones: readonly string[];
  to: To;
}) {
  return (
    <span class="tags">
      {components.map((name, index) => {
        const component = site.components.find((c) => c.name === name);
        return (
          <>
            {index > 0 && ", "}
            {component ? <a href={to(paths.component(component.slug))}>{name}</a> : name}
          </>
        );
      })}
      {zones.map((zone) => (
        <>
          {" "}
          <a href={to(paths.zone(zone))} class="zone">
            [{zone}]
          </a>
        </>
      ))}
    </span>
  );
}
