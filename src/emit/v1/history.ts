import type { History, Month } from "../../model/types.ts";
import { absolute, apiV1 } from "../../model/urls.ts";
import type { OutputFile } from "../../write/output-file.ts";
import { incidentSummary } from "../incident-json.ts";
import { jsonBytes, jsonFile, LIST_FILE_BOUND } from "../json.ts";
import type { HistoryJson, HistoryMonthJson } from "../schemas/history.ts";
import type { IncidentsJson } from "../schemas/incident.ts";
import { schemaUrl } from "../schemas/index.ts";
import { listPages, monthPages } from "../list-pages.ts";

/**
 * `api/v1/incidents.json`: every incident and maintenance as a summary, newest
 * first; past `LIST_FILE_BOUND` bytes, continued in `incidents/pages/2.json`…
 */
export function incidentsFiles(history: History): OutputFile[] {
  const { site, incidents } = history;
  const url = (page: number) => absolute(site, apiV1.incidentsPage(page));
  const header = (page: number, pages: number) => ({
    $schema: schemaUrl(site, "incidents"),
    count: incidents.length,
    page,
    pages,
    prev: page > 1 ? url(page - 1) : null,
    next: page < pages ? url(page + 1) : null,
  });
  const summaries = incidents.map((i) => incidentSummary(site, i));
  const pages = listPages(
    summaries,
    LIST_FILE_BOUND,
    jsonBytes(header(99_999, 100_000), 0) + 40,
    (summary) => jsonBytes(summary, 2) + 2,
  );
  return pages.map((list, index) => {
    const value: IncidentsJson = { ...header(index + 1, pages.length), incidents: list };
    return jsonFile(apiV1.incidentsPage(index + 1), value);
  });
}

/**
 * `api/v1/history/YYYY-MM.json`: every day of one month, newest first; a month
 * heavier than `LIST_FILE_BOUND` continues in `YYYY-MM/2.json`, `YYYY-MM/3.json`…
 */
export function historyMonthFiles(history: History, month: Month): OutputFile[] {
  const { site } = history;
  const url = (page: number) => absolute(site, apiV1.historyMonth(month.month, page));
  const header = (page: number, pages: number) => ({
    $schema: schemaUrl(site, "history-month"),
    month: month.month,
    incident_count: month.incidentCount,
    page,
    pages,
    prev: page > 1 ? url(page - 1) : null,
    next: page < pages ? url(page + 1) : null,
  });
  // Room for the header with both links at their longest, and for `"days": []`.
  const room = jsonBytes(header(999, 1000), 0) + 40;
  const pages = monthPages(
    month,
    LIST_FILE_BOUND,
    room,
    (incident) => jsonBytes(incidentSummary(site, incident), 4) + 2,
  );
  return pages.map((days, index) => {
    const value: HistoryMonthJson = {
      ...header(index + 1, pages.length),
      days: days.map((day) => ({
        date: day.date,
        incidents: day.incidents.map((i) => incidentSummary(site, i)),
      })),
    };
    return jsonFile(apiV1.historyMonth(month.month, index + 1), value);
  });
}

/** `api/v1/history.json`: the months of the archive, newest first, with their files. */
export function historyJson(history: History): HistoryJson {
  return {
    $schema: schemaUrl(history.site, "history"),
    months: history.months.map((m) => ({
      month: m.month,
      incident_count: m.incidentCount,
      url: absolute(history.site, apiV1.historyMonth(m.month, 1)),
    })),
  };
}
