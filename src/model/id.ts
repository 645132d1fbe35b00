import { basename } from "node:path";

/** An incident's id: its file name without `.md` (`2022-06-10-hypervisor-lost`). */
export function idOf(path: string): string {
  return basename(path).replace(/\.md$/, "");
}
