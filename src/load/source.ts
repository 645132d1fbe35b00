import { lstat, readdir, readFile, readlink, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { describeError, kindOf, readRegularFile, type ReadResult } from "./read-file.ts";

export const SITE_FILE = "site.yml";

/** A text file as read from the disk. */
export interface SourceFile {
  /** As shown in diagnostics: relative to where the command was run. */
  path: string;
  /** The text, without a byte order mark. */
  text: string;
  /** The file started with a byte order mark, for commands that write it back. */
  bom?: boolean;
}

/** A file or folder that was not read, and why. */
export type Refusal = { path: string } & (
  | { problem: "unreadable"; reason: string; folder: boolean }
  | { problem: "too-large"; file: "incident" | "site.yml"; bytes: number; limit: number }
  | { problem: "link"; target: string; link: "outside" | "folder" | "broken" }
  /** A file named like an incident but not `.md` (`.MD`, `.markdown`): not read. */
  | { problem: "extension"; rename: string }
);

export interface Source {
  /** The site.yml, or null when the folder has none or it was refused. */
  site: SourceFile | null;
  sitePath: string;
  /** Why site.yml, or the incidents folder itself, was not read; null when read or missing. */
  siteRefusal: Refusal | null;
  incidents: SourceFile[];
  /** Incident files and folders that were not read. */
  refused: Refusal[];
  /** The names of the regular files beside site.yml, where its `logo` must be. */
  siteFiles: string[];
}

export interface LoadOptions {
  cwd: string;
  /** The incidents folder, holding site.yml. */
  incidents: string;
  /** Files or folders to check instead of the whole incidents folder. */
  paths?: readonly string[];
  /** The largest files read, in bytes: a bigger one is refused from its size, unread. */
  maxBytes: { incident: number; site: number };
}

/** Where a load stands: the folder, what was found and how paths are shown. */
interface Load {
  root: string;
  /** The incidents folder with its links resolved; null when it cannot be read. */
  realRoot: string | null;
  shown: (path: string) => string;
  source: Source;
  /** Incident files to read: the path shown (a link's own) → the path to read. */
  found: Map<string, string>;
}

/**
 * Reads site.yml and every incident file: the only module that reads the
 * disk. Only regular files are read, never bigger than `maxBytes`; a
 * symbolic link only when it points to a file inside the incidents folder,
 * since a link added in a pull request could otherwise publish any file of
 * the machine that builds the site. Everything else is refused with a reason.
 */
export async function loadSource({
  cwd,
  incidents,
  paths,
  maxBytes,
}: LoadOptions): Promise<Source> {
  const root = resolve(cwd, incidents);
  const shown = (path: string) => relative(cwd, path) || path;
  const source: Source = {
    site: null,
    sitePath: shown(join(root, SITE_FILE)),
    siteRefusal: null,
    incidents: [],
    refused: [],
    siteFiles: [],
  };
  const load: Load = { root, realRoot: null, shown, source, found: new Map() };
  const rootProblem = await folderProblem(root);
  if (rootProblem) source.siteRefusal = { path: shown(root), ...rootProblem };
  else {
    load.realRoot = await realpath(root);
    await loadSite(load, maxBytes.site);
  }
  const targets = paths && paths.length > 0 ? paths.map((p) => resolve(cwd, p)) : [];
  if (targets.length === 0 && !rootProblem) await collectFolder(root, load);
  for (const target of targets) await collectTarget(target, load);
  for (const [path, readFrom] of [...load.found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const read = readRegularFile(readFrom, maxBytes.incident);
    if (read.ok) source.incidents.push(sourceFile(shown(path), read));
    else source.refused.push(readRefusal(shown(path), read, "incident", maxBytes.incident));
  }
  return source;
}

async function folderProblem(
  root: string,
): Promise<{ problem: "unreadable"; reason: string; folder: true } | null> {
  const info = await stat(root).catch((error: unknown) => describeError(error));
  if (typeof info === "string") return { problem: "unreadable", reason: info, folder: true };
  if (info.isDirectory()) return null;
  return {
    problem: "unreadable",
    reason: `it is ${kindOf(info)}, expected the incidents folder`,
    folder: true,
  };
}

async function loadSite(load: Load, maxBytes: number): Promise<void> {
  const path = join(load.root, SITE_FILE);
  const { source, shown } = load;
  const info = await lstat(path).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (info instanceof Error) {
    if (info.code !== "ENOENT")
      source.siteRefusal = { path: source.sitePath, ...unreadable(describeError(info)) };
    return;
  }
  const readFrom = info.isSymbolicLink() ? await linkTarget(path, load) : path;
  if (typeof readFrom !== "string") {
    source.siteRefusal = { path: source.sitePath, ...readFrom };
    return;
  }
  const read = readRegularFile(readFrom, maxBytes);
  if (read.ok) {
    source.site = sourceFile(shown(path), read);
    source.siteFiles = (await readdir(load.root, { withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } else source.siteRefusal = readRefusal(source.sitePath, read, "site.yml", maxBytes);
}

/**
 * The incidents folder a file or folder given to `check` belongs to: the
 * nearest folder at or above it that holds a site.yml, or null when none does.
 */
export async function siteFolderOf(cwd: string, path: string): Promise<string | null> {
  const target = resolve(cwd, path);
  const isFolder = await stat(target).then(
    (info) => info.isDirectory(),
    () => false,
  );
  for (let folder = isFolder ? target : dirname(target); ; folder = dirname(folder)) {
    if (await exists(join(folder, SITE_FILE))) return folder;
    if (dirname(folder) === folder) return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A file or folder named on the command line: read whatever its name, if it is a file. */
async function collectTarget(target: string, load: Load): Promise<void> {
  const info = await lstat(target).catch((error: unknown) => describeError(error));
  const refuse = (problem: RefusalProblem) =>
    load.source.refused.push({ path: load.shown(target), ...problem });
  if (typeof info === "string") refuse(unreadable(info));
  else if (info.isDirectory()) await collectFolder(target, load);
  else if (info.isSymbolicLink()) {
    const readFrom = await linkTarget(target, load);
    if (typeof readFrom === "string") load.found.set(target, readFrom);
    else refuse(readFrom);
  } else if (!info.isFile())
    refuse(unreadable(`it is ${kindOf(info)}, expected an incident file or a folder`));
  else if (load.realRoot && isInside(load.root, target)) {
    // Inside the folder by its path, but maybe outside through a linked folder.
    const real = await realpath(target).catch(() => target);
    if (isInside(load.realRoot, real)) load.found.set(target, real);
    else refuse({ problem: "link", target: real, link: "outside" });
  } else load.found.set(target, target);
}

/**
 * Incident files are `.md` files whose name, and whose folders' names, do
 * not start with `_` or `.`; such folders are not even listed.
 */
async function collectFolder(folder: string, load: Load): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) =>
    describeError(error),
  );
  if (typeof entries === "string") {
    load.source.refused.push({ path: load.shown(folder), ...unreadable(entries, true) });
    return;
  }
  for (const entry of entries) {
    if (/^[_.]/.test(entry.name)) continue;
    const path = join(folder, entry.name);
    const refuse = (problem: RefusalProblem) =>
      load.source.refused.push({ path: load.shown(path), ...problem });
    const name = nameKind(entry.name);
    if (entry.isDirectory()) await collectFolder(path, load);
    else if (entry.isSymbolicLink()) {
      const readFrom = await linkTarget(path, load);
      if (typeof readFrom !== "string") {
        // A link to a folder would hide incidents; any other is refused only if named like one.
        if (name !== "other" || (readFrom.problem === "link" && readFrom.link === "folder"))
          refuse(readFrom);
      } else if (name === "incident") load.found.set(path, readFrom);
      else if (name === "misnamed") refuse(misnamed(entry.name));
    } else if (name === "other") continue;
    else if (!entry.isFile()) refuse(unreadable(`it is ${kindOf(entry)}, expected a file`));
    else if (name === "incident") load.found.set(path, path);
    else refuse(misnamed(entry.name));
  }
}

type RefusalProblem = Refusal extends infer R
  ? R extends Refusal
    ? Omit<R, "path">
    : never
  : never;

/**
 * The file a symbolic link points to, when it is a file inside the incidents
 * folder; otherwise why the link is refused.
 */
async function linkTarget(link: string, load: Load): Promise<string | RefusalProblem> {
  const target = await readlink(link).catch(() => "?");
  const real = await realpath(link).catch(() => null);
  if (real === null) return { problem: "link", target, link: "broken" };
  const info = await stat(real).catch(() => null);
  if (info === null) return { problem: "link", target, link: "broken" };
  if (info.isDirectory()) return { problem: "link", target, link: "folder" };
  if (load.realRoot === null || !isInside(load.realRoot, real))
    return { problem: "link", target, link: "outside" };
  return real;
}

/** Whether `path` is inside `folder` (not the folder itself), on the same drive. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !isAbsolute(rel) && rel.split(sep)[0] !== "..";
}

/** `.md`, an extension meant as `.md` (`.MD`, `.markdown`), or anything else. */
function nameKind(name: string): "incident" | "misnamed" | "other" {
  if (name.endsWith(".md")) return "incident";
  return /\.(md|markdown)$/i.test(name) ? "misnamed" : "other";
}

function misnamed(name: string): RefusalProblem {
  return { problem: "extension", rename: name.replace(/\.(md|markdown)$/i, ".md") };
}

function sourceFile(path: string, read: Extract<ReadResult, { ok: true }>): SourceFile {
  return read.bom ? { path, text: read.text, bom: true } : { path, text: read.text };
}

function unreadable(reason: string, folder = false): RefusalProblem {
  return { problem: "unreadable", reason, folder };
}

function readRefusal(
  path: string,
  read: Exclude<ReadResult, { ok: true }>,
  file: "incident" | "site.yml",
  limit: number,
): Refusal {
  return read.problem === "too-large"
    ? { path, problem: "too-large", file, bytes: read.bytes, limit }
    : { path, ...unreadable(read.reason) };
}

/** The bytes of a regular file beside site.yml, such as its logo. */
export async function loadSiteFile(
  { cwd, incidents }: Pick<LoadOptions, "cwd" | "incidents">,
  name: string,
): Promise<Uint8Array> {
  return readFile(join(resolve(cwd, incidents), name));
}
