/**
 * `npx tsx scripts/accuracy.ts [DIR]`: runs the mentions logic over every saved page in test/fixtures/pages and prints
 * per-page and total precision and recall against the hand-written NAME.expected.json, with every miss and false
 * positive. A true positive is a found mention of the same person overlapping an expected one (each used once).
 *
 * Expected files list `{ person, text, context?, occurrence? }`: `text` is the mention as written, found inside the
 * `occurrence`-th (1-based, default: the only) appearance of `context` in document.body.textContent. A context that is
 * missing, or ambiguous without `occurrence`, is an error in the fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { mentionsInHtml, type OffsetMention } from './mentions';

export interface ExpectedMention {
  person: string;
  text: string;
  context?: string;
  occurrence?: number;
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
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'pages');

/**
 * Where each expected mention lies in `textContent`; throws on a context that is missing or ambiguous. Any run of
 * white space in `context` matches any run in the page (the seed articles use no-break spaces here and there).
 */
export function locateExpected(textContent: string, expected: readonly ExpectedMention[], page = 'page'): OffsetMention[] {
  return expected.map((entry) => {
    const context = entry.context ?? entry.text;
    const inside = context.indexOf(entry.text);
    if (inside < 0) throw new Error(`${page}: ${JSON.stringify(entry.text)} is not inside ${JSON.stringify(context)}`);
    const loose = (part: string) => part.split(/\s+/).map((piece) => piece.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('\\s+');
    const before = context.slice(0, inside);
    const after = context.slice(inside + entry.text.length);
    const pattern = new RegExp(`${loose(before)}(${loose(entry.text)})${loose(after)}`, 'gd');
    const matches = [...textContent.matchAll(pattern)];
    const wanted = entry.occurrence ?? 1;
    if (matches.length < wanted) throw new Error(`${page}: context not found: ${JSON.stringify(context)}`);
    if (entry.occurrence === undefined && matches.length > 1) throw new Error(`${page}: ambiguous context: ${JSON.stringify(context)}`);
    const [start, end] = matches[wanted - 1].indices![1];
    return { person: entry.person, start, end, text: textContent.slice(start, end) };
  });
}

/** Pairs found and expected mentions (same person, overlapping spans), each used at most once. */
export function scoreMentions(found: readonly OffsetMention[], expected: readonly OffsetMention[]) {
  const matched = new Set<OffsetMention>();
  const falsePositives: OffsetMention[] = [];
  for (const mention of found) {
    const match = expected.find(
      (candidate) => !matched.has(candidate) && candidate.person === mention.person && candidate.start < mention.end && mention.start < candidate.end,
    );
    if (match) matched.add(match);
    else falsePositives.push(mention);
  }
  return { truePositives: matched.size, falsePositives, misses: expected.filter((candidate) => !matched.has(candidate)) };
}

/** Scores one saved page against its expected mentions. */
export async function scorePage(htmlPath: string): Promise<PageScore> {
  const html = readFileSync(htmlPath, 'utf8');
  const expectedPath = htmlPath.replace(/\.html$/, '.expected.json');
  const textContent = await bodyTextContent(html);
  const expected = locateExpected(textContent, JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedMention[], basename(htmlPath));
  const found = await mentionsInHtml(html);
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

async function bodyTextContent(html: string): Promise<string> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    return new window.DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  } finally {
    await window.happyDOM.close();
  }
}

function inContext(textContent: string, mention: OffsetMention): string {
  const before = textContent.slice(Math.max(0, mention.start - 30), mention.start);
  const after = textContent.slice(mention.end, mention.end + 30);
  return `${mention.person}: …${before}[${textContent.slice(mention.start, mention.end)}]${after}…`.replace(/\s+/g, ' ');
}

function report(scores: readonly PageScore[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
  const lines = [`${'page'.padEnd(34)} expected found  tp precision  recall`];
  for (const score of scores) {
    lines.push(
      `${score.page.padEnd(34)} ${String(score.expected).padStart(8)} ${String(score.found).padStart(5)} ${String(score.truePositives).padStart(3)}   ${percent(score.precision)} ${percent(score.recall)}`,
    );
  }
  const total = totals(scores);
  lines.push(
    `${'TOTAL'.padEnd(34)} ${String(total.expected).padStart(8)} ${String(total.found).padStart(5)} ${String(total.truePositives).padStart(3)}   ${percent(total.precision)} ${percent(total.recall)}`,
  );
  for (const score of scores) {
    for (const miss of score.misses) lines.push(`miss  ${score.page}: ${inContext(score.textContent, miss)}`);
    for (const wrong of score.falsePositives) lines.push(`FALSE ${score.page}: ${inContext(score.textContent, wrong)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  scoreAll(process.argv[2])
    .then((scores) => process.stdout.write(`${report(scores)}\n`))
    .catch((error: Error) => {
      process.stderr.write(`accuracy: ${error.message}\n`);
      process.exit(1);
    });
}
