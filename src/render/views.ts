/**
 * The pages of the site beyond the history itself, derived once from the
 * model so templates only render: the home page's week, the month pages with
 * their neighbours, and the same archive filtered to one component or zone.
 */
import { siteUptime, type SiteUptime, type Uptime } from "../model/availability.ts";
import { addDays } from "../model/calendar.ts";
import { RECENT_DAYS } from "../model/history.ts";
import {
  isOngoing,
  statusOf,
  worstStatus,
  type ComponentState,
  type ComponentStatusValue,
} from "../model/status.ts";
import type { Day, History, Incident, Month, Zone } from "../model/types.ts";
import { paths } from "../model/urls.ts";
import { zoneLabel } from "../present/labels.ts";
import { yearPages, type YearPage } from "./years.ts";

/** How many of its newest incidents a component's or a zone's page lists in full. */
export const LATEST_INCIDENTS = 5;

/** One month page of an archive, with the paths of the months around it. */
export interface MonthPage {
  month: Month;
  path: string;
  /** The month before, or null for the oldest. */
  older: { month: string; path: string } | null;
  /** The month after, or null for the newest. */
  newer: { month: string; path: string } | null;
}

/** The archive of one component or one zone. */
export interface Facet {
  kind: "component" | "zone";
  /** What readers see: "Cellar", "Paris [PAR]". */
  name: string;
  description: string | null;
  /** The index page of this archive. */
  path: string;
  /** Its state at build time: a component's, or a zone's from the incidents open on it. */
  status: ComponentStatusValue;
  /** Its availability; null for a component declared with `uptime: false`. */
  uptime: Uptime | null;
  /** Every month of the archive, newest first, with only this facet's incidents. */
  months: MonthPage[];
  incidentCount: number;
  /** The days of its `LATEST_INCIDENTS` newest incidents, newest first, with only those. */
  latest: Day[];
  /**
   * For a zone, the components its incidents named, in site.yml's order, with
   * their state; site.yml does not tie components to zones. Null for a component.
   */
  components: ComponentState[] | null;
}

/** A month page of a facet's archive, flattened so Eleventy can paginate over it. */
export interface FacetMonthPage extends MonthPage {
  facet: Facet;
}

/** Components under a `group` heading, in the order site.yml declares them. */
export interface ComponentGroup {
  /** Null for components declared without a group. */
  name: string | null;
  /** The worst of its members' states. */
  status: ComponentStatusValue;
  states: ComponentState[];
}

/** A zone's state at build time: the worst among the ongoing incidents that name it. */
export interface ZoneState {
  zone: Zone;
  status: ComponentStatusValue;
}

export interface SitePages {
  componentGroups: ComponentGroup[];
  zones: ZoneState[];
  uptime: SiteUptime;
  /** The last `RECENT_DAYS` days up to the build's day, newest first. */
  recentDays: Day[];
  months: MonthPage[];
  /** Every year of the history, newest first. */
  years: YearPage[];
  facets: Facet[];
  facetMonths: FacetMonthPage[];
}

/** Every page's data, derived from the history without reading anything else. */
export function siteViews(history: History): SitePages {
  const uptime = siteUptime(history);
  const zoneComponents = componentsByZone(history);
  const zones = history.site.zones.map((zone) => ({
    zone,
    status: statusOf(
      history.incidents.filter((i) => i.zones.includes(zone.id) && isOngoing(i, history.now)),
    ),
  }));
  const facets = [
    ...history.site.components.map((component): Facet =>
      facet(
        "component",
        component.name,
        component.description,
        paths.component(component.slug),
        history.status.components.find((s) => s.component.name === component.name)!.status,
        uptime.components.get(component.name) ?? null,
        filterMonths(history.months, (i) => i.components.includes(component.name)),
        (month) => paths.componentMonth(component.slug, month),
        null,
      ),
    ),
    ...zones.map(({ zone, status }): Facet =>
      facet(
        "zone",
        zoneLabel(zone),
        null,
        paths.zone(zone.id),
        status,
        uptime.zones.get(zone.id) ?? null,
        filterMonths(history.months, (i) => i.zones.includes(zone.id)),
        (month) => paths.zoneMonth(zone.id, month),
        zoneComponents.get(zone.id) ?? [],
      ),
    ),
  ];
  return {
    componentGroups: componentGroups(history.status.components),
    zones,
    uptime,
    recentDays: recentDays(history),
    months: monthPages(history.months, paths.month),
    years: yearPages(history.months),
    facets,
    facetMonths: facets.flatMap((f) => f.months.map((page) => ({ ...page, facet: f }))),
  };
}

