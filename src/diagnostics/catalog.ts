import { markerFixes, type MarkerProblem, type TextFix } from "./marker-problem.ts";
import { code, oneOf, printable } from "./quote.ts";
import { suggest } from "./suggest.ts";
import { laterThanNow } from "./time-words.ts";

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
    summary: "Components, their `id`s and zones in `site.yml` are declared once each.",
    message: (
      d:
        | { component: string; slug: string; twin: string }
        | { component: string; badge: string; twin: string | null }
        | { zone: string }
        | { componentId: string; twin: string },
    ) =>
      "zone" in d
        ? `Unexpected second zone ${code(d.zone)}`
        : "componentId" in d
          ? `Unexpected second component with \`id\` ${code(d.componentId)}, like ${code(d.twin)}: api/v2 gives each component its own id`
          : "badge" in d
            ? `Unexpected component ${code(d.component)}: its badge \`/badges/${d.badge}\` would also be ${d.twin === null ? "the whole site's" : `a badge of ${code(d.twin)}`}, rename it`
            : `Unexpected second component ${code(d.component)}: its page would be \`/components/${d.slug}/\` like ${code(d.twin)}'s`,
  },
  "site-url": {
    severity: "error",
    summary:
      "`url` in `site.yml` is an absolute `http`/`https` URL with no credentials, query, fragment or `//` in its path, written as a browser writes it.",
    message: ({ url, problem }: { url: string; problem: SiteUrlProblem }) => siteUrl(url, problem),
  },
  "site-logo": {
    severity: "error",
    summary:
      "`logo` in `site.yml` names an image file (`.svg`, `.png`, `.jpg` or `.webp`) beside `site.yml`.",
    message: ({ name, problem }: { name: string; problem: "type" | "missing" }) =>
      problem === "type"
        ? `Unexpected logo ${code(name)}, expected the name of an image file beside site.yml ending in \`.svg\`, \`.png\`, \`.jpg\` or \`.webp\``
        : `Missing logo file ${code(name)} beside site.yml: add the file to the incidents folder, or remove \`logo\``,
  },
  "site-link": {
    severity: "error",
    summary:
      "`home_url` and `support_url` in `site.yml` are absolute `http`/`https` URLs without credentials.",
    message: ({ key, url }: { key: string; url: string }) =>
      `Unexpected ${code(url)} for ${code(key)}, expected an absolute \`http\` or \`https\` URL such as \`https://example.com/support\``,
  },
  "text-control-character": {
    severity: "error",
    summary:
      "Text holds no control character but tab and line breaks, no U+FFFE or U+FFFF and no unpaired surrogate: feeds and calendars cannot carry them.",
    message: ({ character, kind }: { character: string; kind: keyof typeof CHARACTER_KINDS }) =>
      kind === "surrogate"
        ? `Unexpected unpaired surrogate ${character}, expected a whole character: write the character itself, or both halves of its pair`
        : `Unexpected ${CHARACTER_KINDS[kind]} ${character}, expected printable text: delete it, since feeds and calendars cannot carry it`,
  },
  "component-slug-empty": {
    severity: "error",
    summary:
      "A component's name has a letter or digit, in any script, to make its page's address from.",
    message: ({ component }: { component: string }) =>
      `Unexpected component name ${code(component)} without a letter or digit, expected a name its page \`/components/…/\` can be named after: add a word`,
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
          ? "Expected a component as `- name: Name` with optional `description`, `group`, `since` (a day), `uptime` (`true` or `false`), `id` (a Statuspage id: lowercase letters and digits) and `showcase` (`true` or `false`)"
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
    summary: "No two incident files share a name (the id), in any folder, or an `id:`.",
    message: ({ id, key }: { id: string; key?: "id" }) =>
      key === "id"
        ? `Unexpected second incident with \`id: ${id}\`: api/v2 gives each incident its own id; change or remove one`
        : `Unexpected second incident with id ${code(id)}: rename one of the files, ids are their names and must be unique`,
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
  "start-after-now": {
    severity: "error",
    summary:
      "An incident's `start` is not after the build's now (times are UTC); a maintenance may start later.",
    message: ({ at, now }: AfterNow) =>
      `Unexpected \`start\` in the future: ${laterThanNow(at, now)}: ${IN_UTC}; a planned maintenance also needs \`scheduled\``,
  },
  "end-after-now": {
    severity: "error",
    summary:
      "An incident's `end` is not after the build's now (times are UTC); a maintenance's planned end may be.",
    message: ({ at, now }: AfterNow) =>
      `Unexpected \`end\` in the future: ${laterThanNow(at, now)}: ${IN_UTC}; leave \`end\` out until the incident is over`,
  },
  "scheduled-after-now": {
    severity: "error",
    summary: "A maintenance was announced (`scheduled`) no later than the build's now.",
    message: ({ at, now }: AfterNow) =>
      `Unexpected \`scheduled\` in the future: ${laterThanNow(at, now)}: ${IN_UTC}; \`scheduled\` is when the maintenance was announced`,
  },
  "update-after-now": {
    severity: "error",
    summary: "An update is dated no later than the build's now (times are UTC).",
    message: ({ at, now }: AfterNow) =>
      `Unexpected update in the future: ${laterThanNow(at, now)}: ${IN_UTC}; date an update when it was posted`,
  },
  "time-out-of-range": {
    severity: "error",
    summary:
      "Every time of a file is at most 30 years before the build's now and 2 years after it: the site has a page for every month in between.",
    message: ({ what, at, earliest, latest, yearsBefore, yearsAfter }: OutOfRange) =>
      `Unexpected ${what === "update" ? "update" : code(what)} dated ${at.slice(0, 10)}, expected a time between ${earliest.slice(0, 10)} and ${latest.slice(0, 10)} (${yearsBefore} years before now to ${yearsAfter} years after): check the year`,
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
    summary:
      "A paragraph that starts like an update marker (`EDIT 9:22 UTC -`, `Edit 10:00 UTC:`, `**EDIT …**`, `Update …:`) is `EDIT hh:mm UTC:` or `EDIT YYYY-MM-DD hh:mm UTC:`; the message names the fix.",
    message: ({ actual, fix, problems = [] }: NearMiss) =>
      `Unexpected update marker ${code(actual)}, expected ${fix ? code(fix.expected) : "`EDIT hh:mm UTC:` or `EDIT YYYY-MM-DD hh:mm UTC:`"}` +
      (problems.length > 0 ? `: ${markerFixes(problems)}` : "") +
      (fix ? " (`statusmark check --fix` writes it)" : ""),
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
    message: ({ actual, fix, problems = [] }: NearMiss) =>
      `Unexpected paragraph starting with a time (${code(actual)}) read as text, expected ` +
      (fix
        ? `${code(fix.expected)} to make it an update` +
          (problems.length > 0 ? `: ${markerFixes(problems)}` : "") +
          " (`statusmark check --fix` writes it)"
        : problems[0]?.kind === "no-zone" && problems.length === 1
          ? `${code(`EDIT ${hourMinute(problems[0].time)} UTC:`)} to make it an update if ${code(problems[0].time)} is UTC, else convert it to UTC first`
          : `\`EDIT hh:mm UTC:\` to make it an update: ${markerFixes(problems)}`),
  },
  "update-empty": {
    severity: "warning",
    summary: "An update has text after its marker.",
    message: () => "Unexpected empty update, expected text after the marker",
  },
  "image-remote": {
    severity: "warning",
    summary:
      "An image is on the site itself: one from another site is shown as a link, since loading it would tell that site who reads the page.",
    message: ({ url, alt }: { url: string; alt: string }) =>
      `Unexpected image from another site ${code(url)}, expected an image on this site: readers are shown the link \`[${printable(alt || url)}](${printable(url)})\` instead, since loading it would tell that site who reads the page`,
  },
  "update-status-unknown": {
    severity: "error",
    summary:
      "A status label names a status of the incident (`Investigating`, `Identified`, `Monitoring`, `Resolved`) or of the maintenance (`Scheduled`, `In progress`, `Verifying`, `Completed`); a typo gets a suggestion.",
    message: ({ actual, expected, otherKind }: StatusLabelValue) =>
      `Unexpected status label ${code(actual)}` +
      (otherKind === null
        ? `, ${didYouMean(actual, expected) ?? `expected ${oneOf(expected)}`}`
        : ` in ${otherKind === "maintenance" ? "an incident" : "a maintenance"}, expected ${oneOf(expected)}: ${code(actual)} is for ${otherKind === "maintenance" ? "a maintenance (a file with `scheduled`)" : "an incident"}`),
  },
  "update-status-without-end": {
    severity: "error",
    summary: "An incident with an update labelled `Resolved` has `end`.",
    message: ({ end }: { end: string | null }) =>
      "Unexpected `Resolved` in an incident without `end`, expected `end` when it was resolved: " +
      `add ${code(`end: ${end ?? "YYYY-MM-DD hh:mm"}`)} to the frontmatter, or label this update with the status it had`,
  },
  "update-status-reopened": {
    severity: "warning",
    summary:
      "No update after a `Resolved` (`Completed`) one is labelled with another status: a note after it keeps its status.",
    message: ({ actual, final, line }: { actual: string; final: string; line: number }) =>
      `Unexpected ${code(actual)} after the ${code(final)} update on line ${line}, expected ${code(final)} to be the last status: ` +
      `move ${code(`${final}:`)} to the last update, or drop it if it was not over then`,
  },
  "update-status-at-end": {
    severity: "warning",
    summary:
      "The last update of an incident with `end` is labelled `Resolved`, or has no label and is shown as resolved.",
    message: ({ actual }: { actual: string }) =>
      `Unexpected last update labelled ${code(actual)} in an incident that has \`end\`, expected \`Resolved\`: ` +
      "post a final update that starts with `Resolved:`, or change this label",
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

/** Why a site URL was refused, with the URL to write instead when there is one. */
export type SiteUrlProblem =
  | { kind: "not-absolute" }
  | { kind: "character"; character: string }
  | { kind: "credentials" }
  | { kind: "query"; part: string; fix: string }
  | { kind: "double-slash"; fix: string }
  | { kind: "host"; host: string; fix: string }
  | { kind: "not-canonical"; fix: string };

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

/** A time of a file outside the span a history may cover, and that span, as model times. */
interface OutOfRange {
  what: "start" | "end" | "scheduled" | "update";
  at: string;
  earliest: string;
  latest: string;
  yearsBefore: number;
  yearsAfter: number;
}

/** A time written in a file that is later than the build's now, both as model times. */
interface AfterNow {
  at: string;
  now: string;
}

const IN_UTC = "times in incident files are UTC, so convert a local time";
/** A near-miss marker: as written, what is wrong, and the replacement when it can be decided. */
interface NearMiss {
  actual: string;
  problems?: readonly MarkerProblem[];
  fix?: TextFix;
}

interface StatusLabelValue extends KnownValues {
  /** The kind of file the label belongs to, when it names a status of the other kind. */
  otherKind: "incident" | "maintenance" | null;
}

interface UpdateOrder {
  at: string;
  before: keyof typeof BEFORE;
  /** The day to write in the dated marker, or null when the marker is dated already. */
  nextDay: string | null;
}

const CHARACTER_KINDS = {
  control: "control character",
  noncharacter: "non-character",
  surrogate: "unpaired surrogate",
};

const BEFORE = {
  start: "`start`",
  scheduled: "`scheduled`, when it was announced",
  previous: "the update above it",
};

/** `9:40:00` → `09:40`. */
function hourMinute(time: string): string {
  const [hour = "", minute = ""] = time.split(":");
  return `${hour.padStart(2, "0")}:${minute}`;
}

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

function siteUrl(url: string, problem: SiteUrlProblem): string {
  switch (problem.kind) {
    case "not-absolute":
      return `Unexpected ${code(url)} for \`url\`, expected an absolute URL such as \`https://status.example.com/\``;
    case "character":
      return `Unexpected character ${code(problem.character)} in \`url\`, expected only the characters of a URL: remove it, or percent-encode it as ${code(encodeURIComponent(problem.character))}`;
    case "credentials":
      return "Unexpected user name or password in `url`, expected the public address of the site, such as `https://status.example.com/`";
    case "query":
      return `Unexpected ${code(problem.part)} in \`url\`, expected no query or fragment, since every link is built on it: write ${code(problem.fix)}`;
    case "double-slash":
      return `Unexpected \`//\` in the path of \`url\`, expected single slashes, since a path such as \`//evil.example/\` makes links lead to another site: write ${code(problem.fix)}`;
    case "host":
      return `Unexpected non-ASCII host ${code(problem.host)} in \`url\`, expected its ASCII (punycode) form: write ${code(problem.fix)}`;
    case "not-canonical":
      return `Unexpected ${code(url)} for \`url\`, expected it the way browsers write it: ${code(problem.fix)}`;
  }
}
