import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadSource, type Source } from "../../src/load/source.ts";
import type { History, UtcDateTime } from "../../src/model/types.ts";
import { utcDateTime } from "../../src/model/time.ts";
import { MAX_FILE_BYTES } from "../../src/parse/limits.ts";
import { checkIncidentFile } from "../../src/validate/incident-file.ts";
import { checkSource } from "../../src/commands/check.ts";
import { SAMPLE_PROJECT } from "./sample-copy.ts";

/** A now after everything the sample says, to read its files whole. */
const LATER = utcDateTime("2023-01-01T00:00:00Z");

/**
 * An incident file as it stood at `now`: without the updates posted later,
 * without an `end` that had not come yet (a maintenance keeps its planned
 * end), or null when the incident had not been posted at all: a maintenance
 * not yet announced, an incident not yet started, a retroactive one not yet
 * over. Updates are the file's `EDIT` lines, in order, as in the sample.
 */
export function asOf(path: string, text: string, now: UtcDateTime): string | null {
  const { incident } = checkIncidentFile({ path, text }, null, LATER);
  if (!incident) throw new Error(`${path} does not pass check`);
  if ((incident.scheduled ?? incident.start) > now) return null;
  const ended = incident.end !== null && incident.end <= now;
  if (incident.retroactive && !ended) return null;
  const lines = text.split("\n");
  const edits = lines.flatMap((line, index) => (line.startsWith("EDIT") ? [index] : []));
  if (edits.length !== incident.updates.length - 1)
    throw new Error(`${path}: an update is not an \`EDIT\` line`);
  let previous = incident.start;
  const firstLater = incident.updates.slice(1).findIndex((update) => {
    previous = update.at ?? previous;
    return previous > now;
  });
  const kept = firstLater === -1 ? lines : [...lines.slice(0, edits[firstLater]), ""];
  return kept
    .filter((line) => ended || incident.scheduled !== null || !line.startsWith("end:"))
    .join("\n")
    .replace(/\n+$/, "\n");
}

let sample: Promise<Source> | null = null;

/** The sample's files as they stood at `now`, read once from the frozen copy. */
async function sampleSourceAsOf(now: UtcDateTime): Promise<Source> {
  sample ??= loadSource({
    cwd: SAMPLE_PROJECT,
    incidents: "incidents",
    maxBytes: MAX_FILE_BYTES,
  });
  const source = await sample;
  return {
    ...source,
    incidents: source.incidents.flatMap((file) => {
      const text = asOf(file.path, file.text, now);
      return text === null ? [] : [{ path: file.path, text }];
    }),
  };
}

/** The sample history as it was published at `now`: what had been posted by then. */
export async function sampleHistoryAsOf(now: UtcDateTime): Promise<History> {
  const result = await checkSource(await sampleSourceAsOf(now), now);
  if (!result.history) throw new Error(`the sample as of ${now} does not pass check`);
  return result.history;
}

/** A memory-backed folder holding `incidents/`: the sample as it stood at `now`. */
export async function sampleFolderAsOf(now: UtcDateTime): Promise<{
  cwd: string;
  remove(): Promise<void>;
}> {
  const source = await sampleSourceAsOf(now);
  const cwd = await mkdtemp("/dev/shm/statusmark-as-of-");
  await mkdir(join(cwd, "incidents"));
  for (const file of [source.site!, ...source.incidents])
    await writeFile(join(cwd, file.path), file.text);
  return { cwd, remove: () => rm(cwd, { recursive: true, force: true }) };
}
