import { createHash } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A 12-character `[a-z0-9]` id like Statuspage's, derived from what it names
 * (`incident` + the incident's file id, …) so it is the same on every build.
 */
export function stableId(kind: string, key: string): string {
  const digest = createHash("sha256").update(`${kind}\0${key}`).digest();
  let id = "";
  for (let i = 0; i < 12; i++) id += ALPHABET[digest[i]! % ALPHABET.length];
  return id;
}
