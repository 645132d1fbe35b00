import { mkdirSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { OutputFile } from "./output-file.ts";

/**
 * Writes files under a folder, creating the folders they need. One at a time
 * and synchronously: thousands of small files are written faster that way
 * than through promises, and never run out of file descriptors.
 */
export function writeFiles(dir: string, files: readonly OutputFile[]): void {
  for (const folder of new Set(files.map((f) => dirname(join(dir, f.path)))))
    mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.path), file.content);
}

/**
 * Builds into a fresh folder beside `out` and swaps it in only when the build
 * has finished, so a failed build leaves the previous output untouched.
 */
export async function replaceFolder(
  out: string,
  fill: (dir: string) => Promise<void>,
): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  const next = join(dirname(out), `.${basename(out)}.next-${stamp}`);
  const previous = join(dirname(out), `.${basename(out)}.previous-${stamp}`);
  await mkdir(next, { recursive: true });
  try {
    await fill(next);
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    throw error;
  }
  const hadPrevious = await rename(out, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  await rename(next, out);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

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
