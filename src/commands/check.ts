import { resolve } from "node:path";
import type { TextFix } from "../diagnostics/marker-problem.ts";
import { applyFixes } from "../edit/apply-fixes.ts";
import { loadSource, siteFolderOf, type Source } from "../load/source.ts";
import { MAX_FILE_BYTES } from "../parse/limits.ts";
import type { UtcDateTime } from "../model/types.ts";
import { assembleProject, type ProjectResult } from "../validate/project.ts";
import { checkSite } from "../validate/site-file.ts";
import { openCheckCache } from "../cache/check-cache.ts";
import { codeVersion } from "../cache/code-version.ts";
import { checkIncidentFiles } from "./check-files.ts";
import { sortDiagnostics } from "../validate/sort.ts";
import { rewriteFile } from "../write/files.ts";
import { stopwatch, type Timings } from "./stopwatch.ts";

export interface CheckOptions {
  cwd: string;
  incidents: string;
  paths?: readonly string[];
  now: UtcDateTime;
  /**
   * The key that signs the cache of results beside the incidents folder
   * (see src/cache/); without it nothing is read from or written to a cache.
   */
  cacheKey?: Buffer | null;
}

export interface CheckResult extends ProjectResult {
  filesChecked: number;
  /** Incident files whose result was taken from the cache. */
  fromCache: number;
  /** Milliseconds spent reading and validating. */
  timings: Timings;
}

/** A change `check --fix` made in a file. */
export interface AppliedFix extends TextFix {
  file: string;
}

/**
 * `statusmark check`: validates site.yml and the incident files. Files and
 * folders given as `paths` are checked against the nearest site.yml at or
 * above them, else against the incidents folder's; the history is null when
 * they belong to more than one site.yml.
 */
export async function check({
  cwd,
  incidents,
  paths,
  now,
  cacheKey = null,
}: CheckOptions): Promise<CheckResult> {
  const { timings, time, timeAsync } = stopwatch();
  const groups = new Map<string, string[]>();
  for (const path of paths ?? []) {
    const folder = (await siteFolderOf(cwd, path)) ?? resolve(cwd, incidents);
    groups.set(folder, [...(groups.get(folder) ?? []), path]);
  }
  if (groups.size === 0) groups.set(resolve(cwd, incidents), []);
  const results: (ProjectResult & { filesChecked: number; fromCache: number })[] = [];
  for (const [folder, given] of groups) {
    const source = await timeAsync("load", () =>
      loadSource({ cwd, incidents: folder, paths: given, maxBytes: MAX_FILE_BYTES }),
    );
    const checkedSite = time("validate", () => checkSite(source));
    // A few files are checked sooner than a whole folder's cache is read and written.
    const cached =
      cacheKey && given.length === 0
        ? time("cache", () =>
            openCheckCache({ folder, code: codeVersion(), site: checkedSite.site, key: cacheKey }),
          )
        : null;
    const files = await timeAsync("validate", () =>
      checkIncidentFiles(source.incidents, checkedSite.site, now, cached),
    );
    const result = time("validate", () => assembleProject(source, checkedSite, files, now));
    if (cached) time("cache", () => cached.save());
    results.push({
      ...result,
      filesChecked: source.incidents.length + (source.site ? 1 : 0),
      fromCache: cached?.hits ?? 0,
    });
  }
  if (results.length === 1) return { ...results[0]!, timings };
  return {
    history: null,
    diagnostics: sortDiagnostics(results.flatMap((r) => r.diagnostics)),
    filesChecked: results.reduce((sum, r) => sum + r.filesChecked, 0),
    fromCache: results.reduce((sum, r) => sum + r.fromCache, 0),
    timings,
  };
}

/** Checks what `loadSource` read: site.yml, each incident file, and the rules across files. */
export async function checkSource(source: Source, now: UtcDateTime): Promise<ProjectResult> {
  const checkedSite = checkSite(source);
  const files = await checkIncidentFiles(source.incidents, checkedSite.site, now, null);
  return assembleProject(source, checkedSite, files, now);
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
  const source = await loadSource({
    cwd,
    incidents,
    ...(paths ? { paths } : {}),
    maxBytes: MAX_FILE_BYTES,
  });
  const { diagnostics } = await checkSource(source, now);
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
