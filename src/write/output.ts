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
import { createHash } from "node:crypto";
import type { LazyOutputFile, OutputBytes, OutputFile, OutputManifest } from "./output-file.ts";

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

export type AnyOutputFile = OutputFile | OutputBytes | LazyOutputFile;

/**
 * Makes the folder `out` hold exactly `files`. A file that `known` (the
 * manifest of the last build) records with the same key, size and time is
 * left as it is, unread and, when lazy, unrendered; the manifest of what the
 * folder holds afterwards is returned for the next build.
 */
export function writeOutput(
  out: string,
  files: readonly AnyOutputFile[],
  fs: FileSystem = nodeFs,
  known: OutputManifest = new Map(),
): WriteSummary & { manifest: OutputManifest } {
  removeLeftovers(out, fs);
  const manifest: OutputManifest = new Map();
  const record = (folder: string, path: string, key: string) => {
    const { size, mtimeMs } = fs.statSync(join(folder, path));
    manifest.set(path, { key, size, mtimeMs });
  };
  if (!exists(out, fs)) {
    const staging = join(dirname(out), `.${basename(out)}${MARK}new-${process.pid}`);
    fs.rmSync(staging, { recursive: true, force: true });
    const made = new Set<string>();
    for (const file of files) {
      writeFile(join(staging, file.path), contentOf(file), fs, made);
      record(staging, file.path, keyOf(file));
    }
    fs.renameSync(staging, out);
    return { written: files.length, unchanged: 0, removed: 0, manifest };
  }
  const before = new Set(listFiles(out, fs));
  const added: Resolved[] = [];
  const changed: Resolved[] = [];
  for (const file of files) {
    const path = join(out, file.path);
    const key = keyOf(file);
    const was = known.get(file.path);
    if (before.has(file.path) && was?.key === key && sameFile(path, was, fs)) {
      manifest.set(file.path, was);
      continue;
    }
    const resolved = { path: file.path, key, content: contentOf(file) };
    if (!before.has(file.path)) added.push(resolved);
    else if (differs(path, resolved.content, fs)) changed.push(resolved);
    else record(out, file.path, key);
  }
  const made = new Set<string>();
  for (const file of [...added, ...changed]) {
    replaceFile(join(out, file.path), file.content, fs, made);
    record(out, file.path, file.key);
  }
  const wanted = new Set(files.map((f) => f.path));
  const gone = [...before].filter((path) => !wanted.has(path));
  for (const path of gone) fs.rmSync(join(out, path), { force: true });
  removeEmptyFolders(out, gone, fs);
  return {
    written: added.length + changed.length,
    unchanged: files.length - added.length - changed.length,
    removed: gone.length,
    manifest,
  };
}

interface Resolved {
  path: string;
  key: string;
  content: string | Uint8Array;
}

function contentOf(file: AnyOutputFile): string | Uint8Array {
  return "render" in file ? file.render() : file.content;
}

/** A lazy file's key; else a hash of the bytes, which is faster than reading the file back. */
function keyOf(file: AnyOutputFile): string {
  if ("render" in file) return file.key;
  return createHash("sha1").update(file.content).digest("base64url");
}

/** Whether the file is still as the manifest recorded it, so nobody changed it since. */
function sameFile(path: string, was: { size: number; mtimeMs: number }, fs: FileSystem): boolean {
  const now = fs.statSync(path, { throwIfNoEntry: false });
  return now !== undefined && now.size === was.size && now.mtimeMs === was.mtimeMs;
}

/** Hidden siblings and half-written files left by a build that did not finish. */
function removeLeftovers(out: string, fs: FileSystem): void {
  const prefix = `.${basename(out)}${MARK}new-`;
  for (const name of readdir(dirname(out), fs)) {
    if (name.startsWith(prefix) && !isRunning(Number(name.slice(prefix.length))))
      fs.rmSync(join(dirname(out), name), { recursive: true, force: true });
  }
}

function differs(path: string, file: string | Uint8Array, fs: FileSystem): boolean {
  const content = Buffer.from(file);
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
