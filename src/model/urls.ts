import type { Site } from "./types.ts";

/** Site-relative paths of pages and files: the URLs are part of the contract. */
export const paths = {
  incident: (id: string) => `incidents/${id}/`,
  incidentJson: (id: string) => `api/v1/incidents/${id}.json`,
};

/** The absolute URL of a site-relative path. */
export function absolute(site: Site, path: string): string {
  return site.url + path;
}
