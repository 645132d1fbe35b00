/**
 * Every page of the site: its path and how to render it. Pages are Preact
 * components rendered to strings, which escape text by default; the only
 * markup they take as it is, the updates' HTML, was sanitised when the model
 * was built.
 */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { History } from "../src/model/types.ts";
import { paths } from "../src/model/urls.ts";
import type { AssetPaths } from "../src/render/assets.ts";
import { siteViews } from "../src/render/views.ts";
import * as facetMonth from "./pages/facet-month.tsx";
import * as facet from "./pages/facet.tsx";
import * as historyIndex from "./pages/history.tsx";
import * as home from "./pages/home.tsx";
import * as incidentPage from "./pages/incident.tsx";
import * as month from "./pages/month.tsx";
import * as notFound from "./pages/not-found.tsx";
import type { SiteData } from "./parts/data.ts";

/** A page of the site, rendered only when asked. */
export interface PageFile {
  /** Relative to the output folder: `history/2022/06/index.html`. */
  path: string;
  render(): string;
}

/** The pages of a history, in a stable order. */
export function sitePages(history: History, assets: AssetPaths): PageFile[] {
  const views = siteViews(history);
  const data: SiteData = { history, views, assets };
  return [
    page(paths.home(), () => home.render(data)),
    page(paths.history(), () => historyIndex.render(data)),
    ...views.months.map((monthPage) =>
      page(monthPage.path, () => month.render({ ...data, monthPage })),
    ),
    ...history.incidents.map((incident) =>
      page(paths.incident(incident.id), () => incidentPage.render({ ...data, incident })),
    ),
    ...views.facets.map((one) => page(one.path, () => facet.render({ ...data, facet: one }))),
    ...views.facetMonths.map((one) =>
      page(one.path, () => facetMonth.render({ ...data, facetMonth: one })),
    ),
    page(paths.notFound(), () => notFound.render(data)),
  ];
}

function page(path: string, content: () => VNode): PageFile {
  return {
    path: path === "" || path.endsWith("/") ? `${path}index.html` : path,
    render: () => `<!doctype html>\n${renderToString(content())}\n`,
  };
}
