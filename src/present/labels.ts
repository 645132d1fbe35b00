/** The words readers see for the model's enumerations. */
import type { ComponentStatusValue, Indicator } from "../model/status.ts";
import type { Phase } from "../model/phase.ts";
import type { Incident, IncidentImpact, Zone } from "../model/types.ts";
import type { UpdateStatus } from "../model/update-status.ts";

/** A component's state at build time. */
export const STATUS_LABELS: Record<ComponentStatusValue, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

/** Where an incident or a maintenance stands at build time. */
export const PHASE_LABELS: Record<Phase, { incident: string; maintenance: string }> = {
  scheduled: { incident: "Scheduled", maintenance: "Scheduled" },
  ongoing: { incident: "Ongoing", maintenance: "In progress" },
  resolved: { incident: "Resolved", maintenance: "Completed" },
};

/** The stage an update marks, shown on each entry of a timeline; the same words as the labels in files. */
export const UPDATE_STATUS_LABELS: Record<UpdateStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};

/** An incident's impact, as a badge. */
export const IMPACT_LABELS: Record<IncidentImpact, string> = {
  none: "No impact",
  minor: "Minor",
  major: "Major",
  critical: "Critical",
  maintenance: "Maintenance",
};

/** An impact as a badge and a calendar's legend say it: "Major impact", "No impact", "Maintenance". */
export function impactLabel(impact: IncidentImpact): string {
  return impact === "none" || impact === "maintenance"
    ? IMPACT_LABELS[impact]
    : `${IMPACT_LABELS[impact]} impact`;
}

/** How bad a state looks: a CSS class suffix, a badge colour. */
export type Tone = "ok" | "minor" | "major" | "critical" | "maintenance";

/** The tone of a state, an impact or the overall indicator. */
export const TONES: Record<ComponentStatusValue | IncidentImpact | Indicator, Tone> = {
  operational: "ok",
  none: "ok",
  degraded_performance: "minor",
  minor: "minor",
  partial_outage: "major",
  major: "major",
  major_outage: "critical",
  critical: "critical",
  under_maintenance: "maintenance",
  maintenance: "maintenance",
};

/** A zone as readers see it: "Paris [PAR]", or "[PAR]" when it has no other name. */
export function zoneLabel(zone: Zone): string {
  return zone.name === zone.id ? `[${zone.id}]` : `${zone.name} [${zone.id}]`;
}

/** Where an incident happened, in one line: "Cellar Network [PAR]". */
export function placeLabel(incident: Incident): string {
  return [...incident.components, ...incident.zones.map((z) => `[${z}]`)].join(" ");
}

/** "no incidents", "1 incident", "9 incidents". */
export function count(n: number, noun: string): string {
  return n === 0 ? `no ${noun}s` : n === 1 ? `1 ${noun}` : `${n} ${noun}s`;
}
