/**
 * Runs `run` once for changes that arrive within `settleMs` of each other or
 * while a run is going on, with the paths that changed; runs never overlap.
 */
export function batchChanges(settleMs: number, run: (changed: string[]) => Promise<void>) {
  let pending: string[] = [];
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  return {
    add(path: string): void {
      pending.push(path);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        running = running.then(() => {
          const changed = [...new Set(pending)];
          pending = [];
          return changed.length > 0 ? run(changed) : undefined;
        });
      }, settleMs);
    },
    /** Drops what has not started and waits for the run in progress. */
    async close(): Promise<void> {
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
