import { apiV1, paths } from "../../src/model/urls.ts";
import {
  formatDateTime,
  formatDay,
  formatIn,
  formatShortDay,
} from "../../src/present/format-date.ts";
import { STATUS_LABELS, TONES, zoneLabel } from "../../src/present/labels.ts";
import type { ComponentState } from "../../src/model/status.ts";
import type { SitePages } from "../../src/render/views.ts";
import type { SiteData, To } from "../parts/data.ts";
import { StatusIcon } from "../parts/StatusIcon.tsx";
import { DayList } from "../parts/DayList.tsx";
import { IncidentItem } from "../parts/IncidentItem.tsx";
import { Page } from "../parts/Page.tsx";
import { Tags } from "../parts/Tags.tsx";
import { UptimeBar } from "../parts/UptimeBar.tsx";
import { When } from "../parts/When.tsx";

/** Components with their state and, unless declared with `uptime: false`, their uptime bar. */
function ComponentList({
  states,
  views,
  to,
}: {
  states: readonly ComponentState[];
  views: SitePages;
  to: To;
}) {
  return (
    <ul class="components">
      {states.map((state) => {
        const uptime = views.uptime.components.get(state.component.name);
        return (
          <li>
            <a href={to(paths.component(state.component.slug))}>{state.component.name}</a>{" "}
            <span class={`state tone-${TONES[state.status]}`}>{STATUS_LABELS[state.status]}</span>
            {uptime && <UptimeBar uptime={uptime} name={state.component.name} to={to} />}
          </li>
        );
      })}
    </ul>
  );
}

/** The current status, ongoing incidents, upcoming maintenance and the last 7 days. */
export function render(data: SiteData) {
  const { history, views } = data;
  const { site, status } = history;
  return (
    <Page
      data={data}
      title="Current status"
      description={site.description ?? `Current status and incident history of ${site.title}.`}
      path={paths.home()}
    >
      {(to) => (
        <>
          <div class={`banner overall solid-${TONES[status.indicator]}`}>
            <StatusIcon tone={TONES[status.indicator]} />
            <h1>{status.description}</h1>{" "}
            <p class="as-of">
              as of <time dateTime={history.now}>{formatDateTime(history.now)}</time>
            </p>
          </div>
          <UptimeBar uptime={views.uptime.overall} name="All components" to={to} />
          <p class="subscribe">
            Subscribe: <a href={to(paths.atom())}>Atom</a> · <a href={to(paths.rss())}>RSS</a> ·{" "}
            <a href={to(paths.calendar())}>maintenance calendar</a> ·{" "}
            <a href={to(apiV1.status)}>JSON</a>
          </p>

          {status.ongoing.length + status.activeMaintenance.length > 0 && (
            <section aria-labelledby="ongoing">
              <h2 id="ongoing">Ongoing</h2>
              {[...status.ongoing, ...status.activeMaintenance].map((incident) => (
                <IncidentItem
                  site={site}
                  incident={incident}
                  now={history.now}
                  to={to}
                  level={3}
                  open
                />
              ))}
            </section>
          )}

          <section aria-labelledby="components">
            <h2 id="components">Components</h2>
            {views.componentGroups.map((group) =>
              group.name === null ? (
                <ComponentList states={group.states} views={views} to={to} />
              ) : (
                <details class="group" open={group.status !== "operational"}>
                  <summary>
                    <h3>{group.name}</h3>{" "}
                    <span class={`state tone-${TONES[group.status]}`}>
                      {STATUS_LABELS[group.status]}
                    </span>
                  </summary>
                  <ComponentList states={group.states} views={views} to={to} />
                </details>
              ),
            )}
            {views.zones.length > 0 && (
              <>
                <h3>Zones</h3>
                <ul class="components zones">
                  {views.zones.map(({ zone, status }) => {
                    const uptime = views.uptime.zones.get(zone.id);
                    return (
                      <li>
                        <a href={to(paths.zone(zone.id))}>{zoneLabel(zone)}</a>{" "}
                        <span class={`state tone-${TONES[status]}`}>{STATUS_LABELS[status]}</span>
                        {uptime && <UptimeBar uptime={uptime} name={zoneLabel(zone)} to={to} />}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </section>

          <section aria-labelledby="upcoming">
            <h2 id="upcoming">Upcoming maintenance</h2>
            {status.upcomingMaintenance.length === 0 ? (
              <p class="quiet">No maintenance scheduled.</p>
            ) : (
              <ul class="upcoming">
                {status.upcomingMaintenance.map((incident) => (
                  <li>
                    <a href={to(paths.incident(incident.id))}>{incident.title}</a>
                    <br />{" "}
                    <time dateTime={incident.start.slice(0, 10)}>{formatDay(incident.start)}</time>
                    {", "}
                    <When incident={incident} />
                    {", "}
                    <strong>{formatIn(history.now, incident.start)}</strong>
                    <br />{" "}
                    <Tags
                      site={site}
                      components={incident.components}
                      zones={incident.zones}
                      to={to}
                    />
                    {incident.scheduled && (
                      <span class="quiet">
                        {" · announced "}
                        <time dateTime={incident.scheduled}>
                          {formatShortDay(incident.scheduled, history.now)}
                        </time>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="recent">
            <h2 id="recent">Last 7 days</h2>
            <DayList
              site={site}
              days={views.recentDays}
              now={history.now}
              to={to}
              level={3}
              omitted={data.recentOmitted}
            />
            <p>
              <a href={to(paths.history())}>Older incidents in the history</a>
            </p>
          </section>
        </>
      )}
    </Page>
  );
}
