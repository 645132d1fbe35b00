import type { SourceFile } from "../load/source.ts";
import type { Site, UtcDateTime } from "../model/types.ts";
import { checkIncidentFile, type FileResult } from "../validate/incident-file.ts";

/** What a thread checking files shares with the others. */
export interface CheckWork {
  files: SourceFile[];
  site: Site | null;
  now: UtcDateTime;
  /** The next chunk to claim, one Int32 shared by every thread. */
  claims: SharedArrayBuffer;
}

const CHUNK = 50;

/** Claims chunks of `work` until none is left, handing over each one's results. */
export function checkChunks(
  work: CheckWork,
  onChunk: (start: number, results: FileResult[]) => void,
): void {
  const claims = new Int32Array(work.claims);
  for (;;) {
    const start = Atomics.add(claims, 0, 1) * CHUNK;
    if (start >= work.files.length) return;
    const chunk = work.files.slice(start, start + CHUNK);
    onChunk(
      start,
      chunk.map((file) => checkIncidentFile(file, work.site, work.now)),
    );
  }
}
