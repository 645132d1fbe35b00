import type { Component, Impact, Incident, UtcDateTime } from "./types.ts";
import { isMaintenance } from "./incident.ts";

/** A component's state at build time, with the names hosted status pages use. */
export const COMPONENT_STATUSES = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
] as const;
export type ComponentStatusValue = (typeof COMPONENT_STATUSES)[number];

/** The overall indicator: the worst impact among ongoing incidents, else `maintenance` during a window. */
export const INDICATORS = ["none", "minor", "major", "critical", "maintenance"] as const;
export type Indicator = (typeof INDICATORS)[number];

/** A component's status while an incident of each impact affects it. */
export const STATUS_OF_IMPACT: Record<Impact, ComponentStatusValue> = {
  none: "operational",
  minor: "degraded_performance",
  major: "partial_outage",
  critical: "major_outage",
};

const SEVERITY: Record<Impact, number> = { none: 0, minor: 1, major: 2, critical: 3 };

export interface ComponentState {
  component: Component;
  status: ComponentStatusValue;
  /** Ongoing incidents and active maintenance that name this component. */
  incidents: Incident[];
}

export interface CurrentStatus {
  indicator: Indicator;
  /** One line for readers: "All systems operational", "Partial outage", … */
  description: string;
  components: ComponentState[];
  /** Incidents (not maintenance) that have started and are not resolved, newest first. */
  ongoing: Incident[];
  /** Maintenance windows in progress, newest first. */
  activeMaintenance: Incident[];
  /** Maintenance windows that have not started, soonest first. */
  upcomingMaintenance: Incident[];
}

const DESCRIPTIONS: Record<Indicator, string> = {
  none: "All systems operational",
  minor: "Minor service disruption",
  major: "Partial service outage",
  critical: "Major service outage",
  maintenance: "Maintenance in progress",
};

/** Whether an incident is unresolved at `now`; maintenance counts while its window is open. */
export function isOngoing(incident: Incident, now: UtcDateTime): boolean {
  return incident.start <= now && (incident.end === null || incident.end > now);
}

/** The state of every component and of the whole service at `now`, from sorted incidents. */
export function currentStatus(
  components: readonly Component[],
  incidents: readonly Incident[],
  now: UtcDateTime,
): CurrentStatus {
  const open = incidents.filter((i) => isOngoing(i, now));
  const ongoing = open.filter((i) => !isMaintenance(i));
  const activeMaintenance = open.filter(isMaintenance);
  const upcomingMaintenance = incidents.filter((i) => isMaintenance(i) && i.start > now).reverse();
  const worst = worstImpact(ongoing);
  const indicator: Indicator =
    worst !== null && worst !== "none"
      ? worst
      : activeMaintenance.length > 0
        ? "maintenance"
        : "none";
  return {
    indicator,
    description: DESCRIPTIONS[indicator],
    components: components.map((component) => {
      const affecting = open.filter((i) => i.components.includes(component.name));
      return { component, status: statusOf(affecting), incidents: affecting };
    }),
    ongoing,
    activeMaintenance,
    upcomingMaintenance,
  };
}

/** How bad a state is, for a group's state (its worst member's). */
const STATUS_SEVERITY: Record<ComponentStatusValue, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

/** The worst of some states: a group's, from its members'. */
export function worstStatus(statuses: readonly ComponentStatusValue[]): ComponentStatusValue {
  return statuses.reduce<ComponentStatusValue>(
    (worst, s) => (STATUS_SEVERITY[s] > STATUS_SEVERITY[worst] ? s : worst),
    "operational",
  );
}

/** The state of a component or a zone from the incidents open on it: the worst impact, else maintenance. */
export function statusOf(affecting: readonly Incident[]): ComponentStatusValue {
  const impact = worstImpact(affecting.filter((i) => !isMaintenance(i)));
  if (impact !== null && impact !== "none") return STATUS_OF_IMPACT[impact];
  return affecting.some(isMaintenance) ? "under_maintenance" : "operational";
}

function worstImpact(incidents: readonly Incident[]): Impact | null {
  let worst: Impact | null = null;
  for (const { impact } of incidents) {
    if (impact !== "maintenance" && (worst === null || SEVERITY[impact] > SEVERITY[worst]))
      worst = impact;
  }
  return worst;
}
