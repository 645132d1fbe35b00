import { isRealDate } from "../model/calendar.ts";
import { isStatuspageId, isZoneId } from "../model/ids.ts";
import { slugify } from "../model/slug.ts";
import type { Component, Site, Zone } from "../model/types.ts";
import type { Reporter } from "../diagnostics/diagnostic.ts";
import { reportForbiddenCharacters } from "./characters.ts";
import { LIMITS } from "./limits.ts";
import { readSiteUrl } from "./site-url.ts";
import { readYamlFields, type Field, type Item } from "./yaml.ts";

const SITE_KEYS = [
  "title",
  "url",
  "description",
  "logo",
  "home_url",
  "support_url",
  "components",
  "zones",
] as const;
const ENTRY_KEYS = {
  component: ["name", "description", "group", "since", "uptime", "id", "showcase"],
  zone: ["id", "name"],
} as const;

/** What a logo may be: an image any browser shows. */
const LOGO_FILE = /^[^/\\]+\.(svg|png|jpe?g|webp)$/i;

/**
 * Reads `site.yml`: the title, the absolute base URL, the optional logo and
 * links, and the declared components and zones. `files` names the files
 * beside it, where a logo must be. Returns null, with the problems reported,
 * when incidents cannot be checked against it.
 */
export function parseSite(
  text: string,
  report: Reporter,
  files: readonly string[] = [],
): Site | null {
  const problemsBefore = report.diagnostics.length;
  reportForbiddenCharacters(text, report);
  const fields = readYamlFields(text, report, "site.yml");
  if (fields === null) return null;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const field of fields) {
    if (!(SITE_KEYS as readonly string[]).includes(field.key)) {
      report.error("key-unknown", field.keyAt, {
        actual: field.key,
        expected: SITE_KEYS,
        file: "site.yml",
      });
    }
  }
  const title = readText(byKey, "title", report);
  const url = readUrl(byKey, report);
  const description = byKey.has("description") ? readText(byKey, "description", report) : null;
  const logo = byKey.has("logo") ? readLogo(byKey, files, report) : null;
  const homeUrl = byKey.has("home_url") ? readLink(byKey, "home_url", report) : null;
  const supportUrl = byKey.has("support_url") ? readLink(byKey, "support_url", report) : null;
  const components = readComponents(byKey.get("components"), report);
  const zones = readZones(byKey.get("zones"), report);
  if (report.diagnostics.length > problemsBefore || title === null || url === null) return null;
  return { title, url, description, components, zones, logo, homeUrl, supportUrl };
}

function readLogo(
  byKey: Map<string, Field>,
  files: readonly string[],
  report: Reporter,
): string | null {
  const name = readText(byKey, "logo", report);
  if (name === null) return null;
  const at = byKey.get("logo")!.valueAt;
  if (!LOGO_FILE.test(name)) report.error("site-logo", at, { name, problem: "type" });
  else if (!files.includes(name)) report.error("site-logo", at, { name, problem: "missing" });
  else return name;
  return null;
}

/** A link to another site: an absolute `http` or `https` URL without credentials. */
function readLink(
  byKey: Map<string, Field>,
  key: "home_url" | "support_url",
  report: Reporter,
): string | null {
  const text = readText(byKey, key, report);
  if (text === null) return null;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (
    url !== null &&
    /^https?:$/.test(url.protocol) &&
    url.username === "" &&
    url.password === "" &&
    /^https?:\/\/[^/\s]/i.test(text)
  )
    return url.href;
  report.error("site-link", byKey.get(key)!.valueAt, { key, url: text });
  return null;
}

function readUrl(byKey: Map<string, Field>, report: Reporter): string | null {
  const text = readText(byKey, "url", report);
  if (text === null) return null;
  const read = readSiteUrl(text);
  if (read.ok) return read.url;
  report.error("site-url", byKey.get("url")!.valueAt, { url: text, problem: read.problem });
  return null;
}

function readText(byKey: Map<string, Field>, key: string, report: Reporter): string | null {
  const field = byKey.get(key);
  if (!field) {
    report.error("key-required", { line: 1, column: 1 }, { key, example: null });
    return null;
  }
  if (typeof field.value === "string" && field.value.trim() !== "") return field.value;
  report.error("value-type", field.valueAt, { read: field.read, key, want: "text" });
  return null;
}

function listItems(field: Field | undefined, report: Reporter): Item[] {
  if (!field || field.items) return field?.items ?? [];
  report.error("value-type", field.valueAt, { read: field.read, key: field.key, want: "a list" });
  return [];
}

