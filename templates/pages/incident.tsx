import { phaseOf } from "../../src/model/phase.ts";
import { isMaintenance } from "../../src/model/incident.ts";
import type { Incident } from "../../src/model/types.ts";
import { paths } from "../../src/model/urls.ts";
import { formatDateTime, formatDay, formatDuration } from "../../src/present/format-date.ts";
import { PHASE_LABELS } from "../../src/present/labels.ts";
import { Badges } from "../parts/Badges.tsx";
import type { SiteData } from "../parts/data.ts";
import { Page } from "../parts/Page.tsx";
import { Tags } from "../parts/Tags.tsx";
import { Timeline } from "../parts/Timeline.tsx";

/** One incident: what, where, when, and its timeline of updates. */
export function render(data: SiteData & { incident: Incident }) {
  const { history, incident } = data;
  const { site } = history;
  const day = incident.start.slice(0, 10);
  return (
    <Page
      data={data}
      title={incident.title}
      description={`${incident.components.join(", ")}, ${formatDay(incident.start)}: ${incident.title}`}
      path={paths.incident(incident.id)}
    >
      {(to) => (
        <article class="incident-page">
          <h1>{incident.title}</h1>
          <Badges incident={incident} />
          <dl class="facts">
            <dt>Status</dt>
            <dd>
              {
                PHASE_LABELS[phaseOf(incident, history.now)][
                  isMaintenance(incident) ? "maintenance" : "incident"
                ]
              }
            </dd>
            <dt>Affected</dt>
            <dd>
              <Tags site={site} components={incident.components} zones={incident.zones} to={to} />
            </dd>
            <dt>Start</dt>
            <dd>
              <time dateTime={incident.start}>{formatDateTime(incident.start)}</time>
            </dd>
            <dt>End</dt>
            <dd>
              {incident.end ? (
                <time dateTime={incident.end}>{formatDateTime(incident.end)}</time>
              ) : (
                "Not yet"
              )}
            </dd>
            {incident.durationSeconds !== null && (
              <>
                <dt>Duration</dt>
                <dd>{formatDuration(incident.durationSeconds)}</dd>
              </>
            )}
          </dl>
          <h2>Timeline</h2>
          <Timeline incident={incident} />
          <p>
            <a href={`${to(paths.month(day.slice(0, 7)))}#day-${day}`}>
              {formatDay(day)} in the history
            </a>
          </p>
        </article>
      )}
    </Page>
  );
}
