import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";

const KEY_BYTES = 32;

/**
 * The key that signs the caches of this user, kept in their own cache folder
 * (`$XDG_CACHE_HOME/statusmark`, else `~/.cache/statusmark`), outside any
 * repository: a cache file committed in a pull request, which could put
 * unsanitised HTML on the pages, fails its signature and is ignored. Made on
 * first use; null when there is no such folder or it cannot be written,
 * and then nothing is cached.
 */
export function signingKey(env: Readonly<Record<string, string | undefined>>): Buffer | null {
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  const home = env.HOME && isAbsolute(env.HOME) ? join(env.HOME, ".cache") : null;
  const folder = base ?? home;
  if (folder === null) return null;
  const path = join(folder, "statusmark", "cache-key");
  try {
    mkdirSync(join(folder, "statusmark"), { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(KEY_BYTES), { flag: "wx", mode: 0o600 });
  } catch {
    // Made before, by this or another run; or not writable, which the read below tells.
  }
  try {
    const key = readFileSync(path);
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}
