import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  type Dirent,
  type Stats,
} from "node:fs";

export type ReadResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; problem: "too-large"; bytes: number }
  | { ok: false; problem: "unreadable"; reason: string };

// ignoreBOM keeps a byte order mark in the text, so that it is seen and can be written back.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// Opening a named pipe for reading waits for a writer: non-blocking, it
// returns at once and fstat tells what it is. Neither flag exists on Windows.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Reads a regular file of at most `maxBytes` as UTF-8 text. A bigger file is
 * refused from its size without reading it, and what is read never exceeds
 * the limit, even from a file that grows meanwhile. Synchronous: a history is
 * thousands of small files, and one system call each costs less than the
 * promise machinery around it.
 */
export function readRegularFile(path: string, maxBytes: number): ReadResult {
  let fd;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    return { ok: false, problem: "unreadable", reason: describeError(error) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile())
      return { ok: false, problem: "unreadable", reason: `it is ${kindOf(info)}, expected a file` };
    if (info.size > maxBytes) return { ok: false, problem: "too-large", bytes: info.size };
    // One byte more than the size, to see a file that grew since fstat.
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length)
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(maxBytes + 1, length * 2))]);
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { ok: false, problem: "too-large", bytes: length };
    }
    const text = decoder.decode(buffer.subarray(0, length));
    return text.startsWith("\uFEFF")
      ? { ok: true, text: text.slice(1), bom: true }
      : { ok: true, text, bom: false };
  } catch (error) {
    return { ok: false, problem: "unreadable", reason: describeError(error) };
  } finally {
    closeSync(fd);
  }
}

/** What a file system entry is, for a message: "a folder", "a named pipe (FIFO)". */
export function kindOf(info: Stats | Dirent): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFile()) return "a file";
  if (info.isSymbolicLink()) return "a symbolic link";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a file";
}

/** Why the file system refused, in words. */
export function describeError(error: unknown): string {
  if (error instanceof TypeError) return "it is not valid UTF-8 text";
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "there is no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a part of its path is not a folder";
  if (code === "ELOOP") return "it is a symbolic link";
  if (code === "ENAMETOOLONG") return "its name is too long";
  return String((error as Error).message ?? error);
}