/** Component states grouped by `group`, groups in order of first appearance. */
export function componentGroups(states: readonly ComponentState[]): ComponentGroup[] {
  const groups: ComponentGroup[] = [];
  for (const state of states) {
    const name = state.component.group;
    const group = groups.find((g) => g.name === name);
    if (group) group.states.push(state);
    else groups.push({ name, status: "operational", states: [state] });
  }
  for (const group of groups) group.status = worstStatus(group.states.map((s) => s.status));
  return groups;
}

/** The `RECENT_DAYS` days that end with the build's day, newest first. */
export function recentDays(history: History): Day[] {
  const today = history.now.slice(0, 10);
  const first = addDays(today, -(RECENT_DAYS - 1));
  return history.days.filter((d) => d.date <= today && d.date >= first);
}

/** Months (newest first) as pages, each linked to the months on either side. */
export function monthPages(months: readonly Month[], path: (month: string) => string): MonthPage[] {
  return months.map((month, index) => {
    const newer = months[index - 1];
    const older = months[index + 1];
    return {
      month,
      path: path(month.month),
      older: older ? { month: older.month, path: path(older.month) } : null,
      newer: newer ? { month: newer.month, path: path(newer.month) } : null,
    };
  });
}

/** The same months and days, keeping only the incidents that match. */
export function filterMonths(
  months: readonly Month[],
  keep: (incident: Incident) => boolean,
): Month[] {
  return months.map((month) => {
    const days = month.days.map((day) => ({
      date: day.date,
      incidents: day.incidents.filter(keep),
    }));
    return {
      month: month.month,
      days,
      incidentCount: days.reduce((sum, day) => sum + day.incidents.length, 0),
    };
  });
}

function facet(
  kind: Facet["kind"],
  name: string,
  description: string | null,
  path: string,
  status: ComponentStatusValue,
  uptime: Uptime | null,
  months: Month[],
  monthPath: (month: string) => string,
  components: ComponentState[] | null,
): Facet {
  return {
    kind,
    name,
    description,
    path,
    status,
    uptime,
    // Only the months with its incidents: a page saying "no incidents" for
    // every month of every component would be most of a long history's pages.
    months: monthPages(
      months.filter((m) => m.incidentCount > 0),
      monthPath,
    ),
    incidentCount: months.reduce((sum, m) => sum + m.incidentCount, 0),
    latest: latestIncidents(months),
    components,
  };
}

/** The days of the newest `LATEST_INCIDENTS` incidents, from months and days that are newest first. */
function latestIncidents(months: readonly Month[]): Day[] {
  const latest: Day[] = [];
  let left = LATEST_INCIDENTS;
  for (const month of months) {
    if (month.incidentCount === 0) continue;
    for (const day of month.days) {
      if (day.incidents.length === 0) continue;
      latest.push({ date: day.date, incidents: day.incidents.slice(0, left) });
      left -= Math.min(left, day.incidents.length);
      if (left === 0) return latest;
    }
  }
  return latest;
}

/** For each zone id, the states of the components its incidents named, in site.yml's order. */
function componentsByZone(history: History): Map<string, ComponentState[]> {
  const named = new Map<string, Set<string>>();
  for (const incident of history.incidents) {
    for (const zone of incident.zones) {
      const set = named.get(zone) ?? new Set<string>();
      named.set(zone, set);
      for (const component of incident.components) set.add(component);
    }
  }
  return new Map(
    [...named].map(([zone, names]) => [
      zone,
      history.status.components.filter((s) => names.has(s.component.name)),
    ]),
  );
}
