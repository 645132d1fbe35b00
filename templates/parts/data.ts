import type { SitePages } from "../../src/render/views.ts";
import type { History } from "../../src/model/types.ts";
import type { AssetPaths } from "../../src/render/assets.ts";

/** The global data every template receives (see src/render/site.ts). */
export interface SiteData {
  history: History;
  views: SitePages;
  assets: AssetPaths;
  /** Incidents of the home page's days left out to keep it within its weight, and where they are. */
  recentOmitted?: { count: number; path: string };
}

/** Turns a site-relative path into the href to use on the current page. */
export type To = (path: string) => string;
