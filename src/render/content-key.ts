import { createHash } from "node:crypto";

/** A short name for everything a file is made from: equal for equal parts, whatever their size. */
export function contentKey(...parts: readonly unknown[]): string {
  const hash = createHash("sha1");
  for (const part of parts)
    hash.update(typeof part === "string" ? part : JSON.stringify(part)).update("\0");
  return hash.digest("base64url");
}
