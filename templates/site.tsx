/**
 * Every page of the site: its path and how to render it. Pages are Preact
 * components rendered to strings, which escape text by default; the only
 * markup they take as it is, the updates' HTML, was sanitised when the model
 * was built.
 */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Day, History, Incident } from "../src/model/types.ts";
import { paths } from "../src/model/urls.ts";
import { formatMonth } from "../src/present/format-date.ts";
import type { AssetPaths } from "../src/render/assets.ts";
import { splitMonth, type MonthPart } from "../src/render/month-parts.ts";
import { fitsBudget } from "../src/render/page-weight.ts";
import { contentKey, objectKey } from "../src/model/content-key.ts";
import { phaseOf } from "../src/model/phase.ts";
import { siteViews, type Facet, type MonthPage } from "../src/render/views.ts";
import * as facetMonth from "./pages/facet-month.tsx";
import * as facet from "./pages/facet.tsx";
import * as historyIndex from "./pages/history.tsx";
import * as home from "./pages/home.tsx";
import * as incidentPage from "./pages/incident.tsx";
import * as monthPart from "./pages/month-part.tsx";
import * as month from "./pages/month.tsx";
import * as notFound from "./pages/not-found.tsx";
import * as year from "./pages/year.tsx";
import type { SiteData } from "./parts/data.ts";

/** A page of the site, rendered only when asked. */
export interface PageFile {
  /** Relative to the output folder: `history/2022/06/index.html`. */
  path: string;
  render(): string;
  /**
   * Names all the page is made from, for a page that a build may skip
   * rendering when the last one wrote the same key; absent for the others.
   */
  key?: string;
}

/**
 * Whether the output already holds the page at `path` made from `key`, as
 * the last build's manifest says; such a page is neither rendered nor
 * weighed again.
 */
export type Unchanged = (path: string, key: string) => boolean;

/**
 * The pages of a history, in a stable order. Month pages are rendered here
 * already, unless unchanged: whether a month needs splitting is decided by
 * the weight of its page.
 */
export function sitePages(
  history: History,
  assets: AssetPaths,
  unchanged: Unchanged = () => false,
): PageFile[] {
  const views = siteViews(history);
  const data: SiteData = { history, views, assets };
  const keys = pageKeys(history, assets);
  const monthFiles = (
    monthPage: MonthPage,
    of: monthPart.PartOf,
    whole: (parts: MonthPart[] | null) => VNode,
    part: (of: monthPart.PartOf, part: MonthPart) => VNode,
  ) => {
    const key = keys.month(monthPage, of.prefix);
    const path = fileOf(monthPage.path);
    if (unchanged(path, key)) return [{ ...page(monthPage.path, () => whole(null)), key }];
    return splitIfHeavy(monthPage, of, whole, part, key);
  };
  return [
    boundedHome(data),
    page(paths.history(), () => historyIndex.render(data)),
    ...views.years.map((yearPage) => page(yearPage.path, () => year.render({ ...data, yearPage }))),
    ...views.months.flatMap((monthPage) =>
      monthFiles(
        monthPage,
        { prefix: "", name: formatMonth(monthPage.month.month), path: monthPage.path },
        (parts) => month.render({ ...data, monthPage, parts }),
        (of, part) => monthPart.render({ ...data, of, part }),
      ),
    ),
    ...history.incidents.map((incident) => ({
      ...page(paths.incident(incident.id), () => incidentPage.render({ ...data, incident })),
      // What an incident page shows: the incident, its phase at now, the site and the assets.
      key: keys.incident(incident),
    })),
    ...views.facets.map((one) => boundedFacet(data, one)),
    ...views.facetMonths.flatMap((one) =>
      monthFiles(
        one,
        { prefix: `${one.facet.name}, `, name: formatMonth(one.month.month), path: one.path },
        (parts) => facetMonth.render({ ...data, facetMonth: one, parts }),
        (of, part) => monthPart.render({ ...data, of, part }),
      ),
    ),
    page(paths.notFound(), () => notFound.render(data)),
  ];
}

/**
 * The home page, keeping of its days' incidents the newest that fit its
 * weight; the others are left to the history, linked from the page.
 */
