import { basename, join, relative, resolve } from "node:path";
import { takenPaths } from "../load/existing.ts";
import { isZoneId } from "../model/ids.ts";
import { slugify } from "../model/slug.ts";
import type { UtcDateTime } from "../model/types.ts";
import { hasErrors, Reporter, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { code } from "../diagnostics/quote.ts";
import { parseSite } from "../parse/site.ts";
import { scaffoldFiles, scaffoldPaths } from "../scaffold/files.ts";
import type { SiteAnswers } from "../scaffold/site-yml.ts";
import { checkIncidentFile } from "../validate/incident-file.ts";
import { writeNewFile } from "../write/files.ts";
import type { ZoneEntry } from "../edit/site-yml.ts";

export type { SiteAnswers } from "../scaffold/site-yml.ts";

export interface InitOptions {
  cwd: string;
  /** The folder of the new status repository, relative to `cwd`; created if need be. */
  dir: string;
  /** The example incident is dated just before it. */
  now: UtcDateTime;
  /** The statusmark version the repository will depend on. */
  version: string;
  /** The answers, or the questions to ask once nothing is in the way (null when cancelled). */
  input: SiteAnswers | (() => Promise<SiteAnswers | null>);
}

export type InitResult =
  | {
      ok: true;
      /** The files written, relative to `cwd`. */
      files: string[];
      /** The example incident to delete, relative to `cwd`. */
      example: string;
    }
  | {
      ok: false;
      /** What went wrong and what to do, one sentence. */
      message: string;
      /** Files already there, relative to `cwd`: init never overwrites one. */
      taken: string[];
      /** The problems with site.yml or the example incident, if any. */
      diagnostics: Diagnostic[];
    };

function refuse(
  message: string,
  more: { taken?: string[]; diagnostics?: Diagnostic[] } = {},
): InitResult {
  return { ok: false, message, taken: more.taken ?? [], diagnostics: more.diagnostics ?? [] };
}

/**
 * `statusmark init`: writes a new status repository into `dir`: site.yml and
 * an example incident, a package.json depending on statusmark, .gitignore,
 * the check and deploy workflows and a README. Writes nothing when any of
 * these files exists, or when site.yml or the example would not pass check.
 */
export async function init({ cwd, dir, now, version, input }: InitOptions): Promise<InitResult> {
  const root = resolve(cwd, dir);
  const shown = (path: string) => relative(cwd, path) || ".";
  const taken = (await takenPaths(root, scaffoldPaths(now))).map(shown);
  if (taken.length > 0)
    return refuse(
      `Nothing was written: ${taken.length === 1 ? "this file is" : "these files are"} already there, and init never overwrites one. Choose a new folder, as in \`statusmark init my-status\``,
      { taken },
    );
  const answers = typeof input === "function" ? await input() : input;
  if (answers === null) return refuse("Nothing was written: the questions were cancelled");
  const missing = refuseAnswers(answers);
  if (missing) return refuse(missing);
  const files = scaffoldFiles(answers, {
    name: slugify(basename(root)) || "status-page",
    version,
    now,
  });
  const [site, example] = files.map((f) => ({ path: shown(join(root, f.path)), text: f.content }));
  const report = new Reporter(site!.path);
  const parsed = parseSite(site!.text, report);
  const diagnostics = [
    ...report.diagnostics,
    ...(parsed ? checkIncidentFile(example!, parsed, now).diagnostics : []),
  ];
  if (parsed === null || hasErrors(diagnostics))
    return refuse(
      `Nothing was written: ${site!.path} would not pass \`statusmark check\`; fix the answer it names`,
      { diagnostics },
    );
  const written: string[] = [];
  for (const file of files) {
    const path = join(root, file.path);
    try {
      await writeNewFile(path, file.content);
    } catch (error) {
      const { code: errno } = error as NodeJS.ErrnoException;
      if (typeof errno !== "string") throw error;
      return refuse(
        `Cannot write ${shown(path)} (${errno})${written.length > 0 ? `, after ${written.join(", ")}` : ""}: check the folder and its permissions`,
      );
    }
    written.push(shown(path));
  }
  return { ok: true, files: written, example: example!.path };
}

/** A zone as `--zone` takes it: `PAR`, or `PAR=Paris` with its name. */
export function readZone(text: string): ZoneEntry {
  const [id = "", ...name] = text.split("=");
  const rest = name.join("=").trim();
  return rest === "" ? { id: id.trim() } : { id: id.trim(), name: rest };
}

/** Why the answers cannot make a site.yml: a missing title, URL or component, or a bad zone id. */
function refuseAnswers({ title, url, components, zones }: SiteAnswers): string | null {
  if (title.trim() === "") return 'Missing --title: name the page, as in --title "Acme status"';
  if (url.trim() === "")
    return "Missing --url: give the address the page will be served from, as in --url https://status.example.com/";
  if (components.length === 0)
    return "Missing --component: name at least one part of the service incidents are about, as in --component API";
  const bad = zones.find((z) => !isZoneId(z.id));
  if (bad)
    return `Unexpected zone id ${code(bad.id)}, expected capital letters, digits and -, as in --zone PAR or --zone "PAR=Paris"`;
  return null;
}
