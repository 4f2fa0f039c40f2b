/**
 * What one change of a highlight costs Chromium's next frame on the benchmark's 5 MB page (issue 13), without the
 * extension: the page gets the mark sheet at document start, then a highlight of N ranges (every "Jackson" and
 * "Delevingne" text, or only those near the viewport) is registered with a style and changed; the trace's PrePaint and
 * Paint of the frames that follow are summed. `npx tsx scripts/highlight-change-cost.ts [--runs 3] [--only TEXT] [--page 500k]` (run
 * `npm run bench` once first: it writes the page).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../bench/lib/browsers';
import { ROOT } from '../bench/lib/build';
import { startTrace } from '../bench/lib/trace';
import { serveStatic } from '../test/e2e/support/server';

const argv = process.argv.slice(2);
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
const sheet = readFileSync(resolve(ROOT, 'lib/content/highlights.css'), 'utf8');

const PAGE = argv.includes('--page') ? argv[argv.indexOf('--page') + 1] : '5m';
const ONLY = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const ALL_CASES = [
  { name: 'underline, all ranges', look: 'rumor-context-mark-underline', visibleOnly: false },
  { name: 'underline, near the viewport only', look: 'rumor-context-mark-underline', visibleOnly: true },
  { name: 'background, all ranges', look: 'rumor-context-mark-highlight', visibleOnly: false },
  { name: 'background, near the viewport only', look: 'rumor-context-mark-highlight', visibleOnly: true },
  { name: 'hover layer (background, 1 range) with all marks underlined', look: 'rumor-context-active', visibleOnly: false, hover: true },
  { name: 'all ranges under a name no rule paints (rumor-context-mark)', look: 'rumor-context-mark', visibleOnly: false },
  // Which part of the underline costs: the same 2 ranges under other decorations.
  { name: 'underline solid 1px, no offset, near the viewport only', look: 'probe-a', visibleOnly: true, css: 'text-decoration: underline' },
  { name: 'underline dotted 2px, no offset, near the viewport only', look: 'probe-b', visibleOnly: true, css: 'text-decoration: underline dotted 2px' },
  { name: 'underline dotted 2px, skip-ink none, near the viewport only', look: 'probe-d', visibleOnly: true, css: 'text-decoration: underline dotted 2px; text-decoration-skip-ink: none' },
  { name: 'underline dashed 1px, near the viewport only', look: 'probe-e', visibleOnly: true, css: 'text-decoration: underline dashed 1px' },
  { name: 'underline wavy, near the viewport only', look: 'probe-f', visibleOnly: true, css: 'text-decoration: underline wavy' },
  { name: 'underline, transparent colour, near the viewport only', look: 'probe-g', visibleOnly: true, css: 'text-decoration: underline transparent' },
  { name: 'text-shadow, near the viewport only', look: 'probe-c', visibleOnly: true, css: 'text-shadow: 0 1px rgb(124 58 237)' },
  { name: 'text-shadow, all ranges', look: 'probe-c', visibleOnly: false, css: 'text-shadow: 0 1px rgb(124 58 237)' },
  // The product registers the same highlight twice (the unpainted name and the look's).
  { name: 'background twice (mark + look), all ranges', look: 'rumor-context-mark-highlight', visibleOnly: false, twice: true },
  { name: 'background twice (mark + look), near the viewport only', look: 'rumor-context-mark-highlight', visibleOnly: true, twice: true },
  // A highlight registered (empty) at document start, before the first layout, then filled after load.
  { name: 'underline registered before layout, near the viewport only', look: 'rumor-context-mark-underline', visibleOnly: true, early: true },
  { name: 'background registered before layout, all ranges', look: 'rumor-context-mark-highlight', visibleOnly: false, early: true },
];
const CASES = ALL_CASES.filter((spec) => ONLY === null || spec.name.includes(ONLY));

// Runs in the page: registers the highlight, waits two frames, then changes it (one range removed) and waits two more.
const SCENARIO = `async ({ look, visibleOnly, hover, twice, early }) => {
  const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const ranges = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.search(/Jackson|Delevingne/);
    if (at >= 0) ranges.push(new StaticRange({ startContainer: node, startOffset: at, endContainer: node, endOffset: at + 7 }));
  }
  const near = (range) => { const r = document.createRange(); r.setStart(range.startContainer, range.startOffset); r.setEnd(range.endContainer, range.endOffset); const box = r.getBoundingClientRect(); return box.bottom > -innerHeight && box.top < 2 * innerHeight; };
  // Near the viewport: what a painter that follows scrolling would hold (at least two, so one can be removed).
  const painted = visibleOnly ? [...ranges.filter(near), ...ranges.slice(0, 2)].slice(0, Math.max(2, ranges.filter(near).length)) : ranges;
  const marks = early ? CSS.highlights.get(look) : new Highlight();
  for (const range of painted) marks.add(range);
  if (hover) CSS.highlights.set('rumor-context-mark-underline', marks);
  else if (!early) CSS.highlights.set(look, marks);
  if (twice) CSS.highlights.set('rumor-context-mark', marks);
  await frames();
  performance.mark('change');
  if (hover) CSS.highlights.set(look, new Highlight(painted[0]));
  else marks.delete(painted[0]);
  await frames();
  performance.mark('changed');
  return painted.length;
}`;

async function main(): Promise<void> {
  const server = await serveStatic([resolve(ROOT, 'bench-results/pages')]);
  const browser = await launchBrowser(null);
  try {
    for (const spec of CASES) {
      const costs: number[] = [];
      let count = 0;
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage();
        const css = sheet + ('css' in spec ? `:root::highlight(${spec.look}) { ${spec.css} }` : '');
        if ('early' in spec) await page.addInitScript({ content: `CSS.highlights.set(${JSON.stringify(spec.look)}, new Highlight());` });
        await page.addInitScript({ content: `document.addEventListener('readystatechange', () => { if (document.readyState === 'interactive') document.head.append(Object.assign(document.createElement('style'), { textContent: ${JSON.stringify(css)} })); }, { once: true });` });
        await page.goto(`${server.origin}/${PAGE}.html`, { timeout: 120_000 });
        await page.waitForTimeout(500);
        const cdp = await browser.context.newCDPSession(page);
        const stop = await startTrace(cdp);
        count = (await page.evaluate(`(${SCENARIO})(${JSON.stringify(spec)})`)) as number;
        const events = await stop();
        const mark = (name: string) => events.find((event) => event.name === name && (event.cat ?? '').includes('user_timing'))?.ts ?? 0;
        const from = mark('change');
        const to = mark('changed');
        const ms = events
          .filter((event) => event.ph === 'X' && (event.name === 'PrePaint' || event.name === 'Paint') && event.ts >= from && event.ts <= to)
          .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0) / 1000, 0);
        costs.push(ms);
        await page.close();
      }
      costs.sort((a, b) => a - b);
      console.log(`${spec.name.padEnd(62)} ${String(count).padStart(6)} ranges  pre-paint + paint CPU after one change: median ${costs[costs.length >> 1].toFixed(1)} ms (${costs.map((c) => c.toFixed(1)).join(', ')})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
