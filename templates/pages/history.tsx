import { paths } from "../../src/model/urls.ts";
import type { SiteData } from "../parts/data.ts";
import { MonthIndex } from "../parts/MonthIndex.tsx";
import { Page } from "../parts/Page.tsx";

/** Every month of the history, newest first, with its number of incidents. */
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
          <MonthIndex months={data.views.months} to={to} />
        </>
      )}
    </Page>
  );
}
