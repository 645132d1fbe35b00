import { resolve } from "node:path";
import { emitApi } from "../emit/api.ts";
import { emitCalendar } from "../emit/calendar.ts";
import { emitFeeds } from "../emit/feeds.tsx";
import { refuseOutputFolder } from "../write/output-folder.ts";
import { replaceFolder, writeFiles } from "../write/files.ts";
import { writeErrorMessage } from "../write/write-error.ts";
import type { UtcDateTime } from "../model/types.ts";
import { loadSiteAssets } from "../load/assets.ts";
import { siteAssets } from "../render/assets.ts";
import { sitePages } from "../../templates/site.tsx";
import { check, type CheckResult } from "./check.ts";

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
}

/** `statusmark build`: validates, then writes the site and the JSON API; any error leaves `out` as it was. */
export async function build({ cwd, incidents, out, now }: BuildOptions): Promise<BuildResult> {
  const checked = await check({ cwd, incidents, now });
  const { history } = checked;
  if (!history) return { ...checked, out: null, pages: 0, writeError: null };
  const target = resolve(cwd, out);
  const refusal = await refuseOutputFolder(target, resolve(cwd), resolve(cwd, incidents));
  if (refusal) {
    return {
      ...checked,
      out: null,
      pages: 0,
      writeError: `Unexpected --out ${target}: ${refusal}, and a build replaces it whole. Choose a folder of its own for the site.`,
    };
  }
  try {
    const assets = await loadSiteAssets();
    const { paths, files: assetFiles } = siteAssets(assets.css, assets.js);
    const pages = sitePages(history, paths).map((page) => ({
      path: page.path,
      content: page.render(),
    }));
    const files = [
      ...emitApi(history),
      ...emitFeeds(history),
      emitCalendar(history),
      ...assetFiles,
      ...pages,
    ];
    await replaceFolder(target, async (dir) => writeFiles(dir, files));
  } catch (error) {
    // Only the file system's refusals are the user's to fix; anything else is our bug.
    const writeError = writeErrorMessage(error, target, "--out");
    if (writeError === null) throw error;
    return { ...checked, out: null, pages: 0, writeError: `${writeError}.` };
  }
  return { ...checked, out: target, pages: history.incidents.length, writeError: null };
}
