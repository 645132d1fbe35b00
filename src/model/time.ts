import type { UtcDateTime } from "./types.ts";

const MODEL_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Brands a time already written in the model's form; anything else is a bug in the caller. */
export function utcDateTime(text: string): UtcDateTime {
  if (!MODEL_FORM.test(text))
    throw new TypeError(`Expected a UTC date-time such as 2022-06-10T05:23:00Z, got ${text}`);
  return text as UtcDateTime;
}
