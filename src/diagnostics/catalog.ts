import { code, oneOf } from "./quote.ts";
import { suggest } from "./suggest.ts";

export type Severity = "error" | "warning";

interface RuleSpec {
  severity: Severity;
  /** What the rule checks, for the rules reference. */
  summary: string;
  /** The sentence a diagnostic of this rule says, from the details the rule knows. */
  message: (details: never) => string;
}

/**
 * Every rule, declared once: its permanent id, severity, what it checks and
 * the wording of its messages. The rules reference (docs/rules.md) is
 * generated from this list and the fixtures in test/fixtures, so the docs
 * cannot drift from the validator.
 */
export const RULES = {
  "file-unreadable": {
    severity: "error",
    summary: "The file is a regular file that can be read as UTF-8 text; a folder can be listed.",
    message: ({ reason, folder = false }: { reason: string; folder?: boolean }) =>
      `Cannot read this ${folder ? "folder" : "file"}: ${reason}`,
  },
  "file-too-large": {
    severity: "error",
    summary:
      "An incident file is at most 64 KB and 1,000 lines; site.yml at most 128 KB, with at most 500 components and 100 zones.",
    message: (d: FileSize) =>
      "entries" in d
        ? `Unexpected ${d.entries === "components" ? "component" : "zone"} beyond the first ${d.limit}, expected at most ${d.limit} ${d.entries} in site.yml: each has a page for every month of the history`
        : "lines" in d
          ? `Unexpected file of ${thousands(d.lines)} lines, expected at most ${thousands(d.limit)}: shorten it, or link to a longer report`
          : `Unexpected ${d.file === "site.yml" ? "site.yml" : "file"} of ${thousands(d.bytes)} bytes, expected at most ${thousands(d.limit)} (${d.limit / 1024} KB): ` +
            (d.file === "site.yml"
              ? "shorten the descriptions"
              : "shorten it, or link to a longer report"),
  },
  "file-symlink": {
    severity: "error",
    summary:
      "A symbolic link is read only when it points to a file inside the incidents folder: a link in a pull request could publish any file of the machine that builds the site.",
    message: ({ target, problem }: { target: string; problem: "outside" | "folder" | "broken" }) =>
      `Unexpected symbolic link to ${code(target)}, ` +
      (problem === "outside"
        ? "outside the incidents folder, expected a file inside it: copy the file here instead"
        : problem === "folder"
          ? "a folder, expected a file: links to folders are not followed, remove the link or put the folder itself here"
          : "which does not exist, expected a file: remove the link"),
  },
  "file-extension": {
    severity: "warning",
    summary:
      "A file that looks like an incident but does not end in `.md` (`.MD`, `.markdown`) is not read.",
    message: ({ rename }: { rename: string }) =>
      `Unexpected file extension, expected \`.md\`: this file is not read, rename it to ${code(rename)} to publish it`,
  },
  "site-missing": {
    severity: "error",
    summary: "The incidents folder has a `site.yml`.",
    message: () =>
      "Missing site.yml in the incidents folder: declare `title`, `url`, `components` and `zones` there",
  },
  "site-duplicate": {
    severity: "error",
    summary: "Components and zones in `site.yml` are declared once each.",
    message: (d: { component: string; slug: string; twin: string } | { zone: string }) =>
      "zone" in d
        ? `Unexpected second zone ${code(d.zone)}`
        : `Unexpected second component ${code(d.component)}: its page would be \`/components/${d.slug}/\` like ${code(d.twin)}'s`,
  },
  "frontmatter-missing": {
    severity: "error",
    summary: "An incident file starts with a `---` line that opens the frontmatter.",
    message: () =>
      "Expected the file to start with a `---` line opening the frontmatter (component, start, …)",
  },
  "frontmatter-language": {
    severity: "error",
    summary: "The frontmatter is YAML; a `---js` block is refused and never run.",
    message: ({ actual }: { actual: string; expected: readonly string[] }) =>
      `Unexpected frontmatter language ${code(actual)}, expected YAML: write the opening fence as \`---\` alone (code in frontmatter is never run)`,
  },
  "frontmatter-unclosed": {
    severity: "error",
    summary: "A `---` line closes the frontmatter.",
    message: () => "Expected a `---` line closing the frontmatter before the title",
  },
  "yaml-syntax": {
    severity: "error",
    summary: "The YAML is well-formed, with no key twice, no alias and no tag.",
    message: (
      d: { problem: string } | { alias: string } | { tag: string } | { duplicate: string },
    ) =>
      "alias" in d
        ? `Unexpected YAML alias ${code("*" + d.alias)}, expected a plain value: write the value itself`
        : "tag" in d
          ? `Unexpected YAML tag ${code(d.tag)}, expected a plain value: remove the tag (quote the value to keep it as text)`
          : "duplicate" in d
            ? `Unexpected second key ${code(d.duplicate)}, expected each key once: remove one of them`
            : `${d.problem}: fix the YAML syntax`,
  },
  "yaml-too-complex": {
    severity: "error",
    summary:
      "The frontmatter is at most 4 KB, and YAML (frontmatter or site.yml) is nested at most 8 levels deep.",
    message: (
      d:
        | { document: "frontmatter" | "site.yml"; bytes: number; limit: number }
        | { depth: number }
        | { overflow: true },
    ) =>
      "overflow" in d
        ? "Unexpected YAML too deeply nested to read (the parser ran out of stack), expected `key: value` lines"
        : "depth" in d
          ? `Unexpected YAML nested deeper than ${d.depth} levels, expected \`key: value\` lines whose values are text or lists of text`
          : `Unexpected ${d.document} of ${thousands(d.bytes)} bytes, expected at most ${thousands(d.limit)} (${d.limit / 1024} KB)` +
            (d.document === "frontmatter" ? ": an incident needs a few `key: value` lines" : ""),
  },
  "yaml-not-mapping": {
    severity: "error",
    summary: "The YAML is a list of `key: value` lines.",
    message: () => "Expected `key: value` lines",
  },
  "key-required": {
    severity: "error",
    summary: "`component` and `start` (and `title`, `url` in site.yml) are present.",
    message: ({ key, example }: { key: string; example: string | null }) =>
      example === null
        ? `Missing required key ${code(key)} in site.yml`
        : `Missing required key ${code(key)}: add ${code(example)} to the frontmatter`,
  },
  "key-unknown": {
    severity: "error",
    summary: "Only known keys are used; a typo gets a suggestion.",
    message: ({
      actual,
      expected,
      file,
      entry,
    }: KnownValues & { file: "incident" | "site.yml"; entry?: "component" | "zone" }) =>
      `Unexpected key ${code(actual)}${file === "site.yml" ? ` in ${entry ? `a ${entry} of ` : ""}site.yml` : ""}, ${didYouMean(actual, expected) ?? `expected ${oneOf(expected)}`}`,
  },
  "value-type": {
    severity: "error",
    summary: "Each value has the right type, naming what YAML read instead.",
    message: (
      d:
        | { read: string; key: string; want: string; problem?: string }
        | { entry: "component" | "zone" },
    ) =>
      "entry" in d
        ? d.entry === "component"
          ? "Expected a component as `- name: Name` with optional `description` and `group`"
          : "Expected a zone as `- id: PAR` (capital letters and digits) with an optional `name: Paris`"
        : `Unexpected ${d.read} for ${code(d.key)}${d.problem ? ` (${d.problem})` : ""}, expected ${d.want}`,
  },
  "value-too-long": {
    severity: "error",
    summary:
      "An incident id, a component's name and a zone's id and name are at most 100 characters, a title at most 200: they name the site's folders and pages.",
    message: ({ what, length, limit }: { what: LongValue; length: number; limit: number }) =>
      `Unexpected ${LONG[what].name} of ${thousands(length)} characters, expected at most ${limit}: ${LONG[what].advice}`,
  },
  "value-enum": {
    severity: "error",
    summary: "`impact` is `none`, `minor`, `major` or `critical`.",
    message: ({ key, actual, read, expected }: EnumValue) =>
      `Unexpected ${key} ${actual === undefined ? read : code(actual)}, expected ${oneOf(expected)}` +
      (actual === "maintenance" ? ": a maintenance is marked by `scheduled`" : ""),
  },
  "component-undeclared": {
    severity: "error",
    summary: "Each component is declared in `site.yml`; the closest name is suggested.",
    message: (d: KnownValues) => undeclared("component", d),
  },
  "zone-undeclared": {
    severity: "error",
    summary: "Each zone is declared in `site.yml`; the closest id is suggested.",
    message: (d: KnownValues) => undeclared("zone", d),
  },
  "filename-format": {
    severity: "error",
    summary: "The file is named `YYYY-MM-DD-slug.md`.",
    message: ({ actual }: { actual: string }) =>
      `Unexpected file name ${code(actual)}, expected \`YYYY-MM-DD-slug.md\` with a slug of lowercase \`a-z0-9\` words joined by \`-\``,
  },
  "filename-date": {
    severity: "error",
    summary: "The date in the file name is the start date in UTC.",
    message: ({ actual, expected, rename }: KnownValues & { rename: string }) =>
      `Unexpected file name date ${code(actual)}, expected ${code(expected[0])}, the start date in UTC: rename the file to ${code(rename)}`,
  },
  "id-duplicate": {
    severity: "error",
    summary: "No two incident files share a name (the id), in any folder.",
    message: ({ id }: { id: string }) =>
      `Unexpected second incident with id ${code(id)}: rename one of the files, ids are their names and must be unique`,
  },
  "end-before-start": {
    severity: "error",
    summary: "`end` is not before `start`.",
    message: ({ end, start }: { end: string; start: string }) =>
      `Unexpected \`end\` ${code(end)} before \`start\` ${code(start)}: an incident ends after it starts`,
  },
  "scheduled-not-before-start": {
    severity: "error",
    summary: "A maintenance is announced (`scheduled`) before it starts.",
    message: ({ scheduled, start }: { scheduled: string; start: string }) =>
      `Unexpected \`scheduled\` ${code(scheduled)}, expected the time the maintenance was announced, before \`start\` ${code(start)}`,
  },
  "maintenance-without-end": {
    severity: "error",
    summary: "A maintenance has an `end`: the planned end of its window.",
    message: () =>
      "Missing `end` for a scheduled maintenance: add the planned end of the window as `end: 2022-06-07 20:30`",
  },
  "markdown-too-complex": {
    severity: "error",
    summary:
      "Lists and quotes nest at most 12 levels; at most 100 lines open a list or quote inside a new list item; a paragraph holds at most 1,000 marks of emphasis, links or code.",
    message: (
      d: { depth: number } | { stacked: number } | { markup: number } | { overflow: true },
    ) =>
      "overflow" in d
        ? "Unexpected file too deeply nested to read (the parser ran out of stack): flatten its lists, quotes, emphasis and YAML"
        : "depth" in d
          ? `Unexpected list or quote nested deeper than ${d.depth} levels, expected at most ${d.depth}: flatten it`
          : "stacked" in d
            ? `Unexpected line opening a list or quote inside a new list item (\`- - x\`, \`- > x\`) beyond the first ${d.stacked}, expected at most ${d.stacked} such lines: start each item on its own line`
            : `Unexpected amount of emphasis, link and code markup (\`*\`, \`_\`, \`[\`, \`]\`, \`<\`, backticks), expected at most ${thousands(d.markup)} marks in a paragraph, and fewer when many paragraphs have hundreds: separate paragraphs with blank lines`,
  },
  "title-missing": {
    severity: "error",
    summary: "The body starts with a non-empty `# Title`.",
    message: ({ empty = false }: { empty?: boolean }) =>
      empty
        ? "Unexpected empty title, expected `# What happened`"
        : "Expected the body to start with the title as a level-1 heading: `# What happened`",
  },
  "title-repeated": {
    severity: "error",
    summary: "There is only one level-1 heading.",
    message: () =>
      "Unexpected second level-1 heading, expected one title: use `##` for a heading inside an update",
  },
  "update-marker-invalid": {
    severity: "error",
    summary: "An `EDIT` marker is `EDIT hh:mm UTC:` or `EDIT YYYY-MM-DD hh:mm UTC:`.",
    message: ({ actual }: { actual: string }) =>
      `Unexpected update marker ${code(actual)}, expected \`EDIT hh:mm UTC:\` or \`EDIT YYYY-MM-DD hh:mm UTC:\``,
  },
  "update-time-invalid": {
    severity: "error",
    summary: "An update's date and time are real (no `25:61`).",
    message: ({ actual }: { actual: string }) =>
      `Unexpected update time ${code(actual)}, expected a real date and time (hours 00–23, minutes 00–59)`,
  },
  "update-time-order": {
    severity: "error",
    summary: "Updates go forward in time from `start`; after midnight, the dated form is needed.",
    message: ({ at, before, nextDay }: UpdateOrder) =>
      `Unexpected update at ${code(at)}, before ${BEFORE[before]}: ` +
      (nextDay === null
        ? "check the date and time"
        : `for the next day write \`EDIT ${nextDay} ${at.slice(11, 16)} UTC:\``),
  },
  "update-time-missing": {
    severity: "warning",
    summary: "An `EDIT:` without a time is accepted, and shown undated.",
    message: () =>
      "Unexpected `EDIT:` without a time, expected `EDIT hh:mm UTC:`: the update is shown undated",
  },
  "update-marker-missing": {
    severity: "warning",
    summary:
      "A paragraph that starts like an update (`16:13:00 UTC:`, `19:40:`) without `EDIT` is only text.",
    message: ({ time }: { time: string }) =>
      `Unexpected paragraph starting with a time (${code(time)}) read as text, expected \`EDIT ${time.slice(0, 5)} UTC:\` to make it an update`,
  },
  "update-empty": {
    severity: "warning",
    summary: "An update has text after its marker.",
    message: () => "Unexpected empty update, expected text after the marker",
  },
  "ongoing-stale": {
    severity: "warning",
    summary:
      "An incident without `end` whose last update is over 7 days old at build time may be over.",
    message: ({ days }: { days: number }) =>
      `Incident still ongoing? It has no \`end\` and its last update is ${days} days old: add \`end:\` when it was resolved`,
  },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;
export type ErrorRuleId = {
  [R in RuleId]: (typeof RULES)[R]["severity"] extends "error" ? R : never;
}[RuleId];
export type WarningRuleId = Exclude<RuleId, ErrorRuleId>;

/** What a rule's message is made from. */
export type RuleDetails<R extends RuleId> = (typeof RULES)[R]["message"] extends (
  details: infer D,
) => string
  ? D
  : never;

type LongValue = "id" | "title" | "component" | "zone";

const LONG: Record<LongValue, { name: string; advice: string }> = {
  id: {
    name: "incident id (the file name without `.md`)",
    advice: "shorten the file name, the id is in the incident's address",
  },
  title: { name: "title", advice: "say what happened in one line, the details go in the post" },
  component: {
    name: "component name",
    advice: "shorten it, it names the component's page",
  },
  zone: { name: "zone id or name", advice: "shorten it, the id names the zone's page" },
};

/** How big a file is, against its limit. */
type FileSize =
  | { file: "incident" | "site.yml"; bytes: number; limit: number }
  | { lines: number; limit: number }
  | { entries: "components" | "zones"; limit: number };

/** `65536` → `65,536`, the same on every machine. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** What the author wrote, among the values accepted there. */
interface KnownValues {
  actual: string;
  expected: readonly string[];
}

interface EnumValue {
  key: string;
  /** The value, when YAML read a string. */
  actual?: string;
  /** What YAML read, for a value that is not a string. */
  read: string;
  expected: readonly string[];
}

interface UpdateOrder {
  at: string;
  before: keyof typeof BEFORE;
  /** The day to write in the dated marker, or null when the marker is dated already. */
  nextDay: string | null;
}

const BEFORE = {
  start: "`start`",
  scheduled: "`scheduled`, when it was announced",
  previous: "the update above it",
};

function didYouMean(actual: string, expected: readonly string[]): string | null {
  const guess = suggest(actual, expected);
  return guess === null ? null : `did you mean ${code(guess)}?`;
}

function undeclared(kind: "component" | "zone", { actual, expected }: KnownValues): string {
  const guess = didYouMean(actual, expected);
  return (
    `Unexpected ${kind} ${code(actual)}, ` +
    (guess
      ? `${guess} (or declare it in site.yml)`
      : `expected ${oneOf(expected)}, or declare it in site.yml`)
  );
}
