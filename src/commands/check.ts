import { loadSource } from "../load/source.ts";
import type { UtcDateTime } from "../model/types.ts";
import { checkProject, type ProjectResult } from "../validate/project.ts";
import { stopwatch, type Timings } from "./stopwatch.ts";

export interface CheckOptions {
  cwd: string;
  incidents: string;
  paths?: readonly string[];
  now: UtcDateTime;
}

export interface CheckResult extends ProjectResult {
  filesChecked: number;
  /** Milliseconds spent reading and validating. */
  timings: Timings;
}

/** `statusmark check`: validates site.yml and the incident files. */
export async function check({ cwd, incidents, paths, now }: CheckOptions): Promise<CheckResult> {
  const { timings, time, timeAsync } = stopwatch();
  const source = await timeAsync("load", () =>
    loadSource({ cwd, incidents, ...(paths ? { paths } : {}) }),
  );
  const result = time("validate", () => checkProject(source, now));
  return { ...result, filesChecked: source.incidents.length + (source.site ? 1 : 0), timings };
}
