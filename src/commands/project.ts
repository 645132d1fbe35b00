import { resolve } from "node:path";
import { idOf } from "../model/ids.ts";
import type { Site } from "../model/types.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { code } from "../diagnostics/quote.ts";
import { checkSite } from "../validate/site-file.ts";
import { suggest } from "../diagnostics/suggest.ts";
import { MAX_FILE_BYTES } from "../parse/limits.ts";
import { loadSource, type Source, type SourceFile } from "../load/source.ts";

export interface Project {
  source: Source;
  /** Null when site.yml is missing or has an error; see `diagnostics`. */
  site: Site | null;
  diagnostics: Diagnostic[];
  /** Incident ids (file names without `.md`) and their files. */
  ids: Map<string, SourceFile>;
}

/** Reads the incidents folder and its site.yml, for commands that add to it. */
export async function loadProject(cwd: string, incidents: string): Promise<Project> {
  const source = await loadSource({ cwd, incidents, maxBytes: MAX_FILE_BYTES });
  const { site, diagnostics } = checkSite(source);
  const ids = new Map(source.incidents.map((file) => [idOf(file.path), file]));
  return { source, site, diagnostics, ids };
}

export type FoundIncident =
  | { ok: true; project: Project; file: SourceFile; absolute: string }
  | { ok: false; message: string };

/** Finds an incident by id, file name or path. */
export async function findIncident(
  cwd: string,
  incidents: string,
  wanted: string,
): Promise<FoundIncident> {
  const project = await loadProject(cwd, incidents);
  const id = idOf(wanted);
  const file = project.ids.get(id);
  if (file) return { ok: true, project, file, absolute: resolve(cwd, file.path) };
  const guess = suggest(id, [...project.ids.keys()]);
  return {
    ok: false,
    message:
      `No incident ${code(id)} in ${incidents}: ` +
      (guess
        ? `did you mean ${code(guess)}?`
        : "give the file name without `.md`, such as `2022-06-10-hypervisor-lost`"),
  };
}
