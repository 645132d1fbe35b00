import type { ImportResult } from "./import-statuspage.ts";

/**
 * What an import did, as lines for the operator, the same for a dry run: how
 * many incidents were read and written, which got the default component, which
 * file names got a suffix, which times were corrected and what was dropped.
 */
export function importReport(result: ImportResult, dryRun: boolean): string[] {
  const { files, skipped, incidentsRead } = result;
  const written = files.filter((f) => f.action === "create").length;
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const lines = [
    `Import report: ${plural(incidentsRead, "incident")} read; ${plural(written, "file")} ${dryRun ? "to write" : "written"}, ${files.length - written} not written; ${plural(skipped.length, "item")} dropped.`,
  ];
  for (const file of files) {
    if (file.defaultComponent)
      lines.push(`  ${file.path}: named no component, given ${result.fallbackComponent}`);
    if (file.suffixedFrom !== null)
      lines.push(
        `  ${file.path}: suffixed, another incident of the import is ${file.suffixedFrom}.md`,
      );
    for (const correction of file.corrections)
      lines.push(`  ${file.path}: corrected, ${correction}`);
  }
  for (const { path, reason } of skipped) lines.push(`  ${path}: dropped, ${reason}`);
  return lines;
}
