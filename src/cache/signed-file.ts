import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";

const SIGNATURE_BYTES = 32;

/**
 * Reads what `writeSigned` wrote with the same key; null when the file is
 * missing, cut short, not signed with `key` or not readable: a cache that
 * cannot be trusted is an empty one, never an error.
 */
export function readSigned(path: string, key: Buffer): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const signature = bytes.subarray(0, SIGNATURE_BYTES);
  const body = bytes.subarray(SIGNATURE_BYTES);
  const expected = createHmac("sha256", key).update(body).digest();
  if (signature.length !== SIGNATURE_BYTES || !timingSafeEqual(signature, expected)) return null;
  try {
    return deserialize(body);
  } catch {
    return null;
  }
}

/** Writes `value` signed with `key`, beside the file then renamed over it, so no run reads half of it. */
export function writeSigned(path: string, value: unknown, key: Buffer): void {
  const body = serialize(value);
  const signature = createHmac("sha256", key).update(body).digest();
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, Buffer.concat([signature, body]));
    renameSync(temporary, path);
  } catch {
    // A cache that cannot be written (a read-only checkout) only makes the next run slower.
  }
}
