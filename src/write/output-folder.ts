import { readdir, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { apiV1 } from "../model/urls.ts";

/**
 * Why `out` must not be written by a build, or null when it may. A build
 * removes what it did not write there, so it refuses a file, a folder that
 * holds the project or the incidents, and a non-empty folder it did not write
 * itself.
 */
export async function refuseOutputFolder(
  out: string,
  cwd: string,
  incidents: string,
): Promise<string | null> {
  if (out === cwd || isInside(cwd, out)) return "it holds the working folder";
  if (out === incidents || isInside(incidents, out)) return "it holds the incidents";
  if (isInside(out, incidents)) return "it is inside the incidents folder";
  const info = await stat(out).catch(() => null);
  if (info === null) return refuseParent(out);
  if (!info.isDirectory()) return "it is a file, not a folder";
  const entries = await readdir(out);
  if (entries.length === 0) return null;
  const written = await stat(join(out, apiV1.status)).then(
    (s) => s.isFile(),
    () => false,
  );
  return written ? null : "it is not empty and was not written by statusmark build";
}

/** The nearest existing folder above a folder to create must be a folder. */
async function refuseParent(out: string): Promise<string | null> {
  for (let path = dirname(out); path !== dirname(path); path = dirname(path)) {
    const info = await stat(path).catch(() => null);
    if (info !== null) return info.isDirectory() ? null : `${path} is a file, not a folder`;
  }
  return null;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep);
}
