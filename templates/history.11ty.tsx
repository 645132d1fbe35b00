import { paths } from "../src/model/urls.ts";
import type { SiteData } from "./_includes/data.ts";
import { MonthIndex } from "./_includes/MonthIndex.tsx";
import { Page } from "./_includes/Page.tsx";

export const data = { permalink: "history/index.html" };

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
