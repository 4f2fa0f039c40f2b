/**
 * `npm run --silent mentions -- PAGE.html`: prints, as a JSON array in page order, the mentions the content script
 * would mark on a saved page: `{ person, start, end, text }` with UTF-16 offsets into `document.body.textContent`.
 * The page is parsed by happy-dom (no network, no scripts run) and scanned by the same `scanDocumentText`.
 *
 * `npm run --silent mentions -- --explain PAGE.html`: every candidate instead (full names, handles, short forms,
 * namesakes and other bearers, short forms read as words), each with `kept` and the `reason` (and sometimes a
 * `detail`): why it is marked or not.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import peopleJson from '../data/people.json';
import type { Person, PersonId } from '../utils/dataset/types';
import { compileDetector, createPageContext, type Detector } from '../utils/detector';
import { explainDocumentText, scanDocumentText, type DomExplanation } from '../utils/page-text';

/** One mention, located in `document.body.textContent`. */
export interface OffsetMention {
  person: PersonId;
  start: number;
  end: number;
  text: string;
}

/** One candidate with its verdict, located in `document.body.textContent`. */
export type OffsetExplanation = Omit<DomExplanation, 'startNode' | 'startOffset' | 'endNode' | 'endOffset'> & { start: number; end: number };

/** A problem with the input file, reported as one line. */
export class InputError extends Error {}

const PEOPLE = peopleJson as unknown as Person[];
const HTML_TAG = /<\s*(?:!doctype|[a-z][a-z0-9-]*)[\s>/]/i;

/** The mentions on an HTML page, with offsets into its body's textContent. */
export async function mentionsInHtml(html: string, detector: Detector = compileDetector(PEOPLE)): Promise<OffsetMention[]> {
  return withBody(html, (body) => {
    const mentions = scanDocumentText(body, detector, createPageContext());
    const locate = locator(body);
    return mentions.map((mention) => {
      const { start, end, text } = locate(mention);
      return { person: mention.person, start, end, text };
    });
  });
}

/** Every candidate on an HTML page with the reason it is marked or not, with offsets into its body's textContent. */
export async function explainHtml(html: string, detector: Detector = compileDetector(PEOPLE)): Promise<OffsetExplanation[]> {
  return withBody(html, (body) => {
    const locate = locator(body);
    return explainDocumentText(body, detector, createPageContext()).map((explained) => {
      const { startNode, startOffset, endNode, endOffset, ...rest } = explained;
      const { start, end } = locate({ startNode, startOffset, endNode, endOffset });
      return { ...rest, start, end };
    });
  });
}

/** Parses the page in happy-dom (no scripts, no network) and hands its body to `use`; [] without a body. */
async function withBody<T>(html: string, use: (body: HTMLElement) => T[]): Promise<T[]> {
  // Loaded on first use: a bad input file is reported before happy-dom's (slow) import.
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const body = parseHtml(new window.DOMParser() as unknown as DOMParser, html).body;
    return body === null ? [] : use(body);
  } finally {
    await window.happyDOM.close();
  }
}

type Span = Pick<DomExplanation, 'startNode' | 'startOffset' | 'endNode' | 'endOffset'>;

/** Maps a node span to offsets into `root.textContent`. */
function locator(root: Node): (span: Span) => { start: number; end: number; text: string } {
  const { offsets, textContent } = textContentOffsets(root);
  return (span) => {
    const start = offsets.get(span.startNode)! + span.startOffset;
    const end = offsets.get(span.endNode)! + span.endOffset;
    return { start, end, text: textContent.slice(start, end) };
  };
}

/**
 * Parses like a browser would. happy-dom 20.14 throws on a stray <html> or <body> start tag after an open table;
 * browsers ignore such tags (they only merge attributes), so the page is parsed again without them.
 */
function parseHtml(parser: DOMParser, html: string): Document {
  try {
    return parser.parseFromString(html, 'text/html');
  } catch {
    return parser.parseFromString(html.replace(STRAY_ROOT_TAGS, ''), 'text/html');
  }
}

const STRAY_ROOT_TAGS = /<(?:html|body)(?=[\s/>])[^>]*>/gi;

/**
 * `root.textContent`, and where each text node starts in it. textContent includes text the scan skips (scripts,
 * styles, form fields), so every text node is counted. Built here because happy-dom's textContent recurses.
 */
function textContentOffsets(root: Node): { offsets: Map<Node, number>; textContent: string } {
  const offsets = new Map<Node, number>();
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let textContent = '';
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    offsets.set(node, textContent.length);
    textContent += (node as Text).data;
  }
  return { offsets, textContent };
}

/** Reads a file that must be a non-empty HTML page; throws InputError with a one-line reason otherwise. */
export function readHtmlFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path} is a directory, not an HTML file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new InputError(`${path} is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path} is binary data, not an HTML file`);
  const html = new TextDecoder(declaredCharset(bytes)).decode(bytes);
  if (html.trim() === '') throw new InputError(`${path} is empty`);
  if (!HTML_TAG.test(html)) throw new InputError(`${path} does not look like HTML (no tags)`);
  return html;
}

/** The charset a page declares in its first bytes (<meta charset>), if Node can decode it; UTF-8 otherwise. */
function declaredCharset(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (declared === undefined) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

async function main(args: string[]): Promise<number> {
  const explain = args[0] === '--explain';
  const files = explain ? args.slice(1) : args;
  if (files.length !== 1 || files[0].startsWith('-')) {
    process.stderr.write('usage: npm run --silent mentions -- [--explain] PAGE.html\n');
    return 2;
  }
  try {
    const html = readHtmlFile(files[0]);
    const output = explain ? await explainHtml(html) : await mentionsInHtml(html);
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `failed: ${(error as Error).message ?? error}`;
    process.stderr.write(`mentions: ${reason.split('\n')[0]}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
