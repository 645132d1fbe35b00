import type { Site } from "./types.ts";

/** Site-relative paths of pages and files: the URLs are part of the contract. */
export const paths = {
  home: () => "",
  history: () => "history/",
  year: (year: string) => `history/${year}/`,
  month: (month: string) => `history/${month.replace("-", "/")}/`,
  incident: (id: string) => `incidents/${id}/`,
  component: (slug: string) => `components/${slug}/`,
  componentMonth: (slug: string, month: string) => `components/${slug}/${month.replace("-", "/")}/`,
  zone: (id: string) => `zones/${id}/`,
  zoneMonth: (id: string, month: string) => `zones/${id}/${month.replace("-", "/")}/`,
  atom: () => "feed.atom",
  rss: () => "feed.rss",
  calendar: () => "maintenance.ics",
  notFound: () => "404.html",
  favicon: () => "favicon.svg",
  /** The logo of site.yml, copied under a fixed name with its own extension. */
  logo: (name: string) => `logo.${name.slice(name.lastIndexOf(".") + 1).toLowerCase()}`,
  badge: (name: string) => `badges/${name}.svg`,
  badgeEndpoint: (slug: string) => `badges/${slug}.json`,
  incidentJson: (id: string) => `api/v1/incidents/${id}.json`,
};

/** Site-relative paths of the native JSON API, `api/v1/`. */
export const apiV1 = {
  status: "api/v1/status.json",
  incidents: "api/v1/incidents.json",
  /** The first file of the list of incidents, then its continuations when it is too long for one. */
  incidentsPage: (page: number) =>
    page === 1 ? "api/v1/incidents.json" : `api/v1/incidents/pages/${page}.json`,
  incident: paths.incidentJson,
  history: "api/v1/history.json",
  /** The first file of a month, then its continuations when it is too long for one. */
  historyMonth: (month: string, page = 1) =>
    page === 1 ? `api/v1/history/${month}.json` : `api/v1/history/${month}/${page}.json`,
  components: "api/v1/components.json",
  zones: "api/v1/zones.json",
  uptime: "api/v1/uptime.json",
  schema: (name: string) => `api/v1/schemas/${name}.schema.json`,
};

/** Site-relative paths of the Statuspage-compatible JSON API, `api/v2/`. */
export const apiV2 = {
  summary: "api/v2/summary.json",
  status: "api/v2/status.json",
  components: "api/v2/components.json",
  incidents: "api/v2/incidents.json",
  unresolvedIncidents: "api/v2/incidents/unresolved.json",
  scheduledMaintenances: "api/v2/scheduled-maintenances.json",
  upcomingMaintenances: "api/v2/scheduled-maintenances/upcoming.json",
  activeMaintenances: "api/v2/scheduled-maintenances/active.json",
};

/** The absolute URL of a site-relative path. */
export function absolute(site: Site, path: string): string {
  return site.url + path;
}

/**
 * A link from the site's root path to site-relative `to`, for pages served at
 * any URL (404.html). It starts with exactly one `/`, so it stays on the
 * site's own host whatever the base URL's path holds: `//host/x` or `/\\host/x`
 * would load from another host.
 */
export function rooted(site: Site, to: string): string {
  return "/" + `${new URL(site.url).pathname}${to}`.replace(/^[/\\]+/, "");
}

/**
 * A link from the page at site-relative `from` to site-relative `to`, relative
 * so the site works under any path prefix: `history/2022/06/` → `incidents/x/`
 * is `../../../incidents/x/`; a link to the page itself is `./`.
 */
export function relative(from: string, to: string): string {
  const fromDirs = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (
    common < fromDirs.length &&
    common < toParts.length - 1 &&
    fromDirs[common] === toParts[common]
  )
    common++;
  const link = "../".repeat(fromDirs.length - common) + toParts.slice(common).join("/");
  return link === "" ? "./" : link;
}
