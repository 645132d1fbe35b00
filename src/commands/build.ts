import { resolve } from "node:path";
import { emitApi } from "../emit/api.ts";
import { emitBadges, faviconFile } from "../emit/badges.ts";
import { emitCalendar } from "../emit/calendar.ts";
import { emitFeeds } from "../emit/feeds.tsx";
import { refuseOutputFolder } from "../write/output-folder.ts";
import { lockOutput } from "../write/lock.ts";
import { writeOutput, type WriteSummary } from "../write/output.ts";
import { writeErrorMessage } from "../write/write-error.ts";
import type { History, UtcDateTime } from "../model/types.ts";
import type { OutputBytes, OutputFile } from "../write/output-file.ts";
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
export async function build({ cwd, incidents, out, now }: BuildOptions): Promise<BuildResult> {
  const checked = await check({ cwd, incidents, now });
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
  const refusal = await refuseOutputFolder(target, resolve(cwd), resolve(cwd, incidents));
  if (refusal)
    return refused(
      `Unexpected --out ${target}: ${refusal}. Choose a folder of its own for the site: a build removes what it did not write there.`,
    );
  const { time } = stopwatch(checked.timings);
  const files: (OutputFile | OutputBytes)[] = await siteFiles(history, time);
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
      const written = time("write", () => writeOutput(target, files));
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

/** Every file of the site: the JSON API, feeds, calendar, assets and pages, each stage timed. */
async function siteFiles(
  history: History,
  time: <T>(stage: string, run: () => T) => T,
): Promise<OutputFile[]> {
  const assets = await loadSiteAssets();
  const { paths: assetPaths, files: assetFiles } = siteAssets(assets.css, assets.js);
  return [
    ...time("json", () => [...emitApi(history), ...emitBadges(history), faviconFile(history)]),
    ...time("feeds", () => emitFeeds(history)),
    time("calendar", () => emitCalendar(history)),
    ...assetFiles,
    ...time("pages", () =>
      sitePages(history, assetPaths).map((page) => ({ path: page.path, content: page.render() })),
    ),
  ];
}
