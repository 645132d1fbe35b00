import { paths } from "../../src/model/urls.ts";
import type { SiteData } from "../parts/data.ts";
import { Page } from "../parts/Page.tsx";

/** What a host serves for a URL that does not exist; its links work from any URL. */
export function render(data: SiteData) {
  return (
    <Page
      data={data}
      title="Page not found"
      description="This page does not exist."
      path={paths.notFound()}
      rooted
    >
      {(to) => (
        <>
          <h1>Page not found</h1>
          <p>
            There is no page at this address. See the <a href={to(paths.home())}>current status</a>{" "}
            or look for a day in the <a href={to(paths.history())}>history</a>.
          </p>
        </>
      )}
    </Page>
  );
}
