import { Type } from "@sinclair/typebox";

// One way to write an enum and a nullable value for both APIs.
export { Nullable, StringEnum } from "../../statuspage/fields.ts";

/** The JSON Schema dialect every published schema declares. */
export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/** An ISO 8601 UTC date-time with seconds and a `Z`, as the model writes them. */
export function UtcTime(description?: string) {
  return Type.String({
    format: "date-time",
    pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$",
    ...(description === undefined ? {} : { description }),
  });
}

/** An absolute URL. */
export function Url(description?: string) {
  return Type.String({ format: "uri", ...(description === undefined ? {} : { description }) });
}

/** The `$schema` link every native API file starts with. */
export const SchemaLink = Url("The URL of the JSON Schema this file follows.");

/** A closed object: the native API documents every key it emits. */
export const closed = { additionalProperties: false } as const;
