/**
 * `npx tsx bench/tasks.ts [PAGE] [--runs N] [--extension DIR]`: the main-thread tasks the extension caused on one bench page, from a
 * trace of a load with the bench build (.output-bench, built by `npm run bench`), each with what ran inside it
 * (script compile and evaluation, timers, style, layout, paint, GC), so a figure can be traced to its cause.
 */
import { resolve } from 'node:path';
import { serveStatic } from '../test/e2e/support/server';
import { ROOT } from './lib/build';
import { launchBrowser } from './lib/browsers';
import { waitForMeasures } from './lib/in-page';
import { extensionTasks, mainThreadOf, startTrace, type TraceEvent } from './lib/trace';

process.env.BENCH_TRACE_CATEGORIES ??= 'toplevel,devtools.timeline,blink.user_timing,v8.execute,v8,disabled-by-default-devtools.timeline';
const argv = process.argv.slice(2);
const pageName = argv.find((arg) => !arg.startsWith('--')) ?? 'none50k';
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
// Another build to compare (an older commit's .output-bench/chrome-mv3, say).
const extension = argv.includes('--extension') ? resolve(argv[argv.indexOf('--extension') + 1]) : resolve(ROOT, '.output-bench/chrome-mv3');

async function main(): Promise<void> {
  const server = await serveStatic([resolve(ROOT, 'bench-results/pages')]);
  const browser = await launchBrowser(extension);
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const stop = await startTrace(cdp);
      const url = `${server.origin}/${pageName}.html`;
      await page.goto(url, { waitUntil: 'load' });
      await waitForMeasures(page, 'full-scan', 1, 60_000);
      await page.waitForTimeout(800);
      const loadEvent = (await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventStart')) as number;
      console.log(`load event at ${loadEvent.toFixed(0)} ms`);
      const events = await stop();
      const thread = mainThreadOf(events, url);
      if (thread) print(run, events, thread);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function print(run: number, events: TraceEvent[], thread: { pid: number; tid: number }): void {
  const { caused } = extensionTasks(events, thread);
  const onThread = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X');
  const instantsOnThread = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && (event.ph === 'I' || event.ph === 'i' || event.ph === 'R'));
  const navigation = events.find((event) => event.name === 'navigationStart' && event.pid === thread.pid)?.ts ?? caused[0]?.ts ?? 0;
  const cpu = caused.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0) / 1000;
  console.log(`\nrun ${run + 1}: ${caused.length} tasks, ${cpu.toFixed(1)} ms CPU`);
  for (const task of caused) {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const event of onThread) {
      if (event === task || event.ts < task.ts || event.ts >= end || event.name.includes('RunTask')) continue;
      inside.set(event.name, (inside.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ');
    console.log(`  at ${((task.ts - navigation) / 1000).toFixed(0).padStart(5)} ms  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms wall ${((task.tdur ?? 0) / 1000).toFixed(1).padStart(6)} cpu  ${top}`);
    const instants = new Set(instantsOnThread.filter((event) => event.ts >= task.ts && event.ts < end).map((event) => event.name));
    if (instants.size > 0) console.log(`        instants: ${[...instants].join(', ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
