import type { Indicator } from "../model/status.ts";
import { INCIDENT_UPDATE_STATUSES, MAINTENANCE_UPDATE_STATUSES } from "../model/update-status.ts";

/**
 * Statuses of an incident in the Statuspage API, in the order an incident goes
 * through them: the model's, and `postmortem`, which Statusmark never emits.
 */
export const INCIDENT_STATUSES = [...INCIDENT_UPDATE_STATUSES, "postmortem"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Statuses of a scheduled maintenance in the Statuspage API: the model's. */
export const MAINTENANCE_STATUSES = MAINTENANCE_UPDATE_STATUSES;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

/**
 * `status.description` for each indicator, in Statuspage's own wording and
 * capitals, which clients compare as they are (`"All Systems Operational"`).
 */
export const STATUS_DESCRIPTIONS: Record<Indicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major Service Outage",
  maintenance: "Service Under Maintenance",
};
