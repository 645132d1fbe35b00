import type { MonthPart } from "../../src/render/month-parts.ts";
import type { MonthPage } from "../../src/render/views.ts";
import { formatMonth } from "../../src/present/format-date.ts";
import { count } from "../../src/present/labels.ts";
import { paths } from "../../src/model/urls.ts";
import type { SiteData } from "../parts/data.ts";
import { MonthDays } from "../parts/MonthDays.tsx";
import { MonthNav } from "../parts/MonthNav.tsx";
import { Page } from "../parts/Page.tsx";

/**
 * One month of the history: every day, newest first, with its incidents; or,
 * for a month too heavy for one page, its days linked to the pages that hold them.
 */
export function render(data: SiteData & { monthPage: MonthPage; parts: MonthPart[] | null }) {
  const { history, monthPage, parts } = data;
  const { month } = monthPage;
  const title = formatMonth(month.month);
  return (
    <Page
      data={data}
      title={title}
      description={`${history.site.title} in ${title}: ${count(month.incidentCount, "incident")}.`}
      path={monthPage.path}
    >
      {(to) => (
        <>
          <p class="up">
            <a href={to(paths.year(month.month.slice(0, 4)))}>{month.month.slice(0, 4)}</a>
          </p>
          <h1>{title}</h1>
          <p>Incidents this month: {month.incidentCount}</p>
          <MonthNav page={monthPage} to={to} label="Months" />
          <MonthDays history={history} days={month.days} parts={parts} to={to} quiet="collapse" />
          <MonthNav page={monthPage} to={to} label="Months, again" />
        </>
      )}
    </Page>
  );
}
