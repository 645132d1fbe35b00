import { daysBetween } from "../../model/calendar.ts";
import { lastChange } from "../../model/incident.ts";
import type { Rule } from "../context.ts";

const STALE_DAYS = 7;

/** `ongoing-stale`: an incident without `end` whose last word is over a week old. */
export const ongoing: Rule = ({ fields, frontmatter, times, now, report }) => {
  if (fields.end || fields.scheduled || !fields.start || !frontmatter) return;
  const last =
    lastChange({ scheduled: null, start: fields.start.value, end: null, updates: times }, now) ??
    fields.start.value;
  const days = daysBetween(last, now);
  if (days < STALE_DAYS) return;
  report.warn("ongoing-stale", frontmatter.closeAt, { days });
};
