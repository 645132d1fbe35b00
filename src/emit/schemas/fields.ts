import { Type, type TSchema, type TUnsafe } from "@sinclair/typebox";

/** The JSON Schema dialect every published schema declares. */
export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

/** A string that is one of `values`, emitted as a plain `enum` (not a union of constants). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  description?: string,
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({
    type: "string",
    enum: [...values],
    ...(description === undefined ? {} : { description }),
  });
}

/** `schema` or `null`. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

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
