/**
 * Timings for `npm run bench`, as User Timing measures the benchmark reads from the page. Only a build made with
 * WXT_BENCH=true records them: the shipped extension leaves no trace a page could read.
 */
const ENABLED = import.meta.env.WXT_BENCH === 'true';

/** Records a `rumor-context:<name>` measure from `start` (a performance.now() value) to now. */
export function recordMeasure(name: string, start: number, detail?: Record<string, number>): void {
  if (ENABLED) performance.measure(`rumor-context:${name}`, { start, end: performance.now(), detail });
}

/**
 * Marks a change of what the page renders (highlights, the mark style): the benchmark charges the next frame to the
 * extension only after a task that holds one (bench/lib/trace.ts).
 */
export function markRenderChange(): void {
  if (ENABLED) performance.mark('rumor-context:render');
}
