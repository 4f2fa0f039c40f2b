/** The corpus of labelled passages (test/corpus/claims) and the three accuracy figures of issue 10. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled passage: its text and the gold claim ids, most central first ([] when it repeats none). */
export interface LabelledPassage {
  /** Path relative to the corpus folder, e.g. "tune/p001.txt". */
  path: string;
  text: string;
  gold: string[];
}

/** Anything that ranks a passage's claims (the matcher, or MiniSearch for comparison). */
export type Ranker = (text: string) => ReadonlyArray<{ id: string }>;

export interface Accuracy {
  passages: number;
  /** (a) first claim shown is gold, over passages with >= 1 gold claim. */
  top1: Ratio;
  /** (b) gold claims among the first three shown, over all gold claims. */
  top3: Ratio;
  /** (c) passages with no gold claim that show none. */
  quiet: Ratio;
}

export interface Ratio {
  hits: number;
  of: number;
}

/** One passage the ranker got wrong in some figure, for the tune half's error list. */
export interface PassageError {
  path: string;
  gold: string[];
  shown: string[];
  missed: string[];
}

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'test', 'corpus', 'claims');

/** The passages of one half ("tune" or "test") or of both, from labels.json; throws when the corpus is absent. */
export function loadCorpus(half: 'tune' | 'test' | 'whole', dir = CORPUS_DIR): LabelledPassage[] {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) throw new Error(`no corpus at ${dir} (labels.json missing)`);
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Record<string, string[]>;
  return Object.entries(labels)
    .map(([path, gold]) => ({ path: path.replace(/^(\.\/)?(test\/corpus\/claims\/)?/, ''), gold }))
    .filter(({ path }) => half === 'whole' || path.startsWith(`${half}/`))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(({ path, gold }) => ({ path, gold, text: readFileSync(join(dir, path), 'utf8') }));
}

/** The three figures of `rank` over `passages`, and every passage it got wrong. */
export function measure(passages: readonly LabelledPassage[], rank: Ranker): { accuracy: Accuracy; errors: PassageError[] } {
  const accuracy: Accuracy = { passages: passages.length, top1: { hits: 0, of: 0 }, top3: { hits: 0, of: 0 }, quiet: { hits: 0, of: 0 } };
  const errors: PassageError[] = [];
  for (const passage of passages) {
    const shown = rank(passage.text).map((match) => match.id);
    const gold = new Set(passage.gold);
    let wrong = false;
    if (gold.size === 0) {
      accuracy.quiet.of++;
      if (shown.length === 0) accuracy.quiet.hits++;
      else wrong = true;
    } else {
      accuracy.top1.of++;
      if (gold.has(shown[0] ?? '')) accuracy.top1.hits++;
      else wrong = true;
      const firstThree = new Set(shown.slice(0, 3));
      accuracy.top3.of += gold.size;
      const found = passage.gold.filter((id) => firstThree.has(id)).length;
      accuracy.top3.hits += found;
      if (found < gold.size) wrong = true;
    }
    if (wrong) errors.push({ path: passage.path, gold: passage.gold, shown, missed: passage.gold.filter((id) => !shown.slice(0, 3).includes(id)) });
  }
  return { accuracy, errors };
}

/** A ratio as a percentage with one decimal ("87.5"), or "-" when there is nothing to count. */
export function percent(ratio: Ratio): string {
  return ratio.of === 0 ? '-' : ((100 * ratio.hits) / ratio.of).toFixed(1);
}

/** The table: one row per half, the three figures with their counts. */
export function accuracyTable(rows: ReadonlyArray<[string, Accuracy]>): string {
  const header = ['half', 'passages', '(a) first shown is gold', '(b) gold in first 3', '(c) none shown when none'];
  const cell = (ratio: Ratio) => `${percent(ratio)}% (${ratio.hits}/${ratio.of})`;
  const body = rows.map(([name, a]) => [name, String(a.passages), cell(a.top1), cell(a.top3), cell(a.quiet)]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((text, column) => text.padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
