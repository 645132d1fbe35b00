import { parseDateTime } from "../parse/datetime.ts";
import type { Field } from "../parse/frontmatter.ts";
import {
  FRONTMATTER_KEYS,
  IMPACTS,
  type FrontmatterKey,
  type Impact,
  type Site,
  type UtcDateTime,
} from "../model/types.ts";
import type { Position, Reporter } from "../diagnostics/diagnostic.ts";
import { code } from "../diagnostics/quote.ts";
import { isStatuspageId } from "../model/ids.ts";

export interface Located<T> {
  value: T;
  at: Position;
}

/** The frontmatter read into typed values; a value that failed to read is absent. */
export interface IncidentFields {
  components: Located<string>[];
  zones: Located<string>[];
  start?: Located<UtcDateTime>;
  end?: Located<UtcDateTime>;
  scheduled?: Located<UtcDateTime>;
  retroactive: boolean;
  impact?: Located<Impact>;
  id?: Located<string>;
}

/** The keys every incident needs, with the line to add when one is missing. */
const REQUIRED = { component: "component: Name", start: "start: 2022-06-10 05:23" };

/** Null when site.yml could not be read: names are then not checked against it. */
type Declared = Site | null;

type Reader = (field: Field, fields: IncidentFields, site: Declared, report: Reporter) => void;

const READERS: Record<FrontmatterKey, Reader> = {
  component: (field, fields, site, report) => {
    const names = site && site.components.map((c) => c.name);
    fields.components = readNames(field, "component", names, report);
  },
  zone: (field, fields, site, report) => {
    const ids = site && site.zones.map((z) => z.id);
    fields.zones = readNames(field, "zone", ids, report);
  },
  start: (field, fields, _, report) => setDateTime(fields, "start", field, report),
  end: (field, fields, _, report) => setDateTime(fields, "end", field, report),
  scheduled: (field, fields, _, report) => setDateTime(fields, "scheduled", field, report),
  retroactive: (field, fields, _, report) => {
    if (typeof field.value === "boolean") fields.retroactive = field.value;
    else
      report.error("value-type", field.valueAt, {
        read: field.read,
        key: "retroactive",
        want: "`true` or `false`",
      });
  },
  impact: (field, fields, _, report) => {
    const value = field.value;
    if (typeof value === "string" && (IMPACTS as readonly string[]).includes(value)) {
      fields.impact = { value: value as Impact, at: field.valueAt };
      return;
    }
    report.error("value-enum", field.valueAt, {
      key: "impact",
      ...(typeof value === "string" ? { actual: value } : {}),
      read: field.read,
      expected: IMPACTS,
    });
  },
  id: (field, fields, _, report) => {
    if (typeof field.value === "string" && isStatuspageId(field.value))
      fields.id = { value: field.value, at: field.valueAt };
    else
      report.error("value-type", field.valueAt, {
        read: typeof field.value === "string" ? code(field.value) : field.read,
        key: "id",
        want: "a Statuspage id of lowercase letters and digits such as `p7wnq0rj2s1f`",
      });
  },
};

/** Reads every frontmatter field, reporting unknown, missing and mistyped ones. */
export function readFields(
  fields: readonly Field[],
  site: Declared,
  closeAt: Position,
  report: Reporter,
): IncidentFields {
  const result: IncidentFields = { components: [], zones: [], retroactive: false };
  for (const field of fields) {
    if (isKey(field.key)) READERS[field.key](field, result, site, report);
    else
      report.error("key-unknown", field.keyAt, {
        actual: field.key,
        expected: FRONTMATTER_KEYS,
        file: "incident",
      });
  }
  const present = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(REQUIRED) as (keyof typeof REQUIRED)[]) {
    if (!present.has(key)) {
      report.error("key-required", closeAt, { key, example: REQUIRED[key] });
    }
  }
  return result;
}

function isKey(key: string): key is FrontmatterKey {
  return (FRONTMATTER_KEYS as readonly string[]).includes(key);
}

/** Reads a name or a list of names, each of which must be declared in site.yml. */
function readNames(
  field: Field,
  key: "component" | "zone",
  declared: readonly string[] | null,
  report: Reporter,
): Located<string>[] {
  const items = field.items ?? [{ value: field.value, read: field.read, at: field.valueAt }];
  if (items.length === 0) {
    report.error("value-type", field.valueAt, {
      read: "empty list",
      key,
      want: `at least one ${key}`,
    });
  }
  const names: Located<string>[] = [];
  for (const item of items) {
    if (typeof item.value !== "string") {
      report.error("value-type", item.at, {
        read: item.read,
        key,
        want: `a ${key} name or a list of them`,
      });
    } else if (declared && !declared.includes(item.value)) {
      report.error(`${key}-undeclared`, item.at, { actual: item.value, expected: declared });
    } else names.push({ value: item.value, at: item.at });
  }
  return names;
}

const DATE_TIME = "a date and time such as `2022-06-10 05:23` (UTC) or `2022-06-10T07:23:00+02:00`";

function setDateTime(
  fields: IncidentFields,
  key: "start" | "end" | "scheduled",
  field: Field,
  report: Reporter,
): void {
  if (typeof field.value !== "string") {
    report.error("value-type", field.valueAt, { read: field.read, key, want: DATE_TIME });
    return;
  }
  const parsed = parseDateTime(field.value);
  if (parsed.ok) fields[key] = { value: parsed.value, at: field.valueAt };
  else
    report.error("value-type", field.valueAt, {
      read: code(field.value),
      key,
      want: DATE_TIME,
      problem: parsed.problem,
    });
}
