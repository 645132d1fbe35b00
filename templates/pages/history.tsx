import { paths } from "../../src/model/urls.ts";
import { count } from "../../src/present/labels.ts";
import type { SiteData } from "../parts/data.ts";
import { MonthIndex } from "../parts/MonthIndex.tsx";
import { Page } from "../parts/Page.tsx";

/** Every year, then every month of the history, newest first, with its number of incidents. */
export function render(data: SiteData) {
  const { site } = data.history;
  return (
    <Page
      data={data}
      title="History"
      description={`Every month of incidents and maintenance of ${site.title}.`}
      path={paths.history()}
    >
      {(to) => (
        <>
          <h1>History</h1>
          <h2>By year</h2>
          <ul class="month-index years">
            {data.views.years.map((year) => (
              <li>
                <a href={to(year.path)}>{year.year}</a>
                {": "}
                {count(year.incidentCount, "incident")}
              </li>
            ))}
          </ul>
          <h2>By month</h2>
          <MonthIndex months={data.views.months} to={to} />
        </>
      )}
    </Page>
  );
}
