import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary folder in memory where the system has one: deleting trees on disk is slow. */
export async function memoryTempDir(
  prefix: string,
): Promise<{ path: string; remove: () => Promise<void> }> {
  const parent = process.platform === "linux" ? "/dev/shm" : tmpdir();
  const path = await mkdtemp(join(parent, `statusmark-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export const projectRoot = new URL("../..", import.meta.url).pathname;

/** Copies the sample history into `dir/incidents`. */
export async function copySample(dir: string): Promise<void> {
  await cp(join(projectRoot, "incidents"), join(dir, "incidents"), { recursive: true });
}
