import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";

const SIGNATURE_BYTES = 32;

/**
 * What this process last read or wrote at each path, with the file's size
 * and time then: `serve` rebuilds many times, and reading back what it just
 * wrote took a third of a rebuild.
 */
const held = new Map<string, { value: unknown; size: number; mtimeMs: number; key: Buffer }>();

function hold(path: string, value: unknown, key: Buffer): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat) held.set(path, { value, size: stat.size, mtimeMs: stat.mtimeMs, key });
}

/**
 * Reads what `writeSigned` wrote with the same key; null when the file is
 * missing, cut short, not signed with `key` or not readable: a cache that
 * cannot be trusted is an empty one, never an error.
 */
export function readSigned(path: string, key: Buffer): unknown {
  const known = held.get(path);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (known && stat && Buffer.compare(known.key, key) === 0)
    if (stat.size === known.size && stat.mtimeMs === known.mtimeMs) return known.value;
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
    const value: unknown = deserialize(body);
    hold(path, value, key);
    return value;
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
    hold(path, value, key);
  } catch {
    // A cache that cannot be written (a read-only checkout) only makes the next run slower.
  }
}
