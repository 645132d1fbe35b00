/**
 * The results of checking incident files, kept across runs in
 * `.cache/statusmark/` beside the incidents folder, so that `check`,
 * `build` and `serve` parse and validate a file only when its bytes, the
 * site's settings or Statusmark itself changed, or when the build's now
 * moved past a time the result depends on. Safe to delete at any time.
 *
 * One file per incidents folder: a signature, then the serialised entries.
 * A file that is missing, unsigned, corrupt or from another version or site
 * is an empty cache, never an error.
 */
import { createHash } from "node:crypto";
import { basename, dirname, join } from "node:path";
import type { SourceFile } from "../load/source.ts";
import type { Site, UtcDateTime } from "../model/types.ts";
import type { FileResult } from "../validate/incident-file.ts";
import { holdsAt, resultHoldsWhile, type NowSpan } from "../validate/now-bounds.ts";
import { readSigned, writeSigned } from "./signed-file.ts";

export interface CheckCache {
  /** The result checking `file` gives at `now`, when an earlier run already checked these bytes. */
  get(file: SourceFile, now: UtcDateTime): FileResult | undefined;
  /** How many results `get` has given. */
  readonly hits: number;
  /** Keeps the result `file` gave at `now`, for the nows it holds at. */
  set(file: SourceFile, now: UtcDateTime, result: FileResult): void;
  /**
   * Writes the cache back when it changed, without the entries this run did
   * not use: they belong to files changed or gone.
   */
  save(): void;
}

interface Entry extends NowSpan {
  result: FileResult;
}

interface Stored {
  /** Statusmark's code and the site's settings the entries were checked with. */
  scope: string;
  entries: [string, Entry][];
}

/** The folder beside `incidentsRoot` that holds its caches. */
export function cacheFolderOf(incidentsRoot: string): string {
  return join(dirname(incidentsRoot), ".cache", "statusmark");
}

export interface CacheScope {
  /** The incidents folder. */
  folder: string;
  /** Statusmark's code: `codeVersion()`. */
  code: string;
  /** The site's settings the files are checked against. */
  site: Site | null;
  /** Signs the cache: `signingKey()`. */
  key: Buffer;
}

/** Opens the cache of an incidents folder; entries of another code or site are dropped. */
export function openCheckCache({ folder, code, site, key }: CacheScope): CheckCache {
  const path = join(cacheFolderOf(folder), `check-${basename(folder)}.bin`);
  const scope = createHash("sha256").update(code).update(JSON.stringify(site)).digest("base64url");
  const stored = readSigned(path, key) as Stored | null;
  const entries = new Map(stored?.scope === scope ? stored.entries : []);
  const used = new Set<string>();
  let changed = false;
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    get(file, now) {
      const id = entryId(file);
      const entry = entries.get(id);
      if (!entry || !holdsAt(entry, now)) return undefined;
      used.add(id);
      hits++;
      return entry.result;
    },
    set(file, now, result) {
      const span = resultHoldsWhile(result, now);
      if (span === null) return;
      const id = entryId(file);
      entries.set(id, { ...span, result });
      used.add(id);
      changed = true;
    },
    save() {
      for (const id of entries.keys())
        if (!used.has(id)) {
          entries.delete(id);
          changed = true;
        }
      if (changed) writeSigned(path, { scope, entries: [...entries] } satisfies Stored, key);
    },
  };
}

/** Files are told apart by the path diagnostics show and by their bytes. */
function entryId(file: SourceFile): string {
  return createHash("sha256").update(file.path).update("\0").update(file.text).digest("base64url");
}