function readComponents(field: Field | undefined, report: Reporter): Component[] {
  const components: Component[] = [];
  for (const item of entries(field, "component", report)) {
    const entry = typeof item.value === "string" ? { name: item.value } : item.value;
    const name = textOf(entry, "name");
    if (name === null) {
      report.error("value-type", item.at, { entry: "component" });
      continue;
    }
    const slug = slugify(name);
    if (slug === "") {
      report.error("component-slug-empty", item.at, { component: name });
      continue;
    }
    const length = Math.max(name.length, slug.length);
    if (length > LIMITS.nameLength) {
      report.error("value-too-long", item.at, {
        what: "component",
        length,
        limit: LIMITS.nameLength,
      });
      continue;
    }
    const twin = components.find((c) => c.slug === slug);
    if (twin) {
      report.error("site-duplicate", item.at, { component: name, slug, twin: twin.name });
      continue;
    }
    const statuspageId = textOf(entry, "id");
    const showcase = (entry as Record<string, unknown>).showcase ?? true;
    if ((statuspageId !== null && !isStatuspageId(statuspageId)) || typeof showcase !== "boolean") {
      report.error("value-type", item.at, { entry: "component" });
      continue;
    }
    const sameId = components.find((c) => statuspageId !== null && c.statuspageId === statuspageId);
    if (sameId) {
      report.error("site-duplicate", item.at, { componentId: statuspageId!, twin: sameId.name });
      continue;
    }
    // Badges are `badges/{slug}.svg`, `badges/{slug}-uptime.svg` and `badges/overall.svg`.
    const uptimeOf = components.find((c) => slug === `${c.slug}-uptime`);
    const stateOf = components.find((c) => c.slug === `${slug}-uptime`);
    if (slug === "overall" || uptimeOf || stateOf) {
      report.error("site-duplicate", item.at, {
        component: name,
        badge: stateOf ? `${slug}-uptime.svg` : `${slug}.svg`,
        twin: (uptimeOf ?? stateOf)?.name ?? null,
      });
      continue;
    }
    components.push({
      name,
      slug,
      description: textOf(entry, "description"),
      group: textOf(entry, "group"),
      statuspageId,
      showcase,
      ...componentOptions(item, report),
    });
  }
  return components;
}

/** `since` and `uptime` of a component entry; its unknown keys are reported by `entries`. */
function componentOptions(item: Item, report: Reporter): { since: string | null; uptime: boolean } {
  let since: string | null = null;
  let uptime = true;
  for (const entry of item.keys ?? []) {
    if (entry.name === "since") {
      if (typeof entry.value === "string" && isRealDate(entry.value)) since = entry.value;
      else
        report.error("value-type", entry.valueAt, {
          read: entry.read,
          key: "since",
          want: "the first day to count, such as `2021-03-01`",
        });
    } else if (entry.name === "uptime") {
      if (typeof entry.value === "boolean") uptime = entry.value;
      else
        report.error("value-type", entry.valueAt, {
          read: entry.read,
          key: "uptime",
          want: "`false` to hide the uptime bar, or `true`",
        });
    }
  }
  return { since, uptime };
}

function readZones(field: Field | undefined, report: Reporter): Zone[] {
  const zones: Zone[] = [];
  for (const item of entries(field, "zone", report)) {
    const id = textOf(item.value, "id");
    const name = textOf(item.value, "name") ?? id;
    const length = Math.max(id?.length ?? 0, name?.length ?? 0);
    if (id === null || !isZoneId(id)) {
      report.error("value-type", item.at, { entry: "zone" });
    } else if (length > LIMITS.nameLength) {
      report.error("value-too-long", item.at, { what: "zone", length, limit: LIMITS.nameLength });
    } else if (zones.some((z) => z.id === id)) {
      report.error("site-duplicate", item.at, { zone: id });
    } else {
      zones.push({ id, name: name ?? id });
    }
  }
  return zones;
}

/**
 * The entries of `components` or `zones` up to the limit on their number,
 * each entry's unknown keys reported with the closest known one.
 */
function entries(field: Field | undefined, kind: "component" | "zone", report: Reporter): Item[] {
  const items = listItems(field, report);
  const limit = kind === "component" ? LIMITS.components : LIMITS.zones;
  const over = items[limit];
  if (over) {
    report.error("file-too-large", over.at, { entries: `${kind}s`, limit });
  }
  for (const item of items.slice(0, limit)) {
    for (const key of item.keys ?? []) {
      if (!(ENTRY_KEYS[kind] as readonly string[]).includes(key.name))
        report.error("key-unknown", key.at, {
          actual: key.name,
          expected: ENTRY_KEYS[kind],
          file: "site.yml",
          entry: kind,
        });
    }
  }
  return items.slice(0, limit);
}

function textOf(entry: unknown, key: string): string | null {
  if (typeof entry !== "object" || entry === null) return null;
  const value = (entry as Record<string, unknown>)[key];
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
