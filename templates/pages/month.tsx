import type { MonthPage } from "../../src/render/views.ts";
import { formatMonth } from "../../src/present/format-date.ts";
import { count } from "../../src/present/labels.ts";
import type { SiteData } from "../parts/data.ts";
import { DayList } from "../parts/DayList.tsx";
import { MonthNav } from "../parts/MonthNav.tsx";
import { Page } from "../parts/Page.tsx";

/** One month of the history: every day, newest first, with its incidents. */
export function render(data: SiteData & { monthPage: MonthPage }) {
  const { history, monthPage } = data;
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
          <h1>{title}</h1>
          <p>Incidents this month: {month.incidentCount}</p>
          <MonthNav page={monthPage} to={to} label="Months" />
          <DayList site={history.site} days={month.days} to={to} level={2} />
          <MonthNav page={monthPage} to={to} label="Months, again" />
        </>
      )}
    </Page>
  );
}
