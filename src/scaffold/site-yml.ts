import { addSiteEntries, newSiteYml, type ZoneEntry } from "../edit/site-yml.ts";

/** What `statusmark init` asks for: the page's title and address, its components and zones. */
export interface SiteAnswers {
  title: string;
  url: string;
  components: readonly string[];
  zones: readonly ZoneEntry[];
}

/** A new status repository's `incidents/site.yml`. */
export function siteYml({ title, url, components, zones }: SiteAnswers): string {
  const head = newSiteYml(
    title,
    url,
    [
      "The status page: its title, the address it is served from (every link and",
      "feed is built from `url`), and the components and zones incidents may name.",
      "Add a component's `description` and `group`, or a zone's `name`, at any time;",
      "the format: node_modules/statusmark/docs/format.md",
    ].join("\n "),
  );
  return addSiteEntries(
    head,
    components.map((name) => ({ name })),
    zones,
  );
}
