import type { Source } from "../load/source.ts";
import type { Site } from "../model/types.ts";
import { parseSite } from "../parse/site.ts";
import { Reporter, type Diagnostic } from "../diagnostics/diagnostic.ts";

/** Reads the incidents folder's site.yml; null with diagnostics when it is missing or wrong. */
export function checkSite(source: Source): { site: Site | null; diagnostics: Diagnostic[] } {
  const report = new Reporter(source.sitePath);
  if (!source.site) {
    report.error("site-missing", { line: 1, column: 1 });
    return { site: null, diagnostics: report.diagnostics };
  }
  return {
    site: parseSite(source.site.text, report, source.siteFiles),
    diagnostics: report.diagnostics,
  };
}
