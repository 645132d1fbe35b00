import type { Source } from "../load/source.ts";
import type { Site } from "../model/types.ts";
import { parseSite } from "../parse/site.ts";
import { Reporter, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { withinStack } from "./limits.ts";
import { refusalDiagnostics } from "./refusals.ts";

export interface CheckedSite {
  /** Null when site.yml is missing, unreadable or wrong. */
  site: Site | null;
  diagnostics: Diagnostic[];
}

/** Reads the incidents folder's site.yml; null with diagnostics when it is missing, unreadable or wrong. */
export function checkSite(source: Source): CheckedSite {
  if (source.siteRefusal)
    return { site: null, diagnostics: refusalDiagnostics(source.siteRefusal) };
  const report = new Reporter(source.sitePath);
  if (!source.site) {
    report.error("site-missing", { line: 1, column: 1 });
    return { site: null, diagnostics: report.diagnostics };
  }
  const { text } = source.site;
  const site = withinStack(
    () => parseSite(text, report, source.siteFiles),
    () => {
      report.error("yaml-too-complex", { line: 1, column: 1 }, { overflow: true });
      return null;
    },
  );
  return { site, diagnostics: report.diagnostics };
}
