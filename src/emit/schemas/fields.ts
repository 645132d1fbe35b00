import { Type } from "@sinclair/typebox";
import { Nullable } from "../../statuspage/fields.ts";

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

/** The keys that link the files of a list cut at 131,072 bytes (docs/api.md, "Long lists"). */
export const listLinks = {
  page: Type.Integer({ minimum: 1, description: "Which file of the list this is, from 1." }),
  pages: Type.Integer({ minimum: 1, description: "How many files the list takes." }),
  prev: Nullable(Url("The file before, with newer entries; null on the first.")),
  next: Nullable(Url("The file after, with older entries; null on the last.")),
};
