import { resolve } from "node:path";
import { loadSource, siteFolderOf } from "../load/source.ts";
import type { UtcDateTime } from "../model/types.ts";
import { checkProject, type ProjectResult } from "../validate/project.ts";
import { sortDiagnostics } from "../validate/sort.ts";

export interface CheckOptions {
  cwd: string;
  incidents: string;
  paths?: readonly string[];
  now: UtcDateTime;
}

export interface CheckResult extends ProjectResult {
  filesChecked: number;
}

/**
 * `statusmark check`: validates site.yml and the incident files. Files and
 * folders given as `paths` are checked against the nearest site.yml at or
 * above them, else against the incidents folder's; the history is null when
 * they belong to more than one site.yml.
 */
export async function check({ cwd, incidents, paths, now }: CheckOptions): Promise<CheckResult> {
  const groups = new Map<string, string[]>();
  for (const path of paths ?? []) {
    const folder = (await siteFolderOf(cwd, path)) ?? resolve(cwd, incidents);
    groups.set(folder, [...(groups.get(folder) ?? []), path]);
  }
  if (groups.size === 0) groups.set(resolve(cwd, incidents), []);
  const results = await Promise.all(
    [...groups].map(async ([folder, given]) => {
      const source = await loadSource({ cwd, incidents: folder, paths: given });
      const result = checkProject(source, now);
      return { ...result, filesChecked: source.incidents.length + (source.site ? 1 : 0) };
    }),
  );
  if (results.length === 1) return results[0]!;
  return {
    history: null,
    diagnostics: sortDiagnostics(results.flatMap((r) => r.diagnostics)),
    filesChecked: results.reduce((sum, r) => sum + r.filesChecked, 0),
  };
}
