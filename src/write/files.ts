import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes a file that must not exist yet; fails with `EEXIST` rather than overwrite one. */
export async function writeNewFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, { flag: "wx" });
}

/** Replaces a file's content at once, so a reader never sees half of it. */
export async function rewriteFile(path: string, text: string): Promise<void> {
  const next = join(dirname(path), `.${basename(path)}.next-${process.pid}`);
  try {
    await writeFile(next, text);
    await rename(next, path);
  } catch (error) {
    // A full disk can leave half a temporary file: never leave it beside the incidents.
    await rm(next, { force: true });
    throw error;
  }
}
