import type { Incident, Site } from "../../src/model/types.ts";
import { paths } from "../../src/model/urls.ts";
import { Badges } from "./Badges.tsx";
import type { To } from "./data.ts";
import { Tags } from "./Tags.tsx";
import { Timeline } from "./Timeline.tsx";
import { When } from "./When.tsx";

export interface IncidentItemProps {
  site: Site;
  incident: Incident;
  to: To;
  /** The heading level of the incident's title in this page's outline. */
  level: 2 | 3 | 4;
  /** Shows the timeline open rather than collapsed. */
  open?: boolean;
}

/** An incident in a list of days: title, where, when, labels, and its timeline. */
export function IncidentItem({ site, incident, to, level, open = false }: IncidentItemProps) {
  const Heading = `h${level}` as const;
  const count = incident.updates.length;
  return (
    <article class="incident">
      <Heading>
        <a href={to(paths.incident(incident.id))}>{incident.title}</a>
      </Heading>
      <p class="meta">
        <Tags site={site} components={incident.components} zones={incident.zones} to={to} />
        {" · "}
        <When incident={incident} />
      </p>
      <Badges incident={incident} />
      {open ? (
        <Timeline incident={incident} />
      ) : (
        <details>
          <summary>{count === 1 ? "1 update" : `${count} updates`}</summary>
          <Timeline incident={incident} />
        </details>
      )}
    </article>
  );
}
