/** Statuses of an incident in the Statuspage API, in the order an incident goes through them. */
export const INCIDENT_STATUSES = [
  "investigating",
  "identified",
  "monitoring",
  "resolved",
  "postmortem",
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Statuses of a scheduled maintenance in the Statuspage API. */
export const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];
