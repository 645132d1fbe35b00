import { MAX_FILE_BYTES } from "../parse/limits.ts";
import { loadSource } from "../load/source.ts";
import type { UtcDateTime } from "../model/types.ts";
import { checkProject, type ProjectResult } from "../validate/project.ts";

export interface CheckOptions {
  cwd: string;
  incidents: string;
  paths?: readonly string[];
  now: UtcDateTime;
}

export interface CheckResult extends ProjectResult {
  filesChecked: number;
}

/** `statusmark check`: validates site.yml and the incident files. */
export async function check({ cwd, incidents, paths, now }: CheckOptions): Promise<CheckResult> {
  const source = await loadSource({
    cwd,
    incidents,
    ...(paths ? { paths } : {}),
    maxBytes: MAX_FILE_BYTES,
  });
  const result = checkProject(source, now);
  return { ...result, filesChecked: source.incidents.length + (source.site ? 1 : 0) };
}
