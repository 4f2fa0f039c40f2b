/**
 * `npm run bench [-- --page FILE.html ...] [--only 50k,500k] [--skip-build] [--quick] [--project DIR]`: the cost of
 * Rumor Context in real headless Chromium, on generated news pages of 50 KB, 500 KB and 5 MB of text and on any page given. Prints one JSON line per
 * figure on stdout, progress on stderr, then the summary table with each target's PASS/MISS (see bench/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import peopleJson from '../data/people.json';
import type { Person } from '../utils/dataset/types';
import { serveStatic } from '../test/e2e/support/server';
import { ROOT, buildExtensions, buildPaths } from './lib/build';
import { launchBrowser, type BenchBrowser } from './lib/browsers';
import { generateArticles, generatePage, seededRandom } from './lib/pages';
import { figure, figureLine, type Figure } from './lib/stats';
import { summaryTable, verdicts } from './lib/targets';
import { peerTerms } from './lib/terms';
import { extensionRun } from './figures/extension-run';
import { pageFigures, type PageRuns } from './figures/page-figures';
import { peerRun } from './figures/peer-run';
import { claimMatchFigures } from './figures/claim-match';
import { scriptSize } from './figures/size';
import { stormRun } from './figures/storm-run';
import { growthFigures } from './figures/growth';

interface BenchPage {
  name: string;
  /** Path under the server root. */
  path: string;
  runs: number;
}

const PAGES_DIR = resolve(ROOT, 'bench-results/pages');
const GENERATED = [
  // The page almost every reader opens: news with near-misses, neither person named.
  { name: 'none50k', textChars: 50_000, runs: 5, noMentions: true },
  { name: '50k', textChars: 50_000, runs: 5 },
  { name: '500k', textChars: 500_000, runs: 5 },
  { name: '5m', textChars: 5_000_000, runs: 3 },
];
const LARGEST = '5m';
const STORM_RUNS = 3;

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
// A patched copy of the project can be measured before the patch is applied: builds and extensions come from there.
const project = argv.includes('--project') ? resolve(argv[argv.indexOf('--project') + 1]) : ROOT;
const paths = buildPaths(project);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]?.split(',') ?? [] : null;
const givenPages = argv.flatMap((arg, index) => (arg === '--page' && argv[index + 1] ? [resolve(argv[index + 1])] : []));
const started = Date.now();
const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);

async function main(): Promise<void> {
  if (!argv.includes('--skip-build')) {
    log(`building the bench and shipped extensions in ${project}`);
    buildExtensions(project);
  }
  const pages = writePages();
  const server = await serveStatic([PAGES_DIR, ...new Set(givenPages.map((file) => dirname(file)))]);
  const figures: Figure[] = [];
  const emit = (list: Figure[]) => {
    for (const item of list) console.log(figureLine(item));
    figures.push(...list);
  };
  const withExtension = await launchBrowser(paths.benchExtension);
  const withoutExtension = await launchBrowser(null);
  try {
    const terms = peerTerms(peopleJson as unknown as Person[]);
    for (const page of pages) emit(pageFigures(await measurePage(page, `${server.origin}/${page.path}`, withExtension, withoutExtension, terms)));
    emit(await measureStorm(`${server.origin}/storm.html`, withExtension));
    log('growth: the 500k page with 2, 100 and 1,000 people');
    emit(await growthFigures(withoutExtension, `${server.origin}/500k.html`, peopleJson as unknown as Person[], quick ? 3 : 5));
    for (const [browser, file] of [['chrome', paths.shippedContentScript], ['firefox', paths.firefoxContentScript]]) {
      const size = scriptSize(file);
      emit([
        figure('content-script-raw', browser, 'bytes', [size.rawBytes]),
        figure('content-script-gzip', browser, 'bytes', [size.gzipBytes]),
        figure('content-script-brotli', browser, 'bytes', [size.brotliBytes]),
        figure('content-script-minified', browser, 'count', [size.minified ? 1 : 0]),
      ]);
      // The parts the worker injects on demand: the scanner where a page may name someone, the card on a first mark.
      for (const part of ['scanner', 'mention']) {
        emit([figure(`${part}-script-gzip`, browser, 'bytes', [scriptSize(file.replace(/content\.js$/, `${part}.js`)).gzipBytes])]);
      }
    }
    log('claim matcher over the labelled passages, in Node');
    emit(claimMatchFigures());
  } finally {
    await withExtension.close();
    await withoutExtension.close();
    await server.close();
  }
  const list = verdicts(figures, LARGEST);
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench-results/last-run.json'), JSON.stringify({ date: new Date().toISOString(), figures }, null, 2));
  console.log(`\n${summaryTable(list)}`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Writes the generated pages (and the storm page) where the server finds them; lists every page to measure. */
function writePages(): BenchPage[] {
  mkdirSync(PAGES_DIR, { recursive: true });
  const pages: BenchPage[] = [];
  for (const spec of GENERATED) {
    writeFileSync(resolve(PAGES_DIR, `${spec.name}.html`), generatePage({ name: spec.name, textChars: spec.textChars, seed: 7, noMentions: 'noMentions' in spec }).html);
    pages.push({ name: spec.name, path: `${spec.name}.html`, runs: quick ? Math.min(spec.runs, 3) : spec.runs });
  }
  writeFileSync(resolve(PAGES_DIR, 'storm.html'), generatePage({ name: 'storm', textChars: 500_000, seed: 11, storm: true }).html);
  for (const file of givenPages) pages.push({ name: basename(file), path: encodeURIComponent(basename(file)), runs: quick ? 3 : 5 });
  return only ? pages.filter((page) => only.includes(page.name)) : pages;
}

/** All runs on one page: loads without the extension (then mark.js) and with it, alternating. */
async function measurePage(page: BenchPage, url: string, withExtension: BenchBrowser, withoutExtension: BenchBrowser, terms: string[]): Promise<PageRuns> {
  const runs: PageRuns = { page: page.name, extension: [], peer: [] };
  for (let run = 0; run < page.runs; run++) {
    log(`${page.name}: run ${run + 1}/${page.runs}`);
    const peer = await peerRun(withoutExtension, url, terms);
    runs.peer.push(peer);
    // 1% more text, as infinite scroll appends it: generated articles, whatever page is measured.
    const appendHtml = generateArticles(peer.textChars * 0.01, seededRandom(1000 + run), 1).html;
    runs.extension.push(await extensionRun(withExtension, { url, appendHtml }));
  }
  return runs;
}

async function measureStorm(url: string, withExtension: BenchBrowser): Promise<Figure[]> {
  const runs = [];
  for (let run = 0; run < (quick ? 2 : STORM_RUNS); run++) {
    log(`storm: run ${run + 1}`);
    runs.push(await stormRun(withExtension, url));
  }
  return [
    figure('storm-ticks', 'storm', 'count', runs.map((run) => run.ticks)),
    figure('storm-full-scans', 'storm', 'count', runs.map((run) => run.fullScans)),
    figure('storm-partial-scans', 'storm', 'count', runs.map((run) => run.partialScans)),
    figure('storm-partial-scan-time', 'storm', 'ms', runs.map((run) => run.partialScanMs)),
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
