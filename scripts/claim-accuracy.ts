/**
 * `npx tsx scripts/claim-accuracy.ts [--errors] [--tune-only] [--compare] [--dev]`: how well the claim matcher finds the
 * claims of the labelled passages in test/corpus/claims, as the table of issue 10 for the tune half, the test half
 * and the whole. `--errors` lists every tune-half passage it gets wrong (never the test half's: that half is for the
 * final figures only). `--tune-only` leaves the test half out entirely (for tuning). `--compare` also measures
 * MiniSearch (BM25+) with its thresholds chosen on the tune half. `--dev` measures the author's own development
 * passages (test/unit/fixtures/claim-match) instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchClaims } from '@/utils/claim-match';
import { bundledClaimIndex, bundledClaims, bundledWording } from '@/utils/claim-match/bundled';
import { accuracyTable, loadCorpus, measure, percent, type Accuracy, type LabelledPassage, type Ranker } from './lib/claim-metrics';
import { miniSearchRanker, type MiniSearchOptions } from './lib/claim-minisearch';

const argv = process.argv.slice(2);
const index = bundledClaimIndex();
const ownRanker: Ranker = (text) => matchClaims(index, text);

function devPassages(): LabelledPassage[] {
  const file = join(import.meta.dirname, '..', 'test', 'unit', 'fixtures', 'claim-match', 'dev-passages.json');
  const { passages } = JSON.parse(readFileSync(file, 'utf8')) as { passages: Array<{ text: string; gold: string[] }> };
  return passages.map((passage, position) => ({ path: `dev/${position + 1}`, ...passage }));
}

/** Sum of the three figures: what a threshold search on the tune half maximises. */
function total(accuracy: Accuracy): number {
  const share = (r: { hits: number; of: number }) => (r.of === 0 ? 1 : r.hits / r.of);
  return share(accuracy.top1) + share(accuracy.top3) + share(accuracy.quiet);
}

/** MiniSearch's best thresholds on the tune half (a grid), so the comparison is not won by a bad default. */
function tuneMiniSearch(tune: readonly LabelledPassage[]): { options: MiniSearchOptions; ranker: ReturnType<typeof miniSearchRanker> } {
  const ranker = miniSearchRanker(bundledClaims, bundledWording);
  let best: { options: MiniSearchOptions; value: number } | null = null;
  for (const minScore of [2, 5, 10, 15, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 350, 400, 500, 700, 1000]) {
    for (const ratio of [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const value = total(measure(tune, ranker({ minScore, ratio })).accuracy);
      if (!best || value > best.value) best = { options: { minScore, ratio }, value };
    }
  }
  return { options: best!.options, ranker };
}

function main(): void {
  if (argv.includes('--dev')) {
    const { accuracy, errors } = measure(devPassages(), ownRanker);
    console.log(accuracyTable([['dev (own)', accuracy]]));
    if (argv.includes('--errors')) for (const error of errors) console.log(JSON.stringify(error));
    return;
  }
  const tune = loadCorpus('tune');
  const halves: Array<[string, LabelledPassage[]]> = argv.includes('--tune-only')
    ? [['tune', tune]]
    : [['tune', tune], ['test', loadCorpus('test')], ['whole', loadCorpus('whole')]];
  const own = measure(tune, ownRanker);
  console.log('claim matcher (utils/claim-match)');
  console.log(accuracyTable(halves.map(([name, passages]) => [name, name === 'tune' ? own.accuracy : measure(passages, ownRanker).accuracy])));
  if (argv.includes('--compare')) {
    const { options, ranker } = tuneMiniSearch(tune);
    console.log(`\nMiniSearch BM25+ (thresholds tuned on the tune half: minScore ${options.minScore}, ratio ${options.ratio})`);
    console.log(accuracyTable(halves.map(([name, passages]) => [name, measure(passages, ranker(options)).accuracy])));
  }
  if (argv.includes('--errors')) {
    console.log(`\ntune half, passages with an error (${own.errors.length}):`);
    for (const error of own.errors) console.log(JSON.stringify(error));
  }
  const { top1, top3, quiet } = own.accuracy;
  process.stderr.write(`tune: ${percent(top1)} / ${percent(top3)} / ${percent(quiet)}\n`);
}

main();
