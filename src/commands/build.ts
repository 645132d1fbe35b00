import { resolve } from "node:path";
import { emitApi } from "../emit/api.ts";
import { emitBadges, faviconFile } from "../emit/badges.ts";
import { emitCalendar } from "../emit/calendar.ts";
import { emitFeeds } from "../emit/feeds.tsx";
import { refuseOutputFolder } from "../write/output-folder.ts";
import { lockOutput } from "../write/lock.ts";
import { writeOutput, type AnyOutputFile, type WriteSummary } from "../write/output.ts";
import { readOutputManifest, saveOutputManifest } from "../cache/output-manifest.ts";
import { codeVersion } from "../cache/code-version.ts";
import { writeErrorMessage } from "../write/write-error.ts";
import type { History, UtcDateTime } from "../model/types.ts";
import type { OutputManifest } from "../write/output-file.ts";
import { loadSiteFile } from "../load/source.ts";
import { paths } from "../model/urls.ts";
import { loadSiteAssets } from "../load/assets.ts";
import { siteAssets } from "../render/assets.ts";
import { sitePages } from "../../templates/site.tsx";
import { check, type CheckResult } from "./check.ts";
import { stopwatch } from "./stopwatch.ts";

export interface BuildOptions {
  cwd: string;
  incidents: string;
  out: string;
  now: UtcDateTime;
  /** Signs the cache of checked files beside the incidents folder; none without it. */
  cacheKey?: Buffer | null;
}

export interface BuildResult extends CheckResult {
  /** Absolute path of the output folder; null when nothing was written. */
  out: string | null;
  pages: number;
  /** Why the output was not written: a folder that cannot be created or must not be replaced. */
  writeError: string | null;
  /** What changed in the output folder; null when nothing was written. */
  written: WriteSummary | null;
}

/** `statusmark build`: validates, then writes the site and the JSON API; any error leaves `out` as it was. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { cwd, incidents, out, now, cacheKey = null } = options;
  const checked = await check({ cwd, incidents, now, cacheKey });
  const { history } = checked;
  const refused = (writeError: string | null): BuildResult => ({
    ...checked,
    out: null,
    pages: 0,
    writeError,
    written: null,
  });
  if (!history) return refused(null);
  const target = resolve(cwd, out);
  const root = resolve(cwd, incidents);
  const refusal = await refuseOutputFolder(target, resolve(cwd), root);
  if (refusal)
    return refused(
      `Unexpected --out ${target}: ${refusal}. Choose a folder of its own for the site: a build removes what it did not write there.`,
    );
  const { time } = stopwatch(checked.timings);
  const known: OutputManifest = cacheKey
    ? time("cache", () => readOutputManifest(root, target, cacheKey))
    : new Map();
  const code = cacheKey ? codeVersion() : "";
  const files: AnyOutputFile[] = await siteFiles(history, { code, known }, time);
  const { logo } = history.site;
  if (logo !== null)
    files.push({ path: paths.logo(logo), content: await loadSiteFile({ cwd, incidents }, logo) });
  try {
    const lock = lockOutput(target);
    if (!lock.ok)
      return refused(
        `Another build (process ${lock.heldBy}) is writing ${target}: wait for it to finish, then build again.`,
      );
    try {
      const { manifest, ...written } = time("write", () =>
        writeOutput(target, files, undefined, known),
      );
      const same =
        manifest.size === known.size && [...manifest].every(([p, e]) => known.get(p) === e);
      if (cacheKey && !same)
        time("cache", () => saveOutputManifest(root, target, manifest, cacheKey));
      return {
        ...checked,
        out: target,
        pages: history.incidents.length,
        writeError: null,
        written,
      };
    } finally {
      lock.release();
    }
  } catch (error) {
    // Only the file system's refusals are the user's to fix; anything else is our bug.
    const writeError = writeErrorMessage(error, target, "--out");
    if (writeError === null) throw error;
    return refused(`${writeError}.`);
  }
}

/**
 * Every file of the site: the JSON API, feeds, calendar, assets and pages,
 * each stage timed. Pages that have a key are left to the writer to render
 * when the output does not hold them already, as `known` (the manifest of
 * the last build) tells; `code` goes into their keys.
 */
async function siteFiles(
  history: History,
  { code, known }: { code: string; known: OutputManifest },
  time: <T>(stage: string, run: () => T) => T,
): Promise<AnyOutputFile[]> {
  const assets = await loadSiteAssets();
  const { paths: assetPaths, files: assetFiles } = siteAssets(assets.css, assets.js);
  const files: AnyOutputFile[] = [
    ...time("json", () => [...emitApi(history), ...emitBadges(history), faviconFile(history)]),
    ...time("feeds", () => emitFeeds(history)),
    time("calendar", () => emitCalendar(history)),
    ...assetFiles,
    ...time("pages", () =>
      sitePages(history, assetPaths, (path, key) => known.get(path)?.key === `${code}${key}`).map(
        ({ path, render, key }) =>
          key === undefined ? { path, content: render() } : { path, key, render },
      ),
    ),
  ];
  // Another Statusmark may make other bytes from the same inputs.
  return files.map((file) => ("key" in file ? { ...file, key: `${code}${file.key}` } : file));
}
