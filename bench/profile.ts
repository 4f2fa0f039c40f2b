/**
 * `npx tsx bench/profile.ts [PAGE] [--skip-build]`: where the content script's milliseconds go on one bench page
 * (default `none50k`, the page with no mention). Builds the bench build unminified (.output-profile/, names kept),
 * loads the page with the CPU profiler on (sampling every 100 µs), and prints the extension's time by function
 * (self), by top-level call (total) and the garbage collector's share. Run `npm run bench` once first: it writes the
 * pages.
 */
import { resolve } from 'node:path';
import { build } from 'wxt';
import { serveStatic } from '../test/e2e/support/server';
import { ROOT } from './lib/build';
import { launchBrowser } from './lib/browsers';
import { waitForMeasures } from './lib/in-page';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const argv = process.argv.slice(2);
const pageName = argv.find((arg) => !arg.startsWith('--')) ?? 'none50k';
const DEPTH = Number(argv.find((arg) => arg.startsWith('--depth='))?.slice(8) ?? 3);
const INTERVAL_US = 100;
/** Loads profiled; the figures are per load (their mean). */
const LOADS = 5;
const outDir = resolve(ROOT, '.output-profile');

async function main(): Promise<void> {
  if (!argv.includes('--skip-build')) {
    process.env.WXT_BENCH = 'true';
    await build({ root: ROOT, outDir, vite: () => ({ build: { minify: false } }) });
  }
  const server = await serveStatic([resolve(ROOT, 'bench-results/pages')]);
  const browser = await launchBrowser(resolve(outDir, 'chrome-mv3'));
  try {
    const profiles: Profile[] = [];
    for (let load = 0; load < LOADS; load++) {
      const page = await browser.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
      await cdp.send('Profiler.start');
      await page.goto(`${server.origin}/${pageName}.html`, { waitUntil: 'load' });
      await waitForMeasures(page, 'full-scan', 1, 60_000);
      await page.waitForTimeout(1000);
      profiles.push(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
      await page.close();
    }
    report(profiles);
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(profiles: readonly Profile[]): void {
  const selfByName = new Map<string, number>();
  const topByName = new Map<string, number>();
  let extensionMs = 0;
  let gcMs = 0;
  for (const profile of profiles) {
    const totals = tally(profile, selfByName, topByName);
    extensionMs += totals.extensionMs / LOADS;
    gcMs += totals.gcMs / LOADS;
  }
  const print = (title: string, map: Map<string, number>, count: number) => {
    console.log(`\n${title}`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
  };
  console.log(`per load, mean of ${LOADS}: extension code (with the native calls it made) ${extensionMs.toFixed(2)} ms; garbage collector (whole page) ${gcMs.toFixed(2)} ms`);
  print(`by call path (outermost ${DEPTH} extension frames, total)`, topByName, 40);
  print('by function (self)', selfByName, 40);
}

function tally(profile: Profile, selfByName: Map<string, number>, topByName: Map<string, number>): { extensionMs: number; gcMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMs = new Map<number, number>();
  // Each sample counts as one sampling interval: on a shared machine a sample taken after the thread was descheduled
  // has a long time delta that the function it landed in did not spend.
  profile.samples.forEach((id) => selfMs.set(id, (selfMs.get(id) ?? 0) + INTERVAL_US / 1000));
  const isExtension = (id: number) => byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
  const label = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
  let extensionMs = 0;
  let gcMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(garbage collector)') gcMs += ms;
    // The extension's time: samples in its code, or in native code (DOM, RegExp) it called.
    const chain: number[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) chain.push(at);
    const outermost = chain.filter(isExtension).at(-1);
    if (outermost === undefined) continue;
    extensionMs += ms;
    const selfLabel = isExtension(id) ? label(node) : `[native] ${node.callFrame.functionName} in ${label(byId.get(chain.find(isExtension)!)!)}`;
    selfByName.set(selfLabel, (selfByName.get(selfLabel) ?? 0) + ms / LOADS);
    // The second extension frame from the top names the piece of work (the outermost is the script's own body).
    const outerChain = chain.filter(isExtension).reverse();
    const top = outerChain.slice(0, DEPTH).map((at) => label(byId.get(at)!)).join(' > ');
    topByName.set(top, (topByName.get(top) ?? 0) + ms / LOADS);
  }
  return { extensionMs, gcMs };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
