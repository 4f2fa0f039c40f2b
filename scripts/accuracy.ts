/**
 * `npx tsx scripts/accuracy.ts [--summary] [DIR]`: runs the mentions logic over the old fixtures (test/fixtures/pages)
 * and both halves of the independent corpus (test/corpus/pages/tune, /test) and prints one table (precision, recall,
 * counts per set), then every miss and false mark with the reason the detector gives for it (`--explain`'s verdict on
 * that candidate). `--summary`: the table only. With DIR, that directory alone. A true positive is a found mention of the same person overlapping an expected one (each used once).
 *
 * The corpus' test half is held out: its row is printed, never its misses or false marks, whatever the options (also
 * when it is given as DIR), so that nobody tunes the detector on it by reading them.
 *
 * Expected files list `{ person, text, context?, occurrence? }`: `text` is the mention as written, found inside the
 * `occurrence`-th (1-based, default: the only) appearance of `context` in document.body.textContent. A context that is
 * missing, or ambiguous without `occurrence`, is an error in the fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { explainHtml, mentionsInHtml, type OffsetExplanation, type OffsetMention } from './mentions';

export interface ExpectedMention {
  person: string;
  text: string;
  context?: string;
  occurrence?: number;
}

/** A label located in the page; `alternatives`: other places its text occupies in its context. */
export interface ExpectedSpan extends OffsetMention {
  alternatives?: { start: number; end: number }[];
}

export interface PageScore {
  page: string;
  expected: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  misses: OffsetMention[];
  falsePositives: OffsetMention[];
  /** body.textContent, to show misses and false positives in context. */
  textContent: string;
  /** Every candidate with its verdict, to say why a miss was not marked and why a false mark was. */
  explained: OffsetExplanation[];
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'pages');

/**
 * Where each expected mention lies in `textContent`; throws on a context that is missing or ambiguous. Any run of
 * white space in `context` matches any run in the page (the seed articles use no-break spaces here and there). When
 * `text` occurs more than once in its context ("Paris Jackson Jackson in 2017", a caption under a title), the label
 * does not say which one is meant: the other places are kept as `alternatives`.
 */
export function locateExpected(textContent: string, expected: readonly ExpectedMention[], page = 'page'): ExpectedSpan[] {
  return expected.map((entry) => {
    const context = entry.context ?? entry.text;
    const inside = context.indexOf(entry.text);
    if (inside < 0) throw new Error(`${page}: ${JSON.stringify(entry.text)} is not inside ${JSON.stringify(context)}`);
    const loose = (part: string) => part.split(/\s+/).map((piece) => piece.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('\\s+');
    const pattern = (at: number) =>
      new RegExp(`${loose(context.slice(0, at))}(${loose(entry.text)})${loose(context.slice(at + entry.text.length))}`, 'gd');
    const matches = [...textContent.matchAll(pattern(inside))];
    const wanted = entry.occurrence ?? 1;
    if (matches.length < wanted) throw new Error(`${page}: context not found: ${JSON.stringify(context)}`);
    if (entry.occurrence === undefined && matches.length > 1) throw new Error(`${page}: ambiguous context: ${JSON.stringify(context)}`);
    const match = matches[wanted - 1];
    const [start, end] = match.indices![1];
    const alternatives: { start: number; end: number }[] = [];
    for (let at = context.indexOf(entry.text, inside + 1); at >= 0; at = context.indexOf(entry.text, at + 1)) {
      const other = pattern(at);
      other.lastIndex = Math.max(0, match.index - 1);
      const found = other.exec(textContent);
      if (found !== null) alternatives.push({ start: found.indices![1][0], end: found.indices![1][1] });
    }
    return { person: entry.person, start, end, text: textContent.slice(start, end), ...(alternatives.length > 0 ? { alternatives } : {}) };
  });
}

/**
 * Pairs found and expected mentions (same person, overlapping spans), each used at most once. Labels' alternative
 * places are tried only for what is left unpaired after that.
 */
export function scoreMentions(found: readonly OffsetMention[], expected: readonly ExpectedSpan[]) {
  const matched = new Set<ExpectedSpan>();
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const unpaired: OffsetMention[] = [];
  for (const mention of found) {
    const match = expected.find((candidate) => !matched.has(candidate) && candidate.person === mention.person && overlaps(candidate, mention));
    if (match) matched.add(match);
    else unpaired.push(mention);
  }
  const falsePositives = unpaired.filter((mention) => {
    const match = expected.find(
      (candidate) => !matched.has(candidate) && candidate.person === mention.person && (candidate.alternatives ?? []).some((span) => overlaps(span, mention)),
    );
    if (match) matched.add(match);
    return match === undefined;
  });
  return { truePositives: matched.size, falsePositives, misses: expected.filter((candidate) => !matched.has(candidate)) };
}

/** Scores one saved page against its expected mentions. */
export async function scorePage(htmlPath: string): Promise<PageScore> {
  const html = readFileSync(htmlPath, 'utf8');
  const expectedPath = htmlPath.replace(/\.html$/, '.expected.json');
  const textContent = await bodyTextContent(html);
  const expected = locateExpected(textContent, JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedMention[], basename(htmlPath));
  const found = await mentionsInHtml(html);
  const explained = await explainHtml(html);
  const { truePositives, falsePositives, misses } = scoreMentions(found, expected);
  return {
    page: basename(htmlPath, '.html'),
    expected: expected.length,
    found: found.length,
    truePositives,
    precision: found.length === 0 ? 1 : truePositives / found.length,
    recall: expected.length === 0 ? 1 : truePositives / expected.length,
    misses,
    falsePositives,
    textContent,
    explained,
  };
}

/** Scores every *.html page in `dir` (each must have its .expected.json). */
export async function scoreAll(dir = FIXTURES_DIR): Promise<PageScore[]> {
  const pages = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
  const scores: PageScore[] = [];
  for (const page of pages) scores.push(await scorePage(join(dir, page)));
  return scores;
}

/** Micro-averaged totals over pages. */
export function totals(scores: readonly PageScore[]): { expected: number; found: number; truePositives: number; precision: number; recall: number } {
  const expected = scores.reduce((sum, score) => sum + score.expected, 0);
  const found = scores.reduce((sum, score) => sum + score.found, 0);
  const truePositives = scores.reduce((sum, score) => sum + score.truePositives, 0);
  return { expected, found, truePositives, precision: found === 0 ? 1 : truePositives / found, recall: expected === 0 ? 1 : truePositives / expected };
}

export async function bodyTextContent(html: string): Promise<string> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    return new window.DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  } finally {
    await window.happyDOM.close();
  }
}

