import { basename } from "node:path";

/** An incident's id: `YYYY-MM-DD-slug`, with a slug of lowercase `a-z0-9` words joined by `-`. */
export const INCIDENT_ID = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** A zone's id: capital letters, digits and `-` (`PAR`, `EU-WEST`). */
export const ZONE_ID = /^[A-Z0-9][A-Z0-9-]*$/;

/** An incident's id: its file name without `.md` (`2022-06-10-hypervisor-lost`). */
export function idOf(path: string): string {
  return basename(path).replace(/\.md$/, "");
}

/** Whether `id` is a zone id site.yml accepts. */
export function isZoneId(id: string): boolean {
  return ZONE_ID.test(id);
}

/** A Statuspage id as api/v2 gives it: lowercase letters and digits (`p7wnq0rj2s1f`). */
export const STATUSPAGE_ID = /^[a-z0-9]+$/;

/** Whether `id` can be kept as an incident's or a component's id in api/v2. */
export function isStatuspageId(id: string): boolean {
  return STATUSPAGE_ID.test(id);
}
