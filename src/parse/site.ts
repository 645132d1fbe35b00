import { slugify } from "../model/slug.ts";
import type { Component, Site, Zone } from "../model/types.ts";
import { code, oneOf, type Reporter } from "../validate/diagnostic.ts";
import { suggest } from "../validate/fields.ts";
import { readYamlFields } from "./yaml.ts";

const SITE_KEYS = ["title", "url", "description", "components", "zones"] as const;
const ZONE_ID = /^[A-Z0-9][A-Z0-9-]*$/;

/**
 * Reads `site.yml`: the title, the absolute base URL and the declared
 * components and zones. Returns null when incidents cannot be checked against it.
 */
export function parseSite(text: string, report: Reporter): Site | null {
  const fields = readYamlFields(text, report);
  if (fields === null) return null;
  const byKey = new Map(fields.map((f) => [f.key, f]));
  let ok = report.diagnostics.length === 0;
  for (const field of fields) {
    if (!(SITE_KEYS as readonly string[]).includes(field.key)) {
      const guess = suggest(field.key, SITE_KEYS);
      report.error(
        "key-unknown",
        field.keyAt,
        `Unexpected key ${code(field.key)} in site.yml, ${guess ? `did you mean ${code(guess)}?` : `expected ${oneOf(SITE_KEYS)}`}`,
      );
      ok = false;
    }
  }
  const text_ = (key: string, required: boolean): string | null => {
    const field = byKey.get(key);
    if (!field) {
      if (required) {
        report.error(
          "key-required",
          { line: 1, column: 1 },
          `Missing required key ${code(key)} in site.yml`,
        );
        ok = false;
      }
      return null;
    }
    if (typeof field.value === "string" && field.value.trim() !== "") return field.value;
    report.error(
      "value-type",
      field.valueAt,
      `Unexpected ${field.read} for ${code(key)}, expected text`,
    );
    ok = false;
    return null;
  };
  const title = text_("title", true);
  const url = text_("url", true);
  const description = text_("description", false);
  if (url !== null && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(url)) {
    report.error(
      "value-type",
      byKey.get("url")!.valueAt,
      `Unexpected ${code(url)} for \`url\`, expected an absolute URL such as \`https://status.example.com/\``,
    );
    ok = false;
  }
  const components: Component[] = [];
  const zones: Zone[] = [];
  for (const item of byKey.get("components")?.items ?? []) {
    const entry = typeof item.value === "string" ? { name: item.value } : item.value;
    const name = field(entry, "name");
    if (name === null) {
      report.error(
        "value-type",
        item.at,
        "Expected a component as `- name: Name` with optional `description` and `group`",
      );
      ok = false;
      continue;
    }
    const component = {
      name,
      slug: slugify(name),
      description: field(entry, "description"),
      group: field(entry, "group"),
    };
    const twin = components.find((c) => c.slug === component.slug);
    if (twin) {
      report.error(
        "site-duplicate",
        item.at,
        `Unexpected second component ${code(name)}: its page would be \`/components/${component.slug}/\` like ${code(twin.name)}'s`,
      );
      ok = false;
    } else components.push(component);
  }
  for (const item of byKey.get("zones")?.items ?? []) {
    const id = field(item.value, "id");
    if (id === null || !ZONE_ID.test(id)) {
      report.error(
        "value-type",
        item.at,
        "Expected a zone as `- id: PAR` (capital letters and digits) with an optional `name: Paris`",
      );
      ok = false;
      continue;
    }
    if (zones.some((z) => z.id === id)) {
      report.error("site-duplicate", item.at, `Unexpected second zone ${code(id)}`);
      ok = false;
    } else zones.push({ id, name: field(item.value, "name") ?? id });
  }
  if (!ok || title === null || url === null) return null;
  return { title, url: url.endsWith("/") ? url : url + "/", description, components, zones };
}

function field(entry: unknown, key: string): string | null {
  if (typeof entry !== "object" || entry === null) return null;
  const value = (entry as Record<string, unknown>)[key];
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