/** The held-out half of the corpus: reported as a totals row only. */
export const TEST_HALF_DIR = join(import.meta.dirname, '..', 'test', 'corpus', 'pages', 'test');

/** The corpora the accuracy table reports, in its order: the old fixtures, then the independent corpus' two halves. */
export const SETS = [
  { name: 'old fixtures', dir: FIXTURES_DIR },
  { name: 'corpus tune half', dir: join(import.meta.dirname, '..', 'test', 'corpus', 'pages', 'tune') },
  { name: 'corpus test half', dir: TEST_HALF_DIR },
] as const;

/** Whether `dir` is (inside) the held-out test half, whose misses are never printed. */
export function isHeldOut(dir: string): boolean {
  const path = resolve(dir);
  const held = resolve(TEST_HALF_DIR);
  return path === held || path.startsWith(`${held}/`);
}

/** Why a miss was not marked, or why a false mark was: the verdict on the candidate at its place, if any. */
export function reasonFor(score: PageScore, mention: OffsetMention): string {
  const candidate = score.explained.find(
    (item) => item.start < mention.end && mention.start < item.end && item.people.includes(mention.person) && (item.kept || item.candidate !== 'full'),
  );
  if (candidate === undefined) return 'no candidate (not read as a name)';
  return candidate.kept ? `kept: ${candidate.reason}` : `dropped: ${candidate.reason}${candidate.detail === undefined ? "" : ` (${candidate.detail})`}`;
}

function inContext(textContent: string, mention: OffsetMention): string {
  const before = textContent.slice(Math.max(0, mention.start - 30), mention.start);
  const after = textContent.slice(mention.end, mention.end + 30);
  return `…${before}[${textContent.slice(mention.start, mention.end)}]${after}…`.replace(/\s+/g, ' ');
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

function row(name: string, total: ReturnType<typeof totals>, pages: number): string {
  const counts = [pages, total.expected, total.found, total.truePositives, total.found - total.truePositives, total.expected - total.truePositives];
  return `${name.padEnd(18)} ${counts.map((count) => String(count).padStart(6)).join('')}  ${percent(total.precision)} ${percent(total.recall)}`;
}

/**
 * The table (one row per set), then every miss and false mark with the reason, unless `summary`; never for a set
 * marked `heldOut` (the test half: its row only).
 */
export function report(results: readonly { name: string; scores: readonly PageScore[]; heldOut?: boolean }[], summary = false): string {
  const lines = [`${'set'.padEnd(18)}  pages labels found    tp false  miss  precision  recall`];
  for (const { name, scores } of results) lines.push(row(name, totals(scores), scores.length));
  if (summary) return lines.join('\n');
  for (const { name, scores, heldOut } of results) {
    if (heldOut === true) continue;
    for (const score of scores) {
      for (const miss of score.misses) lines.push(`miss  ${name} ${score.page}: ${miss.person} ${inContext(score.textContent, miss)} ${reasonFor(score, miss)}`);
      for (const wrong of score.falsePositives) {
        lines.push(`FALSE ${name} ${score.page}: ${wrong.person} ${inContext(score.textContent, wrong)} ${reasonFor(score, wrong)}`);
      }
    }
  }
  return lines.join('\n');
}

/**
 * `accuracy.ts [--summary] [DIR]`: the three sets (or one directory), with every miss and false mark unless --summary
 * (never the test half's).
 */
async function main(args: string[]): Promise<void> {
  const summary = args.includes('--summary');
  const dir = args.find((arg) => !arg.startsWith('--'));
  const sets = dir === undefined ? SETS : [{ name: basename(dir), dir }];
  const results = [];
  for (const set of sets) results.push({ name: set.name, scores: await scoreAll(set.dir), heldOut: isHeldOut(set.dir) });
  process.stdout.write(`${report(results, summary)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`accuracy: ${error.message}\n`);
    process.exit(1);
  });
}
