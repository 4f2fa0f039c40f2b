/**
 * The "settled" fact: the page's scan, live rescans, pending paints and pending writes are all done. Features report
 * their pending work here; the popup and the end-to-end tests ask for it (get-page-status) instead of sleeping.
 * It is kept in the content script's isolated world: nothing on the page can read it.
 */

/** How often a waiter looks again; only while someone waits. */
const CHECK_MS = 20;

export class Settle {
  private readonly probes = new Set<() => boolean>();
  private pendingTasks = 0;

  /** Counts as busy while `isBusy()` returns true, until `signal` aborts. */
  busyWhile(isBusy: () => boolean, signal: AbortSignal): void {
    this.probes.add(isBusy);
    signal.addEventListener('abort', () => this.probes.delete(isBusy), { once: true });
  }

  /** Counts as busy until `task` is done; returns it. */
  track<T>(task: Promise<T>): Promise<T> {
    this.pendingTasks++;
    const done = () => {
      this.pendingTasks--;
    };
    task.then(done, done);
    return task;
  }

  /** True when no feature has work pending. */
  isSettled(): boolean {
    if (this.pendingTasks > 0) return false;
    for (const isBusy of this.probes) if (isBusy()) return false;
    return true;
  }

  /** Resolves true once `ready()` holds and nothing is pending, or false after `timeoutMs`. */
  async until(timeoutMs: number, ready: () => boolean = () => true): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!(ready() && this.isSettled())) {
      if (Date.now() >= deadline) return false;
      await new Promise((wake) => setTimeout(wake, CHECK_MS));
    }
    return true;
  }
}
