import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";

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

export interface Source {
  /** The site.yml, or null when the folder has none. */
  site: SourceFile | null;
  sitePath: string;
  incidents: SourceFile[];
  /** The names of the files beside site.yml, where its `logo` must be. */
  siteFiles: string[];
  /** Files that could not be read as UTF-8 text. */
  unreadable: { path: string; reason: string }[];
}

export interface LoadOptions {
  cwd: string;
  /** The incidents folder, holding site.yml. */
  incidents: string;
  /** Files or folders to check instead of the whole incidents folder. */
  paths?: readonly string[];
}

// ignoreBOM keeps a byte order mark in the text, so that it is seen and can be written back.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads site.yml and every incident file: the only module that reads the disk. */
export async function loadSource({ cwd, incidents, paths }: LoadOptions): Promise<Source> {
  const root = resolve(cwd, incidents);
  const shown = (path: string) => relative(cwd, path) || path;
  const source: Source = {
    site: null,
    sitePath: shown(join(root, SITE_FILE)),
    incidents: [],
    siteFiles: [],
    unreadable: [],
  };
  const read = async (path: string): Promise<SourceFile | null> => {
    try {
      const text = decoder.decode(await readFile(path));
      return text.startsWith("\uFEFF")
        ? { path: shown(path), text: text.slice(1), bom: true }
        : { path: shown(path), text };
    } catch (error) {
      source.unreadable.push({ path: shown(path), reason: describe(error) });
      return null;
    }
  };
  if (await exists(join(root, SITE_FILE))) {
    source.site = await read(join(root, SITE_FILE));
    source.siteFiles = (await readdir(root, { withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  }
  const targets = paths && paths.length > 0 ? paths.map((p) => resolve(cwd, p)) : [root];
  const files = (await Promise.all(targets.map((t) => incidentFiles(t, source, shown)))).flat();
  for (const path of [...new Set(files)].sort()) {
    const file = await read(path);
    if (file) source.incidents.push(file);
  }
  return source;
}

/** Incident files are `.md` files whose name, and whose folders' names, do not start with `_` or `.`. */
async function incidentFiles(
  target: string,
  source: Source,
  shown: (path: string) => string,
): Promise<string[]> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    source.unreadable.push({ path: shown(target), reason: describe(error) });
    return [];
  }
  if (info.isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (path) =>
        !relative(target, path)
          .split(/[\\/]/)
          .some((part) => /^[_.]/.test(part)),
    );
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

function describe(error: unknown): string {
  if (error instanceof TypeError) return "it is not valid UTF-8 text";
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "there is no such file or folder";
  if (code === "EACCES") return "permission denied";
  return String((error as Error).message ?? error);
}

/** The bytes of a file beside site.yml, such as its logo. */
export async function loadSiteFile(
  { cwd, incidents }: Omit<LoadOptions, "paths">,
  name: string,
): Promise<Uint8Array> {
  return readFile(join(resolve(cwd, incidents), name));
}
