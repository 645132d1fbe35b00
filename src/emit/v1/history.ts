import type { History, Month } from "../../model/types.ts";
import { absolute, apiV1 } from "../../model/urls.ts";
import { incidentSummary } from "../incident-json.ts";
import type { HistoryJson, HistoryMonthJson } from "../schemas/history.ts";
import type { IncidentsJson } from "../schemas/incident.ts";
import { schemaUrl } from "../schemas/index.ts";

/** `api/v1/incidents.json`: every incident and maintenance as a summary, newest first. */
export function incidentsJson(history: History): IncidentsJson {
  return {
    $schema: schemaUrl(history.site, "incidents"),
    count: history.incidents.length,
    incidents: history.incidents.map((i) => incidentSummary(history.site, i)),
  };
}

/** `api/v1/history/YYYY-MM.json`: every day of one month, newest first. */
export function historyMonthJson(history: History, month: Month): HistoryMonthJson {
  return {
    $schema: schemaUrl(history.site, "history-month"),
    month: month.month,
    incident_count: month.incidentCount,
    days: month.days.map((day) => ({
      date: day.date,
      incidents: day.incidents.map((i) => incidentSummary(history.site, i)),
    })),
  };
}

/** `api/v1/history.json`: the months of the archive, newest first, with their files. */
export function historyJson(history: History): HistoryJson {
  return {
    $schema: schemaUrl(history.site, "history"),
    months: history.months.map((m) => ({
      month: m.month,
      incident_count: m.incidentCount,
      url: absolute(history.site, apiV1.historyMonth(m.month)),
    })),
  };
}
