import { compareText } from "../model/order.ts";
import { relative, resolve } from "node:path";
import { addSiteEntries, newSiteYml, type ComponentEntry } from "../edit/site-yml.ts";
import { rewriteFile, writeNewFile } from "../write/files.ts";
import { writeErrorMessage } from "../write/write-error.ts";
import { loadJsonFiles } from "../load/json-files.ts";
import { SITE_FILE, type SourceFile } from "../load/source.ts";
import { parseFrontmatter } from "../parse/frontmatter.ts";
import { convertIncident, type ConvertedIncident } from "../import/statuspage/convert.ts";
import { readStatuspageResponse } from "../import/statuspage/read.ts";
import type { SavedComponent, SavedIncident, SavedPage } from "../statuspage/schema.ts";
import { isStatuspageId, isZoneId } from "../model/ids.ts";
import type { UtcDateTime } from "../model/types.ts";
import { parseSite } from "../parse/site.ts";
import { readSiteUrl } from "../parse/site-url.ts";
import { hasErrors, Reporter, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { printable } from "../diagnostics/quote.ts";
import { checkIncidentFile } from "../validate/incident-file.ts";
import { loadProject } from "./project.ts";

export interface ImportOptions {
  cwd: string;
  incidents: string;
  /** Saved responses: files or folders of them. */
  paths: readonly string[];
  now: UtcDateTime;
  dryRun: boolean;
  /** Component for incidents that name none. */
  fallbackComponent: string;
  /** A zone to declare and put every imported incident in. */
  zone?: string;
}

export interface ImportedFile {
  /** Relative to `cwd`. */
  path: string;
  /**
   * `create`: written (or would be); `exists`: left as it was; `invalid`: not
   * written, it would not pass check; `unwritten`: not written, the file
   * system refused it or an earlier file (see `writeError`).
   */
  action: "create" | "exists" | "invalid" | "unwritten";
  sourceId: string;
  updates: number;
  text: string;
  diagnostics: Diagnostic[];
  /** True when the incident named no component and got `--component`'s. */
  defaultComponent: boolean;
  /** The file name without its `-2` suffix, when another incident of the import took it; else null. */
  suffixedFrom: string | null;
  /** Times that were impossible and what was written instead, in words. */
  corrections: string[];
}

export interface ImportResult {
  /** How many incidents and maintenances the responses hold, each counted once. */
  incidentsRead: number;
  /** The component given to incidents that name none. */
  fallbackComponent: string;
  /** Inputs that were not Statuspage responses, or incidents that could not be read. */
  skipped: { path: string; reason: string }[];
  site: {
    path: string;
    action: "create" | "update" | "unchanged";
    components: string[];
    zones: string[];
    text: string;
  };
  files: ImportedFile[];
  /** Problems with site.yml that stopped the import before anything was written. */
  diagnostics: Diagnostic[];
  /** Whether site.yml and the files were written (false for a dry run). */
  written: boolean;
  /** True when the files hold no incident that passes check and no component to declare: nothing is written. */
  nothingToImport: boolean;
  /** A write the file system refused, which stopped the import there; null when none was. */
  writeError: string | null;
}

/** Why `--zone` cannot be used, checked before anything is read; null when it can. */
export function refuseImportZone(zone: string): string | null {
  return isZoneId(zone)
    ? null
    : `Unexpected --zone \`${zone}\`, expected capital letters and digits such as \`PAR\``;
}

/**
 * `statusmark import statuspage`: converts saved Statuspage API responses
 * into incident files and declares their components in site.yml. Every file
 * is checked before it is written; an existing file is never overwritten.
 */
export async function importStatuspage(options: ImportOptions): Promise<ImportResult> {
  const { cwd, incidents, now, dryRun } = options;
  const inputs = await loadJsonFiles(cwd, options.paths);
  const skipped: ImportResult["skipped"] = [];
  let page: SavedPage | null = null;
  const byId = new Map<string, SavedIncident>();
  const known = new Map<string, SavedComponent>();
  for (const input of inputs) {
    if (!input.ok) {
      skipped.push({ path: input.path, reason: input.reason });
      continue;
    }
    const read = readStatuspageResponse(input.json);
    if (!read.ok) {
      skipped.push({ path: input.path, reason: read.reason });
      continue;
    }
    for (const reason of read.skipped) skipped.push({ path: input.path, reason });
    page ??= read.response.page;
    for (const c of read.response.components) known.set(c.id, c);
    for (const incident of read.response.incidents) {
      for (const c of incident.components ?? []) if (!known.has(c.id)) known.set(c.id, c);
      // The same incident may be saved twice (summary and list): keep the latest.
      const seen = byId.get(incident.id);
      if (!seen || (incident.updated_at ?? "") > (seen.updated_at ?? ""))
        byId.set(incident.id, incident);
    }
  }

  const zones = options.zone ? [options.zone] : [];
  const converted: ConvertedIncident[] = [];
  for (const incident of byId.values()) {
    const result = convertIncident(incident, {
      fallbackComponent: options.fallbackComponent,
      zones,
    });
    if (result.ok) converted.push(result.incident);
    else
      skipped.push({
        path: `Statuspage incident ${printable(incident.id)}`,
        reason: result.reason,
      });
  }
  converted.sort((a, b) => compareText(a.start, b.start) || compareText(a.sourceId, b.sourceId));

  const project = await loadProject(cwd, incidents);
  const siteAbsolute = resolve(cwd, incidents, SITE_FILE);
  const sitePath = relative(cwd, siteAbsolute);
  const before = project.source.site?.text ?? null;
  const declared = new Set(project.site?.components.map((c) => c.name) ?? []);
  const declaredZones = new Set(project.site?.zones.map((z) => z.id) ?? []);
  const groups = new Map([...known.values()].filter((c) => c.group).map((c) => [c.id, c.name]));
  const wanted = new Set(converted.flatMap((c) => c.components));
  const ordered = inPageOrder([...known.values()]);
  const leaves = ordered.map((c) => c.name);
  const newComponents: ComponentEntry[] = [];
  const keptIds = new Set(
    project.site?.components.flatMap((c) => (c.statuspageId ? [c.statuspageId] : [])) ?? [],
  );
  for (const name of [...leaves, ...[...wanted].sort()]) {
    if (declared.has(name) || newComponents.some((c) => c.name === name)) continue;
    if (!wanted.has(name) && !leaves.includes(name)) continue;
    const source = ordered.find((c) => c.name === name);
    const id = source && isStatuspageId(source.id) && !keptIds.has(source.id) ? source.id : null;
    if (id !== null) keptIds.add(id);
    newComponents.push({
      name,
      description: source?.description?.trim() || null,
      group: (source?.group_id && groups.get(source.group_id)) || null,
      id,
      showcase: source?.showcase ?? true,
    });
  }
  const newZones = zones.filter((z) => !declaredZones.has(z)).map((id) => ({ id }));
  const base =
    before ??
    newSiteYml(
      page?.name?.trim() || "Status",
      siteUrlOf(page),
      `Imported from the Statuspage of ${page?.name?.trim() || "the service"}.`,
    );
  const siteText = addSiteEntries(base, newComponents, newZones);
  const siteReport = new Reporter(sitePath);
  const site = parseSite(siteText, siteReport);
  const result: ImportResult = {
    incidentsRead: byId.size,
    fallbackComponent: options.fallbackComponent,
    skipped,
    site: {
      path: sitePath,
      action: before === null ? "create" : siteText === before ? "unchanged" : "update",
      components: newComponents.map((c) => c.name),
      zones: newZones.map((z) => z.id),
      text: siteText,
    },
    files: [],
    diagnostics: siteReport.diagnostics,
    written: false,
    nothingToImport: false,
    writeError: null,
  };
  if (!site || hasErrors(siteReport.diagnostics)) return result;

  const taken = new Set(project.ids.keys());
  const imported = importedBefore(project.source.incidents);
  const batch = new Set<string>();
  for (const incident of converted) {
    // Imported before, maybe renamed since: that file is kept as it is.
    const earlier = imported.get(incident.sourceId);
    if (earlier) {
      result.files.push({
        path: earlier,
        action: "exists",
        sourceId: incident.sourceId,
        updates: incident.updates,
        text: incident.text,
        diagnostics: [],
        defaultComponent: incident.defaultComponent,
        suffixedFrom: null,
        corrections: incident.corrections,
      });
      continue;
    }
    let id = incident.id;
    for (let n = 2; batch.has(id); n++) id = `${incident.id}-${n}`;
    batch.add(id);
    const path = relative(cwd, resolve(cwd, incidents, `${id}.md`));
    const checked = checkIncidentFile({ path, text: incident.text }, site, now);
    const posts = checked.incident?.updates.length ?? incident.posts;
    if (posts !== incident.posts) {
      // A guard: no Statuspage text may add or hide an update.
      skipped.push({
        path: `Statuspage incident ${incident.sourceId}`,
        reason: `its text would read back as ${posts} posts instead of ${incident.posts}`,
      });
      continue;
    }
    result.files.push({
      path,
      action: taken.has(id) ? "exists" : hasErrors(checked.diagnostics) ? "invalid" : "create",
      sourceId: incident.sourceId,
      updates: incident.updates,
      text: incident.text,
      diagnostics: checked.diagnostics,
      defaultComponent: incident.defaultComponent,
      suffixedFrom: id === incident.id ? null : incident.id,
      corrections: incident.corrections,
    });
  }
  // Nothing to import: write nothing, not even a site.yml with a placeholder URL.
  if (
    result.files.every((f) => f.action === "invalid") &&
    newComponents.length + newZones.length === 0
  )
    return {
      ...result,
      site: { ...result.site, action: "unchanged", components: [], zones: [], text: before ?? "" },
      nothingToImport: true,
    };
  if (dryRun) return result;
  await writeImport(result, cwd, siteAbsolute, before === null);
  return result;
}

/** The files of the project that carry a Statuspage id (`id:`), by that id. */
function importedBefore(files: readonly SourceFile[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = parseFrontmatter(file.text, new Reporter(file.path))?.fields?.find(
      (f) => f.key === "id",
    )?.value;
    if (typeof id === "string") byId.set(id, file.path);
  }
  return byId;
}

/**
 * Writes site.yml, then each new incident file, never over an existing one.
 * A write the file system refuses stops the import there, said in
 * `writeError`; the files written before it stay, and a second import keeps
 * them and writes the rest.
 */
async function writeImport(
  result: ImportResult,
  cwd: string,
  siteAbsolute: string,
  newSite: boolean,
): Promise<void> {
  const refused = (error: unknown, path: string) => {
    const message = writeErrorMessage(error, path, "--incidents");
    if (message === null) throw error;
    return message;
  };
  try {
    if (result.site.action !== "unchanged") {
      if (newSite) await writeNewFile(siteAbsolute, result.site.text);
      else await rewriteFile(siteAbsolute, result.site.text);
    }
  } catch (error) {
    result.writeError = refused(error, result.site.path);
    for (const file of result.files) if (file.action === "create") file.action = "unwritten";
    return;
  }
  result.written = true;
  for (const file of result.files.filter((f) => f.action === "create")) {
    if (result.writeError !== null) {
      file.action = "unwritten";
      continue;
    }
    try {
      await writeNewFile(resolve(cwd, file.path), file.text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") file.action = "exists";
      else {
        result.writeError = refused(error, file.path);
        file.action = "unwritten";
      }
    }
  }
}

/**
 * The leaf components in the order the hosted page shows them: groups and
 * ungrouped components by `position`, each group's members by theirs.
 */
function inPageOrder(components: readonly SavedComponent[]): SavedComponent[] {
  const byPosition = (list: SavedComponent[]) =>
    list.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  const groupIds = new Set(components.filter((c) => c.group).map((c) => c.id));
  const top = byPosition(components.filter((c) => !c.group_id || !groupIds.has(c.group_id)));
  return top.flatMap((c) =>
    c.group ? byPosition(components.filter((m) => m.group_id === c.id && !m.group)) : [c],
  );
}

/** The page's URL when site.yml would accept it, else a placeholder to replace. */
function siteUrlOf(page: SavedPage | null): string {
  return page?.url && readSiteUrl(page.url).ok ? page.url : "https://status.example.com/";
}
