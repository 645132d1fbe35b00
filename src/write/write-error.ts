/**
 * What the operator can do about a write the file system refused, by its
 * error code. A code of our own making is not here: that is a bug.
 */
const REASONS: Record<string, { reason: string; fix: (flag: string) => string }> = {
  EACCES: {
    reason: "permission denied",
    fix: (flag) => `give write access to the folder, or choose another ${flag}`,
  },
  EPERM: {
    reason: "the operation is not permitted",
    fix: (flag) => `give write access to the folder, or choose another ${flag}`,
  },
  EROFS: {
    reason: "the file system is read-only",
    fix: (flag) => `choose another ${flag} on a writable disk`,
  },
  ENOSPC: { reason: "the disk is full", fix: () => "free some space and run the command again" },
  EDQUOT: {
    reason: "the disk quota is used up",
    fix: () => "free some space and run the command again",
  },
  EEXIST: {
    reason: "a file of that name already exists",
    fix: () => "nothing was overwritten; move that file away or choose another name",
  },
  ENOTDIR: {
    reason: "a part of the path is a file, not a folder",
    fix: (flag) => `choose another ${flag}`,
  },
  EISDIR: { reason: "a folder has that name", fix: (flag) => `choose another ${flag}` },
  ENOENT: { reason: "a folder on the way is missing", fix: (flag) => `check ${flag}` },
};

/**
 * One sentence for a write that the file system refused (`EACCES`, `EROFS`,
 * `ENOSPC`, `EEXIST`, …): what could not be written, why, and what to do,
 * `flag` being the option that chose the place. Null for any other error,
 * which is a bug in statusmark.
 */
export function writeErrorMessage(error: unknown, path: string, flag: string): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return null;
  const known = REASONS[code];
  return known
    ? `Cannot write ${path}: ${known.reason} (${code}); ${known.fix(flag)}`
    : `Cannot write ${path} (${code}): check ${flag} and its permissions`;
}
