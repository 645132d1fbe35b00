import type { MonthPart } from "../../src/render/month-parts.ts";
import type { FacetMonthPage } from "../../src/render/views.ts";
import { formatMonth } from "../../src/present/format-date.ts";
import type { SiteData } from "../parts/data.ts";
import { DayList } from "../parts/DayList.tsx";
import { MonthNav } from "../parts/MonthNav.tsx";
import { Page } from "../parts/Page.tsx";
import { PartIndex } from "../parts/PartIndex.tsx";

/** One month of a component's or a zone's archive: only the days with its incidents. */
export function render(data: SiteData & { facetMonth: FacetMonthPage; parts: MonthPart[] | null }) {
  const { history, facetMonth, parts } = data;
  const { facet, month } = facetMonth;
  const title = `${facet.name}, ${formatMonth(month.month)}`;
  return (
    <Page
      data={data}
      title={title}
      description={`Incidents of ${facet.name} in ${formatMonth(month.month)}.`}
      path={facetMonth.path}
    >
      {(to) => (
        <>
          <p class="up">
            <a href={to(facet.path)}>{facet.name}</a>
          </p>
          <h1>{title}</h1>
          <MonthNav page={facetMonth} to={to} label="Months" />
          {month.incidentCount === 0 ? (
            <p class="quiet">No incidents reported this month.</p>
          ) : parts ? (
            <>
              <p>This month's incidents are on {parts.length} pages, by week or by day:</p>
              <PartIndex parts={parts} to={to} />
            </>
          ) : (
            <DayList
              site={history.site}
              days={month.days}
              now={history.now}
              to={to}
              level={2}
              skipQuiet
            />
          )}
          <MonthNav page={facetMonth} to={to} label="Months, again" />
        </>
      )}
    </Page>
  );
}
