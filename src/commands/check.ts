import { resolve } from "node:path";
import type { TextFix } from "../diagnostics/marker-problem.ts";
import { applyFixes } from "../edit/apply-fixes.ts";
import { loadSource } from "../load/source.ts";
import type { UtcDateTime } from "../model/types.ts";
import { checkProject, type ProjectResult } from "../validate/project.ts";
import { rewriteFile } from "../write/files.ts";

export interface CheckOptions {
  cwd: string;
  incidents: string;
  paths?: readonly string[];
  now: UtcDateTime;
}

export interface CheckResult extends ProjectResult {
  filesChecked: number;
}

/** A change `check --fix` made in a file. */
export interface AppliedFix extends TextFix {
  file: string;
}

/** `statusmark check`: validates site.yml and the incident files. */
export async function check({ cwd, incidents, paths, now }: CheckOptions): Promise<CheckResult> {
  const source = await loadSource({ cwd, incidents, ...(paths ? { paths } : {}) });
  const result = checkProject(source, now);
  return { ...result, filesChecked: source.incidents.length + (source.site ? 1 : 0) };
}

/**
 * `statusmark check --fix`: rewrites in place what a diagnostic knows how to
 * fix (near-miss update markers), keeping every other byte of each file, then
 * checks again. Only files that change are written.
 */
export async function checkAndFix(
  options: CheckOptions,
): Promise<CheckResult & { fixed: AppliedFix[] }> {
  const { cwd, incidents, paths, now } = options;
  const source = await loadSource({ cwd, incidents, ...(paths ? { paths } : {}) });
  const { diagnostics } = checkProject(source, now);
  const fixed: AppliedFix[] = [];
  for (const file of source.incidents) {
    const fixes = diagnostics.flatMap((d) => (d.file === file.path && d.fix ? [d.fix] : []));
    if (fixes.length === 0) continue;
    const { text, applied } = applyFixes(file.text, fixes);
    if (text === file.text) continue;
    await rewriteFile(resolve(cwd, file.path), (file.bom ? "\uFEFF" : "") + text);
    fixed.push(...applied.map((fix) => ({ file: file.path, ...fix })));
  }
  return { ...(await check(options)), fixed };
}
