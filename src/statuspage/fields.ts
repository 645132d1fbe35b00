/**
 * Every field of the Statuspage API is declared once, in two readings: the
 * strict one is what `api/v2/` emits; the lenient one is what a saved export
 * may hold, for the importer. Combinators build both readings side by side, so
 * an object's lenient shape is derived from the same field list as its strict
 * one and cannot drift from it.
 */
import {
  Type,
  type TArray,
  type TNull,
  type TObject,
  type TOptional,
  type TSchema,
  type TString,
  type TUnion,
  type TUnsafe,
} from "@sinclair/typebox";

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

/** One field in its two readings. */
export interface Field<S extends TSchema = TSchema, L extends TSchema = TSchema> {
  strict: S;
  lenient: L;
}

/** A field read the same way in both readings. */
export function same<T extends TSchema>(schema: T): Field<T, T> {
  return { strict: schema, lenient: schema };
}

/**
 * A string whose strict reading is refined (a format, a pattern): the lenient
 * reading takes any string, and leaves judging it to the converter.
 */
export function refinedString<T extends TSchema>(strict: T): Field<T, TString> {
  return { strict, lenient: Type.String() };
}

/** A status or other closed vocabulary: any string when reading, since the converter maps it. */
export function oneOf<const T extends readonly string[]>(
  values: T,
): Field<TUnsafe<T[number]>, TString> {
  return { strict: StringEnum(values), lenient: Type.String() };
}

/** `field` or `null`, in both readings. */
export function orNull<S extends TSchema, L extends TSchema>(field: Field<S, L>) {
  return { strict: Nullable(field.strict), lenient: Nullable(field.lenient) };
}

/** A list of `field`, in both readings. */
export function list<S extends TSchema, L extends TSchema>(
  field: Field<S, L>,
  description?: string,
): Field<TArray<S>, TArray<L>> {
  const options = description === undefined ? {} : { description };
  return { strict: Type.Array(field.strict, options), lenient: Type.Array(field.lenient) };
}

/** A field absent from some strict objects; every field the importer does not need is optional anyway. */
export function optional<S extends TSchema, L extends TSchema>(field: Field<S, L>) {
  return { strict: Type.Optional(field.strict), lenient: field.lenient };
}

type Fields = Record<string, Field>;

type StrictProperties<F extends Fields> = { [K in keyof F]: F[K]["strict"] };
type LenientProperties<F extends Fields, R extends keyof F> = {
  [K in keyof F]: K extends R ? F[K]["lenient"] : TOptional<TUnion<[F[K]["lenient"], TNull]>>;
};

/**
 * An object in both readings. The strict one requires every field not marked
 * `optional`; the lenient one requires only `required` (what the importer
 * cannot do without) and accepts `null` for every other field. Both allow
 * extra keys, as Statuspage adds fields over time.
 */
export function shape<F extends Fields, R extends keyof F & string>(
  fields: F,
  required: readonly R[],
): Field<TObject<StrictProperties<F>>, TObject<LenientProperties<F, R>>> {
  const strict: Record<string, TSchema> = {};
  const lenient: Record<string, TSchema> = {};
  for (const [key, field] of Object.entries(fields)) {
    strict[key] = field.strict;
    lenient[key] = (required as readonly string[]).includes(key)
      ? field.lenient
      : Type.Optional(Nullable(field.lenient));
  }
  // TypeBox cannot follow the mapped field types through `Type.Object`; the loop above builds them.
  return {
    strict: Type.Object(strict) as TObject as TObject<StrictProperties<F>>,
    lenient: Type.Object(lenient) as TObject as TObject<LenientProperties<F, R>>,
  };
}