function boundedHome(data: SiteData): PageFile {
  const whole = html(home.render(data));
  if (fitsBudget(whole)) return rendered(paths.home(), whole);
  const days = data.views.recentDays;
  const total = days.reduce((sum, d) => sum + d.incidents.length, 0);
  const keeping = (kept: number): SiteData => {
    const shown = newestIncidents(days, kept);
    const cut = days.flatMap((d) => d.incidents.map(() => d.date))[kept]!;
    return {
      ...data,
      views: { ...data.views, recentDays: shown },
      recentOmitted: { count: total - kept, path: `${paths.month(cut.slice(0, 7))}#day-${cut}` },
    };
  };
  // The most incidents that fit, found by halving: weight grows with the number kept.
  let low = 0;
  let high = total - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsBudget(html(home.render(keeping(middle))))) low = middle;
    else high = middle - 1;
  }
  return rendered(paths.home(), html(home.render(keeping(low))));
}

/**
 * A component's or a zone's page, with fewer of its latest incidents when
 * their updates are too long for its weight; its months hold them all.
 */
function boundedFacet(data: SiteData, one: Facet): PageFile {
  const render = (kept: number) =>
    html(
      facet.render({
        ...data,
        facet: { ...one, latest: newestIncidents(one.latest, kept) },
      }),
    );
  return {
    path: fileOf(one.path),
    render: () => {
      let kept = one.latest.reduce((sum, d) => sum + d.incidents.length, 0);
      let text = render(kept);
      while (kept > 0 && !fitsBudget(text)) text = render(--kept);
      return text;
    },
  };
}

/** The days, newest first, up to the `count`th incident: later days dropped, the last one cut. */
function newestIncidents(days: readonly Day[], count: number): Day[] {
  const kept: Day[] = [];
  let left = count;
  for (const day of days) {
    if (left === 0 && day.incidents.length > 0) break;
    kept.push({ date: day.date, incidents: day.incidents.slice(0, left) });
    left -= Math.min(left, day.incidents.length);
  }
  return kept;
}

/**
 * Keys naming all that an incident's page and a month's page are made
 * from: the site, the assets, and each incident with its phase at now (and
 * now itself while it is not over, in case a page counts from it).
 */
function pageKeys(history: History, assets: AssetPaths) {
  const { now } = history;
  const site = contentKey(history.site, assets);
  const ofIncident = new Map(
    history.incidents.map((incident) => {
      const phase = phaseOf(incident, now);
      const over = incident.end !== null && incident.end <= now;
      return [incident.id, contentKey(objectKey(incident), phase, over ? "" : now)];
    }),
  );
  return {
    incident: (incident: Incident) => contentKey(site, ofIncident.get(incident.id)!),
    month: ({ month, path, older, newer }: MonthPage, prefix: string) =>
      contentKey(site, prefix, path, older, newer, month.month, month.incidentCount, [
        ...month.days.map((day) => [day.date, day.incidents.map((i) => ofIncident.get(i.id)!)]),
      ]),
  };
}

/** A month's page, or, when it is too heavy, its index and the pages it is split into. */
function splitIfHeavy(
  monthPage: MonthPage,
  of: monthPart.PartOf,
  whole: (parts: MonthPart[] | null) => VNode,
  part: (of: monthPart.PartOf, part: MonthPart) => VNode,
  key: string,
): PageFile[] {
  const single = html(whole(null));
  if (fitsBudget(single)) return [{ ...rendered(monthPage.path, single), key }];
  const parts = splitMonth(monthPage.month, monthPage.path, (draft) =>
    fitsBudget(html(part(of, { ...draft, incidentCount: 0, older: null, newer: null }))),
  );
  return [
    rendered(monthPage.path, html(whole(parts))),
    ...parts.map((one) => page(one.path, () => part(of, one))),
  ];
}

function page(path: string, content: () => VNode): PageFile {
  return { path: fileOf(path), render: () => html(content()) };
}

function rendered(path: string, text: string): PageFile {
  return { path: fileOf(path), render: () => text };
}

function fileOf(path: string): string {
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

function html(content: VNode): string {
  return `<!doctype html>\n${renderToString(content)}\n`;
}
