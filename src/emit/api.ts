import type { History } from "../model/types.ts";
import { paths } from "../model/urls.ts";
import { incidentJson } from "./incident-json.ts";

export interface OutputFile {
  /** Relative to the output folder, with `/`. */
  path: string;
  content: string;
}

/** Every JSON API file of a build. */
export function emitApi(history: History): OutputFile[] {
  return history.incidents.map((incident) =>
    json(paths.incidentJson(incident.id), incidentJson(history.site, incident)),
  );
}

function json(path: string, value: unknown): OutputFile {
  return { path, content: JSON.stringify(value, null, 2) + "\n" };
}
