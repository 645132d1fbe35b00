import { phaseOf } from "../../src/model/phase.ts";
import type { Incident, Site, UtcDateTime } from "../../src/model/types.ts";
import { paths } from "../../src/model/urls.ts";
import { PHASE_LABELS, TONES } from "../../src/present/labels.ts";
import { Badges } from "./Badges.tsx";
import type { To } from "./data.ts";
import { Tags } from "./Tags.tsx";
import { Timeline, UpdateEntry } from "./Timeline.tsx";
import { When } from "./When.tsx";

export interface IncidentItemProps {
  site: Site;
  incident: Incident;
  /** The build's time, which says whether the incident is scheduled, ongoing or resolved. */
  now: UtcDateTime;
  to: To;
  /** The heading level of the incident's title in this page's outline. */
  level: 2 | 3 | 4;
  /** Shows every update rather than the latest one. */
  open?: boolean;
}

/**
 * An incident in a list: title, where, when, its impact and state, and its
 * latest update; the earlier ones are on the incident's page, so that a list
 * weighs about the same whatever the length of each incident's story.
 */
export function IncidentItem({ site, incident, now, to, level, open = false }: IncidentItemProps) {
  const Heading = `h${level}` as const;
  const href = to(paths.incident(incident.id));
  const count = incident.updates.length;
  const latest = incident.updates.at(-1);
  const kind = incident.impact === "maintenance" ? "maintenance" : "incident";
  return (
    <article class={`incident impact-${TONES[incident.impact]}`}>
      <Heading>
        <a href={href}>{incident.title}</a>
      </Heading>
      <p class="meta">
        <Tags site={site} components={incident.components} zones={incident.zones} to={to} />
        {" · "}
        <When incident={incident} />
      </p>
      <Badges incident={incident} state={PHASE_LABELS[phaseOf(incident, now)][kind]} />
      {open ? (
        <Timeline incident={incident} />
      ) : (
        latest && (
          <>
            <ol class="timeline latest">
              <UpdateEntry update={latest} day={incident.start.slice(0, 10)} />
            </ol>
            {count > 1 && (
              <p class="more">
                <a href={href}>
                  {count === 2 ? "1 earlier update" : `${count - 1} earlier updates`}
                </a>
              </p>
            )}
          </>
        )
      )}
    </article>
  );
}
