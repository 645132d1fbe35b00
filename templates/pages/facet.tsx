import type { Facet } from "../../src/render/views.ts";
import { STATUS_LABELS, TONES } from "../../src/present/labels.ts";
import type { SiteData } from "../parts/data.ts";
import { MonthIndex } from "../parts/MonthIndex.tsx";
import { MonthlyUptime } from "../parts/MonthlyUptime.tsx";
import { Page } from "../parts/Page.tsx";
import { UptimeBar } from "../parts/UptimeBar.tsx";

/** A component's or a zone's archive: its state, then every month with its incidents. */
export function render(data: SiteData & { facet: Facet }) {
  const { facet } = data;
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
          {facet.state && (
            <p class={`overall tone-${TONES[facet.state.status]}`}>
              <strong>{STATUS_LABELS[facet.state.status]}</strong>
            </p>
          )}
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
          <h2>Incidents by month</h2>
          <MonthIndex months={facet.months} to={to} />
        </>
      )}
    </Page>
  );
}
