import {
  cancel,
  intro,
  isCancel,
  multiselect,
  outro,
  select,
  text,
  type CommonOptions,
} from "@clack/prompts";
import type { Readable, Writable } from "node:stream";
import { IMPACTS, type Site } from "../model/types.ts";
import { statusLabel, type IncidentUpdateStatus } from "../model/update-status.ts";
import type { NewIncidentInput } from "./new.ts";

export interface PromptStreams {
  input: Readable;
  output: Writable;
}

/**
 * Asks for a new incident in the terminal: components and zones chosen from
 * site.yml, a free-text title, the impact, an optional first post and, when
 * there is one, its status (the incident is ongoing, so not resolved).
 * Returns null when the operator cancels (Ctrl-C or Escape).
 */
export async function askNewIncident(
  site: Site,
  { input, output }: PromptStreams,
): Promise<NewIncidentInput | null> {
  const io: CommonOptions = { input, output };
  intro("New incident", io);
  const components = await multiselect({
    ...io,
    message: "Which components are affected? (space to choose, enter to confirm)",
    options: site.components.map((c) => ({
      value: c.name,
      label: c.name,
      ...(c.group ? { hint: c.group } : {}),
    })),
    required: true,
  });
  if (isCancel(components)) return cancelled(io);
  let zones: string[] = [];
  if (site.zones.length > 0) {
    const chosen = await multiselect({
      ...io,
      message: "Which zones? (enter with none chosen for all)",
      options: site.zones.map((z) => ({ value: z.id, label: `${z.id} (${z.name})` })),
      required: false,
    });
    if (isCancel(chosen)) return cancelled(io);
    zones = chosen;
  }
  const title = await text({
    ...io,
    message: "Title: what do users see?",
    placeholder: "Deployments are failing",
    validate: (value) => (value?.trim() ? undefined : "Write a title"),
  });
  if (isCancel(title)) return cancelled(io);
  const impact = await select({
    ...io,
    message: "Impact",
    options: IMPACTS.map((value) => ({ value, label: value })),
    initialValue: "minor" as (typeof IMPACTS)[number],
  });
  if (isCancel(impact)) return cancelled(io);
  const message = await text({
    ...io,
    message: "First post (optional): what is happening, what are you doing?",
    placeholder: "We are investigating.",
  });
  if (isCancel(message)) return cancelled(io);
  if (!message?.trim()) {
    outro("Writing the file…", io);
    return { components, zones, title, impact, message: "" };
  }
  const status = await select({
    ...io,
    message: "Status of the first post",
    options: ONGOING.map((value) => ({ value, label: statusLabel(value) })),
    initialValue: "investigating" as IncidentUpdateStatus,
  });
  if (isCancel(status)) return cancelled(io);
  outro("Writing the file…", io);
  return { components, zones, title, impact, message, status };
}

/** The statuses a first post of an ongoing incident may have. */
const ONGOING: readonly IncidentUpdateStatus[] = ["investigating", "identified", "monitoring"];

function cancelled(io: CommonOptions): null {
  cancel("Cancelled.", io);
  return null;
}
