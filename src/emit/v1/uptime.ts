import {
  availabilityMilli,
  siteUptime,
  type Downtime,
  type Uptime,
} from "../../model/availability.ts";
import type { History } from "../../model/types.ts";
import { schemaUrl } from "../schemas/index.ts";
import type { UptimeJson } from "../schemas/uptime.ts";

/** `api/v1/uptime.json`: 90 days and 12 months of availability, overall, per component and per zone. */
export function uptimeJson(history: History): UptimeJson {
  const { site } = history;
  const figures = siteUptime(history);
  return {
    $schema: schemaUrl(site, "uptime"),
    generated_at: history.now,
    overall: uptimeFields(figures.overall),
    components: site.components.flatMap((c) => {
      const uptime = figures.components.get(c.name);
      return uptime
        ? [{ name: c.name, slug: c.slug, since: c.since, ...uptimeFields(uptime) }]
        : [];
    }),
    zones: site.zones.map((z) => ({ id: z.id, ...uptimeFields(figures.zones.get(z.id)!) })),
  };
}

function uptimeFields(uptime: Uptime) {
  return {
    ...downtimeFields(uptime),
    days: uptime.days.map((d) => ({
      date: d.date,
      ...downtimeFields(d),
      incidents: d.incidents.map((i) => i.id),
    })),
    months: uptime.months.map((m) => ({ month: m.month, ...downtimeFields(m) })),
  };
}

function downtimeFields(downtime: Downtime) {
  const milli = availabilityMilli(downtime);
  return {
    downtime_minutes: downtime.downtimeMinutes,
    tracked_minutes: downtime.trackedMinutes,
    availability_percent: milli === null ? null : milli / 1000,
  };
}
