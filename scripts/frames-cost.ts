/**
 * What marking names inside frames would cost (README "Frames", issue 12): loads an article page with 5 same-origin
 * and 5 cross-site ad-sized frames in Chromium with no extension, with the shipped build (top frame only) and with a
 * copy of it whose manifest sets `all_frames: true`, and prints renderer CPU time and memory summed over every
 * renderer process, and how many frames the content script ran in.
 *   npx tsx scripts/frames-cost.ts [--runs 3]      (needs `npm run build` first)
 */
import { chromium } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from '../test/e2e/support/server';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
const work = mkdtempSync(join(tmpdir(), 'rc-frames-cost-'));
const shipped = resolve('.output/chrome-mv3');
const allFrames = join(work, 'ext-all-frames');
cpSync(shipped, allFrames, { recursive: true });
const manifest = JSON.parse(readFileSync(join(allFrames, 'manifest.json'), 'utf8'));
for (const script of manifest.content_scripts) script.all_frames = true;
writeFileSync(join(allFrames, 'manifest.json'), JSON.stringify(manifest));

// An ad-sized frame: a little markup, no names (what most frames on a news page are).
writeFileSync(join(work, 'ad.html'), '<!doctype html><body style="margin:0"><a href="#"><div style="width:300px;height:250px;background:#ddd">Sponsored: great deals on shoes</div></a></body>');
const server = await serveStatic([work]);
const frames = [
  ...Array.from({ length: 5 }, () => `${server.origin}/ad.html`),
  ...Array.from({ length: 5 }, () => `${server.localhostOrigin}/ad.html`), // another site: its own renderer process
];
const paragraph = '<p>Paris Jackson and Cara Delevingne were seen leaving a restaurant in Los Angeles on Friday evening.</p>';
writeFileSync(
  join(work, 'top.html'),
  `<!doctype html><html lang="en"><body><article>${paragraph.repeat(40)}</article>${frames.map((src) => `<iframe src="${src}" width="300" height="250"></iframe>`).join('')}</body></html>`,
);

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function measure(extensionDir: string | null) {
  const profile = mkdtempSync(join(tmpdir(), 'rc-frames-profile-'));
  const extArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', ...extArgs],
  });
  if (extensionDir && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  await page.goto(`${server.origin}/top.html`, { waitUntil: 'load' });
  await page.waitForTimeout(2000); // every frame's document_idle script has run
  const injected = (await Promise.all(page.frames().map((frame) => frame.evaluate(() => CSS.highlights.has('rumor-context-mark')).catch(() => false)))).filter(Boolean).length;
  const info = await (await context.browser()!.newBrowserCDPSession()).send('SystemInfo.getProcessInfo');
  const renderers = info.processInfo.filter((p) => p.type === 'renderer');
  const result = {
    framesWithScript: injected,
    renderers: renderers.length,
    rendererCpuMs: renderers.reduce((sum, p) => sum + p.cpuTime, 0) * 1000,
    rendererRssMb: renderers.reduce((sum, p) => sum + rssMb(p.id), 0),
  };
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  return result;
}

const variants: [string, string | null][] = [['none', null], ['top-only', shipped], ['all-frames', allFrames]];
const results: Record<string, Awaited<ReturnType<typeof measure>>[]> = {};
for (let run = 0; run < runs; run++) for (const [name, dir] of variants) (results[name] ??= []).push(await measure(dir));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [name, list] of Object.entries(results)) {
  console.log(name.padEnd(11), JSON.stringify(Object.fromEntries(Object.keys(list[0]!).map((key) => [key, Math.round(median(list.map((r) => r[key as keyof typeof r])))]))));
}
await server.close();
rmSync(work, { recursive: true, force: true });
