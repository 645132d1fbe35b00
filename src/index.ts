/**
 * Statusmark's programmatic API: each command of the CLI as a function that
 * takes `{ cwd, … }` and a `now`, and returns data; nothing prints or exits.
 */
export { check, type CheckOptions, type CheckResult } from "./commands/check.ts";
export { build, type BuildOptions, type BuildResult } from "./commands/build.ts";
export { newIncident, type NewIncidentInput, type NewIncidentOptions } from "./commands/new.ts";
export { updateIncident, type UpdateOptions } from "./commands/update.ts";
export { resolveIncident, type ResolveOptions } from "./commands/resolve.ts";
export type { WriteResult } from "./commands/write-result.ts";
export {
  importStatuspage,
  type ImportOptions,
  type ImportResult,
} from "./commands/import-statuspage.ts";
export { serve, type Preview, type ServeEvent, type ServeOptions } from "./commands/serve/serve.ts";
export { init, type InitOptions, type InitResult, type SiteAnswers } from "./commands/init.ts";
export { resolveNow, type NowResult } from "./commands/now.ts";
export type { Cause, Diagnostic, Severity } from "./diagnostics/diagnostic.ts";
export {
  FORMATS,
  formatGithub,
  formatJson,
  formatLines,
  formatText,
  summary,
  type Format,
} from "./report/format.ts";
export type { History, Incident, Site, UtcDateTime } from "./model/types.ts";
