import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";

export type JsonFile =
  { path: string; ok: true; json: unknown } | { path: string; ok: false; reason: string };

/** Reads JSON files, and every `.json` file in the folders given, in name order. */
export async function loadJsonFiles(cwd: string, paths: readonly string[]): Promise<JsonFile[]> {
  const shown = (path: string) => relative(cwd, path) || path;
  const files: string[] = [];
  const results: JsonFile[] = [];
  for (const target of paths.map((p) => resolve(cwd, p))) {
    const info = await stat(target).catch(() => null);
    if (!info)
      results.push({ path: shown(target), ok: false, reason: "there is no such file or folder" });
    else if (info.isFile()) files.push(target);
    else {
      const entries = await readdir(target, { withFileTypes: true, recursive: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && e.name.endsWith(".json"))
          .map((e) => join(e.parentPath, e.name)),
      );
    }
  }
  for (const path of [...new Set(files)].sort()) {
    try {
      const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
      results.push({ path: shown(path), ok: true, json: JSON.parse(text) });
    } catch (error) {
      results.push({
        path: shown(path),
        ok: false,
        reason: `not JSON: ${(error as Error).message}`,
      });
    }
  }
  return results;
}
