import { join, relative } from "node:path";
import { toMinute } from "../edit/datetime.ts";
import { renderIncidentFile } from "../edit/new-file.ts";
import { readTimeFlag } from "../edit/time-flag.ts";
import { writeNewFile } from "../write/files.ts";
import { slugify } from "../model/slug.ts";
import type { Site, UtcDateTime } from "../model/types.ts";
import { hasErrors } from "../diagnostics/diagnostic.ts";
import { code, oneOf } from "../diagnostics/quote.ts";
import { checkIncidentFile } from "../validate/incident-file.ts";
import { loadProject } from "./project.ts";
import { readStatusFlag, withStatusLabel } from "./status-flag.ts";
import { refuse, type WriteResult } from "./write-result.ts";

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
    message === "" ? { ok: true as const, text: "" } : withStatusLabel(message, flag.status);
  if (!labelled.ok) return refuse(labelled.message);
  const slug = slugify(title);
  if (slug === "")
    return refuse(
      `Unexpected title ${code(title)} without a letter or digit a-z 0-9 for the file name: add a few plain words`,
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
  const absolute = join(cwd, incidents, `${id}.md`);
  const path = relative(cwd, absolute);
  const checked = checkIncidentFile({ path, text }, project.site, now);
  if (hasErrors(checked.diagnostics))
    return refuse(
      `Nothing was written: ${path} would not pass \`statusmark check\``,
      checked.diagnostics,
    );
  try {
    await writeNewFile(absolute, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return refuse(`Nothing was written: ${path} already exists`);
  }
  return { ok: true, path, text, diagnostics: checked.diagnostics };
}
