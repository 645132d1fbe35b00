import type { Facet } from "../../src/render/views.ts";
import { paths } from "../../src/model/urls.ts";
import { STATUS_LABELS, TONES } from "../../src/present/labels.ts";
import type { SiteData } from "../parts/data.ts";
import { DayList } from "../parts/DayList.tsx";
import { MonthIndex } from "../parts/MonthIndex.tsx";
import { MonthlyUptime } from "../parts/MonthlyUptime.tsx";
import { Page } from "../parts/Page.tsx";
import { UptimeBar } from "../parts/UptimeBar.tsx";

/**
 * A component's or a zone's archive: its state, availability, newest
 * incidents and months with incidents; for a zone, the components it has seen.
 */
export function render(data: SiteData & { facet: Facet }) {
  const { facet, history } = data;
  const monthPaths = new Map(facet.months.map((m) => [m.month.month, m.path]));
  const what = facet.kind === "component" ? "component" : "zone";
  return (
    <Page
      data={data}
      title={facet.name}
      description={
        facet.description ?? `Incidents and maintenance of the ${what} ${facet.name}, by month.`
      }
      path={facet.path}
    >
      {(to) => (
        <>
          <h1>{facet.name}</h1>
          {facet.description && <p>{facet.description}</p>}
          <p class={`overall tone-${TONES[facet.status]}`}>
            <strong>{STATUS_LABELS[facet.status]}</strong>
          </p>
          {facet.uptime && (
            <section aria-labelledby="uptime">
              <h2 id="uptime">Uptime</h2>
              <UptimeBar uptime={facet.uptime} name={facet.name} to={to} />
              <MonthlyUptime
                uptime={facet.uptime}
                monthPath={(month) => monthPaths.get(month) ?? null}
                to={to}
              />
            </section>
          )}
          {facet.components && (
            <section aria-labelledby="zone-components">
              <h2 id="zone-components">Components</h2>
              {facet.components.length === 0 ? (
                <p class="quiet">No incident has named a component in this zone.</p>
              ) : (
                <>
                  <p class="quiet">Components that incidents in this zone named.</p>
                  <ul class="components">
                    {facet.components.map((state) => (
                      <li>
                        <a href={to(paths.component(state.component.slug))}>
                          {state.component.name}
                        </a>{" "}
                        <span class={`state tone-${TONES[state.status]}`}>
                          {STATUS_LABELS[state.status]}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
          <section aria-labelledby="latest">
            <h2 id="latest">Latest incidents</h2>
            {facet.latest.length === 0 ? (
              <p class="quiet">
                {facet.incidentCount === 0
                  ? "No incidents reported."
                  : "Its incidents are in its months, below."}
              </p>
            ) : (
              <DayList
                site={history.site}
                days={facet.latest}
                now={history.now}
                to={to}
                level={3}
              />
            )}
          </section>
          {facet.months.length > 0 && (
            <>
              <h2>Incidents by month</h2>
              <MonthIndex months={facet.months} to={to} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
