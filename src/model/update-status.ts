/**
 * The stage an update marks, in Statuspage's vocabulary. An operator writes it
 * as a label at the start of the update (`Identified:`); without one it is
 * derived from the updates before it.
 */

/** Statuses of an incident's updates, in the order an incident goes through them. */
export const INCIDENT_UPDATE_STATUSES = [
  "investigating",
  "identified",
  "monitoring",
  "resolved",
] as const;
export type IncidentUpdateStatus = (typeof INCIDENT_UPDATE_STATUSES)[number];

/** Statuses of a maintenance's updates, in order. */
export const MAINTENANCE_UPDATE_STATUSES = [
  "scheduled",
  "in_progress",
  "verifying",
  "completed",
] as const;
export type MaintenanceUpdateStatus = (typeof MAINTENANCE_UPDATE_STATUSES)[number];

/** Every update status: the JSON values of `status` in the API. */
export const UPDATE_STATUSES = [
  ...INCIDENT_UPDATE_STATUSES,
  ...MAINTENANCE_UPDATE_STATUSES,
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** The statuses an incident (`incident`) or a maintenance (`maintenance`) may take. */
export function statusesOf(kind: "incident" | "maintenance"): readonly UpdateStatus[] {
  return kind === "incident" ? INCIDENT_UPDATE_STATUSES : MAINTENANCE_UPDATE_STATUSES;
}

/** The status that closes an incident or a maintenance. */
export function finalStatus(kind: "incident" | "maintenance"): "resolved" | "completed" {
  return kind === "incident" ? "resolved" : "completed";
}

/** How a status is written as a label in a file and shown to readers: `In progress`. */
export function statusLabel(status: UpdateStatus): string {
  const words = status.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The status a label names, in any case (`in progress`, `RESOLVED`); null when it names none. */
export function statusOfLabel(label: string): UpdateStatus | null {
  const key = label.trim().toLowerCase().replace(/\s+/g, "_");
  return (UPDATE_STATUSES as readonly string[]).includes(key) ? (key as UpdateStatus) : null;
}

/** One post of a timeline, as far as its status goes. */
export interface StatusPost {
  /** The label the operator wrote; null when there is none. */
  written: UpdateStatus | null;
  /** When it was posted; null for an update written without a time. */
  at: string | null;
}

/**
 * The status of each post, in order. A written label is kept. Without one:
 * the first post is `investigating` (a maintenance's: `scheduled`); the last
 * post of one that has ended is `resolved` (`completed`); any other takes the
 * status of the post before it, except that a maintenance's update dated at or
 * after `start` is at least `in_progress`.
 */
export function deriveStatuses(
  posts: readonly StatusPost[],
  kind: "incident" | "maintenance",
  { start, ended }: { start: string; ended: boolean },
): UpdateStatus[] {
  const statuses: UpdateStatus[] = [];
  posts.forEach((post, index) => {
    const previous = statuses[index - 1];
    statuses.push(
      post.written ??
        (ended && index === posts.length - 1
          ? finalStatus(kind)
          : previous === undefined
            ? kind === "incident"
              ? "investigating"
              : "scheduled"
            : kind === "maintenance" &&
                previous === "scheduled" &&
                post.at !== null &&
                post.at >= start
              ? "in_progress"
              : previous),
    );
  });
  return statuses;
}
