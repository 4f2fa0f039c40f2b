/**
 * What the mark sheet's selectors cost Chromium on a big page (README "Decisions", issue 12): loads the benchmark's
 * 5 MB page with no extension and with builds of the extension given on the command line, and prints the renderer's
 * style recalculation, layout and CPU time and its memory once the marks are painted.
 *   npx tsx scripts/highlight-style-cost.ts NAME=EXTENSION_DIR ... [--runs 3]
 */
import { chromium, type CDPSession } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePage } from '../bench/lib/pages';
import { serveStatic } from '../test/e2e/support/server';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const variants: [string, string | null][] = [['none', null], ...args.map((arg) => arg.split('=') as [string, string])];

const pagesDir = mkdtempSync(join(tmpdir(), 'rc-style-cost-'));
mkdirSync(pagesDir, { recursive: true });
writeFileSync(join(pagesDir, '5m.html'), generatePage({ name: '5m', textChars: 5_000_000, seed: 7 }).html);
const server = await serveStatic([pagesDir]);

/** Resident memory of a process in MB (Linux). */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function measure(extensionDir: string | null) {
  const profile = mkdtempSync(join(tmpdir(), 'rc-style-profile-'));
  const extArgs = extensionDir ? [`--disable-extensions-except=${resolve(extensionDir)}`, `--load-extension=${resolve(extensionDir)}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', ...extArgs],
  });
  if (extensionDir && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.origin}/5m.html`, { timeout: 120_000 });
  if (extensionDir) await page.waitForFunction(() => (CSS.highlights.get('rumor-context-mark')?.size ?? 0) > 0, null, { timeout: 120_000, polling: 200 });
  // Two frames so the marks are painted, then a quiet second for anything the paint left behind.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const browserCdp = await context.browser()?.newBrowserCDPSession();
  const info = browserCdp ? await browserCdp.send('SystemInfo.getProcessInfo') : undefined;
  const renderers = (info?.processInfo ?? []).filter((p) => p.type === 'renderer');
  const pageRenderer = renderers.sort((a, b) => b.cpuTime - a.cpuTime)[0];
  const result = {
    styleMs: metric('RecalcStyleDuration') * 1000,
    layoutMs: metric('LayoutDuration') * 1000,
    rendererCpuMs: (pageRenderer?.cpuTime ?? NaN) * 1000,
    rendererRssMb: pageRenderer ? rssMb(pageRenderer.id) : NaN,
  };
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  return result;
}

const results: Record<string, ReturnType<typeof measure> extends Promise<infer R> ? R[] : never> = {};
// Interleaved, so load on a shared machine spreads over every variant alike.
for (let run = 0; run < runs; run++) {
  for (const [name, dir] of variants) (results[name] ??= []).push(await measure(dir));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [name, list] of Object.entries(results)) {
  const row = Object.fromEntries(Object.keys(list[0]!).map((key) => [key, Math.round(median(list.map((r) => r[key as keyof typeof r])))]));
  console.log(name.padEnd(8), JSON.stringify(row), 'runs:', JSON.stringify(list.map((r) => Math.round(r.styleMs))));
}
await server.close();
rmSync(pagesDir, { recursive: true, force: true });
