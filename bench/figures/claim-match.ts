/**
 * The claim matcher's cost in Node (issue 10's budget: under 2 ms per passage): the one-off index build and the time
 * per passage over the labelled corpus (test/corpus/claims, every passage; the author's dev passages when it is
 * absent), each passage timed alone after a warm-up. Part of `npm run bench`; alone: `npx tsx bench/figures/claim-match.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildClaimIndex, matchClaims } from '@/utils/claim-match';
import { bundledClaims, bundledPeople, bundledWording } from '@/utils/claim-match/bundled';
import { figure, figureLine, type Figure } from '../lib/stats';
import { summaryTable, verdicts } from '../lib/targets';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'test', 'corpus', 'claims');
const DEV = join(ROOT, 'test', 'unit', 'fixtures', 'claim-match', 'dev-passages.json');
const BUILDS = 15;
/** Corpus passages are 1-5 sentences; a card's passage (sentence, neighbours, block) can be a whole block: 8 joined. */
const BLOCK_OF = 8;
const ROUNDS = 5;

/** The passages' texts: the corpus if present, else the dev passages; nothing per passage is ever printed. */
function passages(): { name: string; texts: string[] } {
  if (existsSync(join(CORPUS, 'labels.json'))) {
    const labels = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as Record<string, string[]>;
    return { name: 'corpus', texts: Object.keys(labels).map((path) => readFileSync(join(CORPUS, path), 'utf8')) };
  }
  const { passages: dev } = JSON.parse(readFileSync(DEV, 'utf8')) as { passages: Array<{ text: string }> };
  return { name: 'dev-passages', texts: dev.map((passage) => passage.text) };
}

/** Index build times (the first one cold) and per-passage match times, as bench figures. */
export function claimMatchFigures(): Figure[] {
  const builds: number[] = [];
  // The first build is the one a reader waits for (the worker builds once); later ones show the optimised cost.
  const coldStart = performance.now();
  let index = buildClaimIndex(bundledClaims, bundledWording, bundledPeople);
  const cold = performance.now() - coldStart;
  for (let run = 0; run < BUILDS; run++) {
    const start = performance.now();
    index = buildClaimIndex(bundledClaims, bundledWording, bundledPeople);
    builds.push(performance.now() - start);
  }
  const { name, texts } = passages();
  // Warm-up: the first calls run unoptimised code and fill the stem memo; a card opens on a warm worker.
  for (const text of texts) matchClaims(index, text);
  const perPassage: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of texts) {
      const start = performance.now();
      matchClaims(index, text);
      perPassage.push(performance.now() - start);
    }
  }
  const blocks: string[] = [];
  for (let at = 0; at < texts.length; at += BLOCK_OF) blocks.push(texts.slice(at, at + BLOCK_OF).join('\n\n'));
  for (const block of blocks) matchClaims(index, block);
  const perBlock: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const block of blocks) {
      const start = performance.now();
      matchClaims(index, block);
      perBlock.push(performance.now() - start);
    }
  }
  const sorted = [...perPassage].sort((a, b) => a - b);
  const chars = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(texts.length, 1);
  return [
    figure('claim-match-index-build', name, 'ms', builds),
    figure('claim-match-index-build-cold', name, 'ms', [cold]),
    figure('claim-match-index-build-min', name, 'ms', [Math.min(...builds)]),
    figure('claim-match-per-passage', name, 'ms', perPassage),
    figure('claim-match-per-passage-p95', name, 'ms', [sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN]),
    figure('claim-match-per-block', name, 'ms', perBlock),
    figure('claim-match-block-chars', name, 'count', [Math.round(blocks.reduce((sum, block) => sum + block.length, 0) / Math.max(blocks.length, 1))]),
    figure('claim-match-passages', name, 'count', [texts.length]),
    figure('claim-match-passage-chars', name, 'count', [Math.round(chars)]),
    // The machine is shared: a load far above its 2 cores inflates every timing above, so it is recorded beside them.
    figure('claim-match-load-average', name, 'count', [loadavg()[0]]),
  ];
}

// Run alone: the figures as JSON lines, then the PASS/MISS summary of the matcher's own target.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = claimMatchFigures();
  for (const item of figures) console.log(figureLine({ ...item, runs: item.runs.length > 20 ? [] : item.runs }));
  console.log(`\n${summaryTable(verdicts(figures, ''))}`);
}
