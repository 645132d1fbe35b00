import { lastChange } from "../../model/incident.ts";
import { utcDateTime } from "../../model/time.ts";
import { worstStatus } from "../../model/status.ts";
import type { History, Incident, UtcDateTime } from "../../model/types.ts";
import type { ComponentV2 } from "../../statuspage/schema.ts";
import { stableId } from "./ids.ts";
import { pageId, timeV2 } from "./page.ts";

/**
 * Statuspage's `components`: each declared group becomes a group component
 * (`group: true`) placed where its first member is declared, followed by its
 * members (`group_id`); positions count from 1 within the page or the group.
 */
export function componentsV2(history: History): ComponentV2[] {
  const page_id = pageId(history);
  const createdAt = utcDateTime(
    `${history.days.at(-1)?.date ?? history.now.slice(0, 10)}T00:00:00Z`,
  );
  const leaves = history.status.components.map(({ component, status }): ComponentV2 => {
    const touching = history.incidents.filter((i) => i.components.includes(component.name));
    return {
      id: component.statuspageId ?? stableId("component", component.name),
      name: component.name,
      status,
      created_at: timeV2(createdAt),
      updated_at: timeV2(lastChangeOf(touching, history.now) ?? createdAt),
      position: 0,
      description: component.description,
      showcase: component.showcase,
      start_date: null,
      group_id: component.group === null ? null : stableId("group", component.group),
      page_id,
      group: false,
      only_show_if_degraded: false,
    };
  });
  const result: ComponentV2[] = [];
  const groups = new Set<string>();
  let position = 0;
  history.site.components.forEach(({ group }, index) => {
    if (group === null) {
      result.push({ ...leaves[index]!, position: ++position });
      return;
    }
    if (groups.has(group)) return;
    groups.add(group);
    const members = leaves.filter((_, i) => history.site.components[i]!.group === group);
    const worst = worstStatus(members.map((m) => m.status));
    result.push({
      id: stableId("group", group),
      name: group,
      status: worst,
      created_at: timeV2(createdAt),
      updated_at: members.map((m) => m.updated_at).reduce((a, b) => (b > a ? b : a)),
      position: ++position,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id,
      group: true,
      only_show_if_degraded: false,
      components: members.map((m) => m.id),
    });
    members.forEach((m, i) => result.push({ ...m, position: i + 1 }));
  });
  return result;
}

/** The latest time any of `incidents` changed, up to `now`. */
function lastChangeOf(incidents: readonly Incident[], now: UtcDateTime): UtcDateTime | null {
  const times = incidents.map((i) => lastChange(i, now)).filter((t) => t !== null);
  return times.sort().at(-1) ?? null;
}
