/**
 * Main-thread tasks from a Chromium trace (CDP Tracing on the page's session), and which of them the extension caused.
 * A task is the extension's when it runs the content script's code (an event carrying a chrome-extension:// URL) or
 * holds one of its User Timing measures. The rendering task that follows such a task is counted too when the task
 * changed what the page renders, because style, layout and paint work the extension triggers runs there, not in the
 * script task: a task holding a `rumor-context:render` mark (the bench build marks each change of the highlights or of
 * the mark style, lib/content/perf-probe.ts; the manifest's mark sheet is inserted by the browser before the page is
 * parsed, in no task of the script's). A task that only read the page leaves the next frame to the page: before this
 * rule every extension task took the page's next frame with it (its first layout, when the script ran at document_start).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs, when Chromium records it. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}

export interface TaskFigures {
  /** Longest main-thread task the extension caused (script, or the frame it triggered), in ms. */
  longestExtensionTaskMs: number;
  /** Total main-thread time of those tasks, in ms. */
  extensionMainThreadMs: number;
  /** The same in CPU time: what the extension cost, whatever else the machine was running. */
  extensionMainThreadCpuMs: number;
  /** How many tasks over 50 ms the extension caused. */
  extensionLongTasks: number;
  /** Longest main-thread task of any kind (the page's own parsing, layout...), in ms. */
  longestTaskMs: number;
}

const CATEGORIES = process.env.BENCH_TRACE_CATEGORIES ?? 'toplevel,devtools.timeline,blink.user_timing,v8.execute';
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
const LONG_TASK_MS = 50;

/** Starts tracing the page's process; call the returned function to stop and get the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => events.push(...(chunk.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The renderer main thread that ran the page at `url` (it parsed it). */
export function mainThreadOf(events: readonly TraceEvent[], url: string): { pid: number; tid: number } | null {
  const parse = events.find((event) => event.name === 'ParseHTML' && JSON.stringify(event.args ?? {}).includes(url));
  return parse ? { pid: parse.pid, tid: parse.tid } : null;
}

/**
 * The page's main-thread top-level tasks, and those of them the extension caused (in time order). A task of the
 * page's own (it parses the document, or dispatches its DOMContentLoaded or load event) in which extension code also
 * ran (a document_start script is evaluated inside the parser's task; a load listener runs inside the load event's)
 * is charged only for the extension's own events in it: a slice covering them, with their wall and CPU time.
 */
export function extensionTasks(events: readonly TraceEvent[], thread: { pid: number; tid: number }): { tasks: TraceEvent[]; caused: TraceEvent[] } {
  const onThread = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid);
  const tasks = topLevelTasks(onThread);
  const extensionMarks = extensionInstants(onThread);
  const renderChanges = renderChangeInstants(onThread);
  const caused = new Map<TraceEvent, TraceEvent>();
  tasks.forEach((task, index) => {
    const end = task.ts + (task.dur ?? 0);
    const within = (time: number) => time >= task.ts && time <= end;
    if (!extensionMarks.some(within)) return;
    const inside = onThread.filter((event) => event.ph === 'X' && event !== task && event.ts >= task.ts && event.ts < end);
    caused.set(task, isPageOwnTask(inside) ? extensionSlice(task, inside) : task);
    if (!renderChanges.some(within)) return;
    const frame = tasks.slice(index + 1).find(isRenderingTask);
    if (frame) caused.set(frame, frame);
  });
  return { tasks, caused: tasks.filter((task) => caused.has(task)).map((task) => caused.get(task)!) };
}

/** The page's parsing or its DOMContentLoaded / load dispatch runs in this task. */
function isPageOwnTask(inside: readonly TraceEvent[]): boolean {
  return inside.some((event) => {
    if (event.name === 'ParseHTML') return true;
    const type = (event.args?.data as { type?: unknown } | undefined)?.type;
    return event.name === 'EventDispatch' && (type === 'load' || type === 'DOMContentLoaded');
  });
}

/** The extension's own events in a task (outermost only), as one slice: their summed wall and CPU time. */
function extensionSlice(task: TraceEvent, inside: readonly TraceEvent[]): TraceEvent {
  const own = inside.filter(hasExtensionUrl).sort((a, b) => a.ts - b.ts);
  let dur = 0;
  let tdur = 0;
  let coveredUntil = -Infinity;
  for (const event of own) {
    if (event.ts < coveredUntil) continue;
    coveredUntil = event.ts + (event.dur ?? 0);
    dur += event.dur ?? 0;
    tdur += event.tdur ?? event.dur ?? 0;
  }
  return { ...task, ts: own[0]?.ts ?? task.ts, dur, tdur };
}

/** Task figures for the page's main thread. */
export function taskFigures(events: readonly TraceEvent[], thread: { pid: number; tid: number }): TaskFigures {
  const { tasks, caused } = extensionTasks(events, thread);
  const durations = [...caused].map((task) => (task.dur ?? 0) / 1000);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    longestExtensionTaskMs: Math.max(0, ...durations),
    extensionMainThreadMs: sum(durations),
    extensionMainThreadCpuMs: sum([...caused].map((task) => (task.tdur ?? task.dur ?? 0) / 1000)),
    extensionLongTasks: durations.filter((value) => value > LONG_TASK_MS).length,
    longestTaskMs: Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000)),
  };
}

/** Complete top-level slices, outermost only, in time order. */
function topLevelTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const candidates = events.filter((event) => event.ph === 'X' && TOP_LEVEL.has(event.name)).sort((a, b) => a.ts - b.ts);
  const tasks: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const event of candidates) {
    if (event.ts < coveredUntil) continue;
    tasks.push(event);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return tasks;
}

/** Times at which extension code was running: its script events and its User Timing measures (begin and end). */
function extensionInstants(events: readonly TraceEvent[]): number[] {
  const times: number[] = [];
  for (const event of events) {
    if (event.name.startsWith('rumor-context:')) times.push(event.ts);
    else if (event.ph === 'X' && hasExtensionUrl(event)) times.push(event.ts, event.ts + (event.dur ?? 0));
  }
  return times;
}

/** Times at which the extension changed what the page renders (see the file's comment). */
function renderChangeInstants(events: readonly TraceEvent[]): number[] {
  const times: number[] = [];
  for (const event of events) {
    if (event.name === 'rumor-context:render') times.push(event.ts);
  }
  return times;
}

function hasExtensionUrl(event: TraceEvent): boolean {
  const data = (event.args?.data ?? null) as { url?: unknown } | null;
  return typeof data?.url === 'string' && data.url.startsWith('chrome-extension://');
}

function isRenderingTask(task: TraceEvent): boolean {
  const source = task.args as { src_func?: unknown } | undefined;
  return source?.src_func === 'ScheduledActionSendBeginMainFrame';
}
