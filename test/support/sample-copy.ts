import { cp, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";

/**
 * The sample history the tests read: a frozen copy of the repository's
 * `incidents/` (as `incidents/` under this folder), so an operator's own
 * incidents never change what the tests see.
 */
export const SAMPLE_PROJECT = new URL("../fixtures/sample/", import.meta.url).pathname;

export interface TempProject {
  /** The temporary folder, holding `incidents/`. */
  cwd: string;
  remove(): Promise<void>;
}

/** A copy of the sample history in a memory-backed temporary folder. */
export async function sampleCopy(): Promise<TempProject> {
  const cwd = await mkdtemp("/dev/shm/statusmark-test-");
  await cp(join(SAMPLE_PROJECT, "incidents"), join(cwd, "incidents"), { recursive: true });
  return { cwd, remove: () => rm(cwd, { recursive: true, force: true }) };
}

/** An empty memory-backed temporary folder. */
export async function emptyFolder(): Promise<TempProject> {
  const cwd = await mkdtemp("/dev/shm/statusmark-test-");
  return { cwd, remove: () => rm(cwd, { recursive: true, force: true }) };
}
