/**
 * Writes a build's files into the output folder so that, at every instant,
 * the folder holds a complete site a host could serve, whatever happens to
 * the process:
 *
 * - a first build fills a hidden sibling folder and renames it into place;
 * - a later build changes only what differs: new files first, then changed
 *   ones (each written beside itself and renamed over the old one, so no file
 *   is ever half-written), and removes what is gone last, so no page links
 *   to a page that does not exist yet or any more;
 * - leftovers of a build that was killed (its hidden folder, a half-written
 *   file) are removed by the next one.
 *
 * Unchanged files are not touched: their bytes are compared first.
 */
import * as nodeFs from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import type { OutputBytes, OutputFile } from "./output-file.ts";

/** The file-system calls the writer makes, so a test can stop it between any two. */
export type FileSystem = Pick<
  typeof nodeFs,
  | "mkdirSync"
  | "readdirSync"
  | "readFileSync"
  | "renameSync"
  | "rmSync"
  | "statSync"
  | "writeFileSync"
>;

export interface WriteSummary {
  /** Files written because they were new or different. */
  written: number;
  unchanged: number;
  removed: number;
}

/** The prefix of every hidden file or folder a build makes beside or inside the output. */
const MARK = ".statusmark-";

/** Makes the folder `out` hold exactly `files`. */
export function writeOutput(
  out: string,
  files: readonly (OutputFile | OutputBytes)[],
  fs: FileSystem = nodeFs,
): WriteSummary {
  removeLeftovers(out, fs);
  if (!exists(out, fs)) {
    const staging = join(dirname(out), `.${basename(out)}${MARK}new-${process.pid}`);
    fs.rmSync(staging, { recursive: true, force: true });
    const made = new Set<string>();
    for (const file of files) writeFile(join(staging, file.path), file.content, fs, made);
    fs.renameSync(staging, out);
    return { written: files.length, unchanged: 0, removed: 0 };
  }
  const before = new Set(listFiles(out, fs));
  const added = files.filter((f) => !before.has(f.path));
  const changed = files.filter((f) => before.has(f.path) && differs(join(out, f.path), f, fs));
  const made = new Set<string>();
  for (const file of [...added, ...changed])
    replaceFile(join(out, file.path), file.content, fs, made);
  const wanted = new Set(files.map((f) => f.path));
  const gone = [...before].filter((path) => !wanted.has(path));
  for (const path of gone) fs.rmSync(join(out, path), { force: true });
  removeEmptyFolders(out, gone, fs);
  return {
    written: added.length + changed.length,
    unchanged: files.length - added.length - changed.length,
    removed: gone.length,
  };
}

/** Hidden siblings and half-written files left by a build that did not finish. */
function removeLeftovers(out: string, fs: FileSystem): void {
  const prefix = `.${basename(out)}${MARK}new-`;
  for (const name of readdir(dirname(out), fs)) {
    if (name.startsWith(prefix) && !isRunning(Number(name.slice(prefix.length))))
      fs.rmSync(join(dirname(out), name), { recursive: true, force: true });
  }
}

function differs(path: string, file: OutputFile | OutputBytes, fs: FileSystem): boolean {
  const content = Buffer.from(file.content);
  if (fs.statSync(path).size !== content.length) return true;
  return !content.equals(fs.readFileSync(path));
}

/** Writes beside the file, then renames over it: a reader sees the old bytes or the new. */
function replaceFile(
  path: string,
  content: string | Uint8Array,
  fs: FileSystem,
  made: Set<string>,
): void {
  const next = join(dirname(path), `.${basename(path)}${MARK}${process.pid}`);
  writeFile(next, content, fs, made);
  fs.renameSync(next, path);
}

/** Writes a file, making its folder first unless `made` says this build already did. */
function writeFile(
  path: string,
  content: string | Uint8Array,
  fs: FileSystem,
  made: Set<string>,
): void {
  const folder = dirname(path);
  if (!made.has(folder)) {
    fs.mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  fs.writeFileSync(path, content);
}

/** Every file under `dir`, as paths relative to it with `/`. */
function listFiles(dir: string, fs: FileSystem): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join("/"),
    );
}

/** Removes the folders of `removed` files, and their parents, that hold nothing any more, deepest first. */
function removeEmptyFolders(dir: string, removed: readonly string[], fs: FileSystem): void {
  const folders = new Set<string>();
  for (const path of removed)
    for (let folder = dirname(path); folder !== "."; folder = dirname(folder)) folders.add(folder);
  const deepestFirst = [...folders].sort((a, b) => b.length - a.length);
  for (const folder of deepestFirst)
    if (readdir(join(dir, folder), fs).length === 0)
      fs.rmSync(join(dir, folder), { recursive: true, force: true });
}

function exists(path: string, fs: FileSystem): boolean {
  return fs.statSync(path, { throwIfNoEntry: false }) !== undefined;
}

function readdir(dir: string, fs: FileSystem): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Whether a process with this id is alive, so its hidden folder must be left alone. */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
