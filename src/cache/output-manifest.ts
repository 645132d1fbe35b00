import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { OutputManifest } from "../write/output-file.ts";
import { cacheFolderOf } from "./check-cache.ts";
import { readSigned, writeSigned } from "./signed-file.ts";

/**
 * Where the manifest of the output folder `out` is kept: in the cache
 * beside the incidents folder, one per output folder.
 */
function manifestPath(incidentsRoot: string, out: string): string {
  const name = createHash("sha256").update(out).digest("base64url").slice(0, 16);
  return join(cacheFolderOf(incidentsRoot), `output-${name}.bin`);
}

/** The manifest the last build into `out` saved; empty when there is none to trust. */
export function readOutputManifest(
  incidentsRoot: string,
  out: string,
  key: Buffer,
): OutputManifest {
  const stored = readSigned(manifestPath(incidentsRoot, out), key);
  return stored instanceof Map ? (stored as OutputManifest) : new Map();
}

/** Keeps the manifest of what `out` holds for the next build into it. */
export function saveOutputManifest(
  incidentsRoot: string,
  out: string,
  manifest: OutputManifest,
  key: Buffer,
): void {
  writeSigned(manifestPath(incidentsRoot, out), manifest, key);
}

/** Forgets the manifest of `out`, for an output folder that is removed. */
export function removeOutputManifest(incidentsRoot: string, out: string): void {
  rmSync(manifestPath(incidentsRoot, out), { force: true });
}
