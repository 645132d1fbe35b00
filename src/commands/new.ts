import { relative, resolve } from "node:path";
import { toMinute } from "../edit/datetime.ts";
import { renderIncidentFile } from "../edit/new-file.ts";
import { readTimeFlag } from "../edit/time-flag.ts";
import { escapeUpdateMarkers } from "../edit/markdown-text.ts";
import { closesItsBlocks, updateHtml } from "../edit/read-back.ts";
import { updateBody } from "../edit/update.ts";
import { writeNewFile } from "../write/files.ts";
import { writeErrorMessage } from "../write/write-error.ts";
import { slugify } from "../model/slug.ts";
import type { Incident, Site, UtcDateTime } from "../model/types.ts";
import { hasErrors } from "../diagnostics/diagnostic.ts";
import { code, oneOf } from "../diagnostics/quote.ts";
import { checkIncidentFile } from "../validate/incident-file.ts";
import { loadProject } from "./project.ts";
import { laterThanNowRefusal } from "./flag-times.ts";
import { readStatusFlag, withStatusLabel } from "./status-flag.ts";
import { refuse, refuseUnwritten, type WriteResult } from "./write-result.ts";

/** What the operator gave, as flags or answers; times as written. */
export interface NewIncidentInput {
  components: readonly string[];
  zones: readonly string[];
  title: string;
  /** Default: now. */
  start?: string;
  end?: string;
  /** When the maintenance was announced; `true` for now. */
  scheduled?: string | true;
  retroactive?: boolean;
  impact?: string;
  /** The first post. */
  message?: string;
  /**
   * The first post's status, written as its label; default `investigating`, a
   * maintenance's `scheduled`, and `resolved` for an incident given its end.
   */
  status?: string;
}

export interface NewIncidentOptions {
  cwd: string;
  incidents: string;
  now: UtcDateTime;
  /** The flags, or the questions to ask once site.yml is read (null when the operator cancels). */
  input: NewIncidentInput | ((site: Site) => Promise<NewIncidentInput | null>);
}

/**
 * `statusmark new`: writes `YYYY-MM-DD-slug.md` named after the start date
 * and title, after checking it like `statusmark check` would; never
 * overwrites a file.
 */
export async function newIncident({
  cwd,
  incidents,
  now,
  ...options
}: NewIncidentOptions): Promise<WriteResult> {
  const project = await loadProject(cwd, incidents);
  if (!project.site)
    return refuse("Fix site.yml first: new incidents are checked against it", project.diagnostics);
  const input =
    typeof options.input === "function" ? await options.input(project.site) : options.input;
  if (input === null) return refuse("Nothing was written: the questions were cancelled");
  const declared = project.site.components.map((c) => c.name);
  if (input.components.length === 0)
    return refuse(`Missing --component: name the affected component, one of ${oneOf(declared)}`);
  const title = input.title.replace(/\s+/g, " ").trim();
  if (title === "")
    return refuse('Missing --title: say what happened, as in --title "Deployments are failing"');
  const times: Record<"start" | "end" | "scheduled", UtcDateTime | null> = {
    start: toMinute(now),
    end: null,
    scheduled: input.scheduled === true ? toMinute(now) : null,
  };
  for (const key of ["start", "end", "scheduled"] as const) {
    const text = input[key];
    if (typeof text !== "string") continue;
    const read = readTimeFlag(`--${key}`, text, now);
    if (!read.ok) return refuse(read.message);
    times[key] = read.value;
  }
  const start = times.start!;
  const refusal = refuseTimes(input, times, now);
  if (refusal) return refuse(refusal);
  const kind = times.scheduled ? "maintenance" : "incident";
  const message = (input.message ?? "").trim();
  const defaultStatus =
    kind === "maintenance" ? "scheduled" : times.end ? "resolved" : "investigating";
  const flag = readStatusFlag(input.status ?? defaultStatus, kind, {
    closes: times.end !== null,
    instead: "give --end, the time it was resolved",
  });
  if (!flag.ok) return refuse(flag.message);
  if (input.status !== undefined && message === "")
    return refuse(
      'Missing --message: --status labels the first post, as in --message "We are investigating"',
    );
  const labelled =
    message === ""
      ? { ok: true as const, text: "" }
      : withStatusLabel(escapeUpdateMarkers(updateBody(message)), flag.status);
  if (!labelled.ok) return refuse(labelled.message);
  const slug = slugify(title);
  if (slug === "")
    return refuse(
      `Unexpected title ${code(title)} without a letter or digit to name the file after: add a few words`,
    );
  const id = `${start.slice(0, 10)}-${slug}`;
  const existing = project.ids.get(id);
  if (existing)
    return refuse(
      `Unexpected second incident with id ${code(id)}: ${existing.path} already exists. Post an update with \`statusmark update ${id} "…"\`, or choose another title`,
    );
  const text = renderIncidentFile({
    components: input.components,
    zones: input.zones,
    title,
    start,
    end: times.end,
    scheduled: times.scheduled,
    retroactive: input.retroactive === true,
    impact: input.impact ?? null,
    message: labelled.text,
  });
  const absolute = resolve(cwd, incidents, `${id}.md`);
  const path = relative(cwd, absolute);
  const checked = checkIncidentFile({ path, text }, project.site, now);
  if (hasErrors(checked.diagnostics))
    return refuseUnwritten(
      `Nothing was written: ${path} would not pass \`statusmark check\``,
      checked.diagnostics,
    );
  const problem = checked.incident && newFileProblem(checked.incident, title, labelled.text);
  if (problem) return refuse(`Nothing was written: ${problem}`);
  if (!closesItsBlocks(text))
    return refuse(
      "Nothing was written: the message leaves a code block or HTML block open, so the first update would be read as part of it: close it",
    );
  try {
    await writeNewFile(absolute, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      return refuse(`Nothing was written: ${path} already exists`);
    const refused = writeErrorMessage(error, path, "--incidents");
    if (refused === null) throw error;
    return refuse(refused);
  }
  return { ok: true, path, text, diagnostics: checked.diagnostics };
}

/**
 * Why the times given cannot be written: one has not come yet (only a
 * maintenance, `--scheduled`, may start and end later than now), or a
 * maintenance has no planned end.
 */
function refuseTimes(
  input: NewIncidentInput,
  times: Record<"start" | "end" | "scheduled", UtcDateTime | null>,
  now: UtcDateTime,
): string | null {
  const later = (key: "start" | "end" | "scheduled", fix: string) => {
    const text = input[key];
    const at = times[key];
    return typeof text === "string" && at
      ? laterThanNowRefusal(`--${key}`, text, at, now, fix)
      : null;
  };
  if (times.scheduled && !times.end)
    return "Missing --end for a maintenance: give the planned end of its window";
  if (times.scheduled)
    return later("scheduled", "; --scheduled is when the maintenance was announced");
  return (
    later("start", "; for a planned maintenance add --scheduled") ??
    later("end", "; leave --end out until it is over")
  );
}

/** Why the new file does not read back as the title and first post given; null when it does. */
function newFileProblem(incident: Incident, title: string, message: string): string | null {
  if (incident.title !== title)
    return `the title would read back as ${code(incident.title)} instead of ${code(title)}`;
  const body = updateBody(message);
  const expected = body === "" ? [] : [updateHtml(body)];
  if (incident.updates.length !== expected.length)
    return `the message would read back as ${incident.updates.length} posts instead of ${expected.length}`;
  if (incident.updates[0] && incident.updates[0].html !== expected[0])
    return "the message would not read back as the text given";
  return null;
}
