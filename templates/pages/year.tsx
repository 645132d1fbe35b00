import { formatMonth, formatMonthsOfYear } from "../../src/present/format-date.ts";
import { count, impactLabel } from "../../src/present/labels.ts";
import type { YearPage } from "../../src/render/years.ts";
import type { SiteData } from "../parts/data.ts";
import { dayClass, MonthCalendar } from "../parts/MonthCalendar.tsx";
import { Page } from "../parts/Page.tsx";
import { paths } from "../../src/model/urls.ts";

/** The colours of a calendar in words, from no incidents to the worst impact. */
const LEGEND = [null, "none", "maintenance", "minor", "major", "critical"] as const;

/** One year of the history: each month a calendar of days coloured by their worst impact. */
export function render(data: SiteData & { yearPage: YearPage }) {
  const { history, yearPage } = data;
  const { year } = yearPage;
  const oldest = yearPage.months[0];
  const start = oldest && ("from" in oldest ? oldest.from : oldest.month);
  return (
    <Page
      data={data}
      title={year}
      description={`${history.site.title} in ${year}: ${count(yearPage.incidentCount, "incident")}, day by day.`}
      path={yearPage.path}
    >
      {(to) => (
        <>
          <p class="up">
            <a href={to(paths.history())}>History</a>
          </p>
          <h1>{year}</h1>
          <p>Incidents this year: {yearPage.incidentCount}</p>
          {yearPage.older === null && start && !start.endsWith("-01") && (
            <p>The history starts in {formatMonth(start)}.</p>
          )}
          {(yearPage.older || yearPage.newer) && (
            <nav class="months" aria-label="Years">
              {yearPage.older && (
                <a href={to(yearPage.older.path)} rel="prev">
                  ← {yearPage.older.year}
                </a>
              )}
              {yearPage.newer && (
                <a href={to(yearPage.newer.path)} rel="next">
                  {yearPage.newer.year} →
                </a>
              )}
            </nav>
          )}
          <ul class="legend" aria-label="Colours">
            {LEGEND.map((impact) => (
              <li>
                <span class={`swatch ${dayClass(impact)}`} aria-hidden="true" />
                {impact === null ? "No incidents" : impactLabel(impact)}
              </li>
            ))}
          </ul>
          <div class="year">
            {yearPage.months.map((entry) =>
              "from" in entry ? (
                <p class="quiet-months">{formatMonthsOfYear(entry.from, entry.to)}: no incidents</p>
              ) : (
                <MonthCalendar month={entry} to={to} />
              ),
            )}
          </div>
        </>
      )}
    </Page>
  );
}
