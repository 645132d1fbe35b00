import { createHash } from "node:crypto";

/** A short name for everything a file is made from: equal for equal parts, whatever their size. */
export function contentKey(...parts: readonly unknown[]): string {
  const hash = createHash("sha1");
  for (const part of parts)
    hash.update(typeof part === "string" ? part : JSON.stringify(part)).update("\0");
  return hash.digest("base64url");
}

const keys = new WeakMap<object, string>();

/**
 * `contentKey(value)`, worked out once per object: the model is never
 * changed once built, and an incident feeds several files.
 */
export function objectKey(value: object): string {
  let key = keys.get(value);
  if (key === undefined) keys.set(value, (key = contentKey(value)));
  return key;
}
