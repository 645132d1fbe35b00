import type { Severity } from "./diagnostic.ts";

/**
 * Every rule, declared once: its permanent id, severity and what it checks.
 * The rules reference (docs/rules.md) is generated from this list and the
 * fixtures in test/fixtures, so the docs cannot drift from the validator.
 */
export const RULES = [
  { id: "file-unreadable", severity: "error", summary: "The file can be read as UTF-8 text." },
  { id: "site-missing", severity: "error", summary: "The incidents folder has a `site.yml`." },
  {
    id: "site-duplicate",
    severity: "error",
    summary: "Components and zones in `site.yml` are declared once each.",
  },
  {
    id: "frontmatter-missing",
    severity: "error",
    summary: "An incident file starts with a `---` line that opens the frontmatter.",
  },
  {
    id: "frontmatter-language",
    severity: "error",
    summary: "The frontmatter is YAML; a `---js` block is refused and never run.",
  },
  {
    id: "frontmatter-unclosed",
    severity: "error",
    summary: "A `---` line closes the frontmatter.",
  },
  { id: "yaml-syntax", severity: "error", summary: "The YAML is well-formed, with no key twice." },
  {
    id: "yaml-not-mapping",
    severity: "error",
    summary: "The YAML is a list of `key: value` lines.",
  },
  {
    id: "key-required",
    severity: "error",
    summary: "`component` and `start` (and `title`, `url` in site.yml) are present.",
  },
  {
    id: "key-unknown",
    severity: "error",
    summary: "Only known keys are used; a typo gets a suggestion.",
  },
  {
    id: "value-type",
    severity: "error",
    summary: "Each value has the right type, naming what YAML read instead.",
  },
  {
    id: "value-enum",
    severity: "error",
    summary: "`impact` is `none`, `minor`, `major` or `critical`.",
  },
  {
    id: "component-undeclared",
    severity: "error",
    summary: "Each component is declared in `site.yml`; the closest name is suggested.",
  },
  {
    id: "zone-undeclared",
    severity: "error",
    summary: "Each zone is declared in `site.yml`; the closest id is suggested.",
  },
  { id: "filename-format", severity: "error", summary: "The file is named `YYYY-MM-DD-slug.md`." },
  {
    id: "filename-date",
    severity: "error",
    summary: "The date in the file name is the start date in UTC.",
  },
  {
    id: "id-duplicate",
    severity: "error",
    summary: "No two incident files share a name (the id), in any folder.",
  },
  { id: "end-before-start", severity: "error", summary: "`end` is not before `start`." },
  {
    id: "scheduled-not-before-start",
    severity: "error",
    summary: "A maintenance is announced (`scheduled`) before it starts.",
  },
  {
    id: "maintenance-without-end",
    severity: "error",
    summary: "A maintenance has an `end`: the planned end of its window.",
  },
  {
    id: "title-missing",
    severity: "error",
    summary: "The body starts with a non-empty `# Title`.",
  },
  { id: "title-repeated", severity: "error", summary: "There is only one level-1 heading." },
  {
    id: "update-marker-invalid",
    severity: "error",
    summary: "An `EDIT` marker is `EDIT hh:mm UTC:` or `EDIT YYYY-MM-DD hh:mm UTC:`.",
  },
  {
    id: "update-time-invalid",
    severity: "error",
    summary: "An update's date and time are real (no `25:61`).",
  },
  {
    id: "update-time-order",
    severity: "error",
    summary: "Updates go forward in time from `start`; after midnight, the dated form is needed.",
  },
  {
    id: "update-time-missing",
    severity: "warning",
    summary: "An `EDIT:` without a time is accepted, and shown undated.",
  },
  {
    id: "update-marker-missing",
    severity: "warning",
    summary:
      "A paragraph that starts like an update (`16:13:00 UTC:`, `19:40:`) without `EDIT` is only text.",
  },
  { id: "update-empty", severity: "warning", summary: "An update has text after its marker." },
  {
    id: "ongoing-stale",
    severity: "warning",
    summary:
      "An incident without `end` whose last update is over 7 days old at build time may be over.",
  },
] as const satisfies readonly { id: string; severity: Severity; summary: string }[];

export type RuleId = (typeof RULES)[number]["id"];
