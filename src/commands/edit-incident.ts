import { rewriteFile } from "../write/files.ts";
import { writeErrorMessage } from "../write/write-error.ts";
import type { Incident, UtcDateTime } from "../model/types.ts";
import { hasErrors } from "../diagnostics/diagnostic.ts";
import { checkIncidentFile } from "../validate/incident-file.ts";
import { findIncident } from "./project.ts";
import { refuse, refuseUnwritten, type WriteResult } from "./write-result.ts";

export interface EditOptions {
  cwd: string;
  incidents: string;
  /** The incident's id, file name or path. */
  id: string;
  now: UtcDateTime;
}

/**
 * Reads a valid incident, lets `edit` change its text, checks the result and
 * writes it in place. A file that has errors before or after, or whose new
 * model `verify` finds a problem with, is left alone.
 */
export async function editIncident(
  { cwd, incidents, id, now }: EditOptions,
  edit: (text: string, incident: Incident) => string | { refuse: string },
  verify: (before: Incident, after: Incident, text: string) => string | null = () => null,
): Promise<WriteResult> {
  const found = await findIncident(cwd, incidents, id);
  if (!found.ok) return refuse(found.message);
  const { file, project, absolute } = found;
  if (!project.site)
    return refuse("Fix site.yml first: incidents are checked against it", project.diagnostics);
  const before = checkIncidentFile(file, project.site, now);
  if (!before.incident)
    return refuse(
      `Nothing was written: fix the errors in ${file.path} first (\`statusmark check ${file.path}\`)`,
      before.diagnostics.filter((d) => d.severity === "error"),
    );
  const text = edit(file.text, before.incident);
  if (typeof text !== "string") return refuse(text.refuse);
  const after = checkIncidentFile({ path: file.path, text }, project.site, now);
  if (hasErrors(after.diagnostics))
    return refuseUnwritten(
      `Nothing was written: the change would not pass \`statusmark check\``,
      after.diagnostics.filter((d) => d.severity === "error"),
    );
  const problem = after.incident && verify(before.incident, after.incident, text);
  if (problem) return refuse(`Nothing was written: ${problem}`);
  try {
    await rewriteFile(absolute, text);
  } catch (error) {
    const refused = writeErrorMessage(error, file.path, "--incidents");
    if (refused === null) throw error;
    return refuse(refused);
  }
  return { ok: true, path: file.path, text, diagnostics: after.diagnostics };
}
