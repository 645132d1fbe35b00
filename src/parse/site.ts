import { isZoneId } from "../model/ids.ts";
import { slugify } from "../model/slug.ts";
import type { Component, Site, Zone } from "../model/types.ts";
import type { Reporter } from "../diagnostics/diagnostic.ts";
import { reportForbiddenCharacters } from "./characters.ts";
import { LIMITS } from "./limits.ts";
import { readSiteUrl } from "./site-url.ts";
import { readYamlFields, type Field, type Item } from "./yaml.ts";

const SITE_KEYS = ["title", "url", "description", "components", "zones"] as const;
const ENTRY_KEYS = { component: ["name", "description", "group"], zone: ["id", "name"] } as const;

/**
 * Reads `site.yml`: the title, the absolute base URL and the declared
 * components and zones. Returns null, with the problems reported, when
 * incidents cannot be checked against it.
 */
export function parseSite(text: string, report: Reporter): Site | null {
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
  const components = readComponents(byKey.get("components"), report);
  const zones = readZones(byKey.get("zones"), report);
  if (report.diagnostics.length > problemsBefore || title === null || url === null) return null;
  return { title, url, description, components, zones };
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

function listItems(field: Field | undefined, report: Reporter): NonNullable<Field["items"]> {
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
    components.push({
      name,
      slug,
      description: textOf(entry, "description"),
      group: textOf(entry, "group"),
    });
  }
  return components;
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
