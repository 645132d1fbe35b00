import type { MonthPart } from "../../src/render/month-parts.ts";
import type { FacetMonthPage } from "../../src/render/views.ts";
import { formatMonth } from "../../src/present/format-date.ts";
import type { SiteData } from "../parts/data.ts";
import { MonthDays } from "../parts/MonthDays.tsx";
import { MonthNav } from "../parts/MonthNav.tsx";
import { Page } from "../parts/Page.tsx";

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
          <MonthDays history={history} days={month.days} parts={parts} to={to} quiet="skip" />
          <MonthNav page={facetMonth} to={to} label="Months, again" />
        </>
      )}
    </Page>
  );
}
