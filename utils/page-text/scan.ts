/** Finds mentions in a document or subtree and locates each one as text-node offsets (for a StaticRange). */
import type { PersonId } from '@/utils/dataset/types';
import {
  decideCandidates,
  originalSpan,
  readCandidates,
  recordCandidates,
  resolveCandidates,
  type Candidate,
  type Decision,
  type Detector,
  type MentionForm,
  type PageContext,
  guessLanguage,
} from '@/utils/detector';
import { BlockLookup } from './blocks';
import { SHOW_TEXT } from './elements';
import { RegionFinder, type Region } from './find-regions';
import { joinRegion, type JoinedText } from './join-region';
import { isInsideSkipped, skippedChecker } from './skipped';

/** A mention located in the DOM. `text` is the name as read (invisible characters removed, a <br> read as "\n"). */
export interface DomMention {
  person: PersonId;
  text: string;
  form: MentionForm;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface ScanResult {
  /** In page order. */
  mentions: DomMention[];
  /** People named in full for the first time on this page by this scan: rescan the page for their short forms. */
  newlyEstablished: PersonId[];
}

type NodeSpan = Pick<DomMention, 'startNode' | 'startOffset' | 'endNode' | 'endOffset'>;

/** One candidate of a scan with the verdict on it (for `mentions --explain` and tests: why is this marked or not). */
export type DomExplanation = NodeSpan & {
  /** The name as read; for a namesake, the whole namesake ("Michael Jackson"). */
  text: string;
  candidate: Candidate['kind'];
  /** Who the candidate could be: the person of a full name or handle, the owners of a short name. */
  people: readonly PersonId[];
} & Decision;

/** Regions read between two questions to `shouldPause`. */
const REGIONS_PER_CHECK = 8;

/**
 * A scan of a subtree that stops and resumes (`advance`), so a big page can be scanned in time slices that keep each
 * task short. Short forms are resolved in `result()`, once the whole subtree has been read, so a full name anywhere in
 * it counts.
 */
export class SubtreeScan {
  private readonly finder: RegionFinder | null;
  private readonly candidates: Candidate[] = [];
  private readonly located: { span: NodeSpan; text: string }[] = [];
  private readonly isSkipped = skippedChecker();
  private readonly blocks = new BlockLookup();
  private readonly languages = new Map<Node, string | undefined>();
  private readonly guesses = new Map<Node, string | undefined>();
  private read = 0;

  constructor(
    root: Node,
    private readonly detector: Detector,
    private readonly page: PageContext,
  ) {
    this.finder = isInsideSkipped(root) ? null : new RegionFinder(root, detector);
  }

  /** False when the page removed the node the walk stood on: the rest of the subtree is out of reach, start again. */
  get onTrack(): boolean {
    return this.finder === null || this.finder.onTrack;
  }

  /** Scans until done (true) or until `shouldPause()`, asked every few hundred nodes or a few regions, says stop. */
  advance(shouldPause: () => boolean = () => false): boolean {
    const finder = this.finder;
    if (finder === null) return true;
    for (;;) {
      const walked = finder.finished || finder.advance(shouldPause);
      // The last region may still grow while the walk goes on.
      const ready = walked ? finder.regions.length : finder.regions.length - 1;
      while (this.read < ready) {
        this.readRegion(finder.regions[this.read++]);
        if (this.read % REGIONS_PER_CHECK === 0 && this.read < ready && shouldPause()) return false;
      }
      if (walked) return true;
      if (shouldPause()) return false;
    }
  }

  /** Once `advance` returned true: the mentions, and who this scan named for the first time (recorded in `page`). */
  result(): ScanResult {
    const newlyEstablished = this.record();
    return { mentions: this.mentions(), newlyEstablished };
  }

  /** The first half of `result()`: records this scan's full names (and rivals) in `page`; returns who is new. */
  record(): PersonId[] {
    return recordCandidates(this.page, this.candidates);
  }

  /**
   * The second half: the mentions, short forms resolved against all `page` has recorded. A scan of several roots (the
   * light tree and each shadow root) records them all first, so a full name in one resolves short forms in another.
   */
  mentions(): DomMention[] {
    return resolveCandidates(this.candidates, this.detector, this.page).map(({ person, form, index }) => ({
      person,
      form,
      text: this.located[index].text,
      ...this.located[index].span,
    }));
  }

  /** Once `advance` returned true, instead of `result()`: every candidate with its verdict (recorded in `page` too). */
  explain(): DomExplanation[] {
    recordCandidates(this.page, this.candidates);
    return decideCandidates(this.candidates, this.detector, this.page).map((decision, index) => {
      const candidate = this.candidates[index];
      const people = candidate.kind === 'short' ? [candidate.owner.person] : candidate.kind === 'rival' || candidate.kind === 'word' ? candidate.people : [candidate.person];
      return { ...this.located[index].span, text: this.located[index].text, candidate: candidate.kind, people, ...decision };
    });
  }

  private readRegion(region: Region): void {
    const joined = joinRegion(region.nodes, this.blocks);
    // Asked only for short forms: the `lang` of the element holding one (or of an ancestor, up to <html lang>), and
    // where nothing is declared and the nearby words are unsure, a guess from the whole block.
    const nodeAt = (index: number) => nodeIndexAt(joined.starts, Math.min(index, joined.text.length - 1));
    const language = { declared: (index: number) => this.languageOf(joined, nodeAt(index)), wider: (index: number) => this.guessOf(joined, nodeAt(index)) };
    const { visible, candidates: found } = readCandidates(joined.text, this.detector, language);
    for (const candidate of found) {
      const { start, end } = originalSpan(visible, candidate.start, candidate.end);
      const first = nodeIndexAt(joined.starts, start);
      const last = nodeIndexAt(joined.starts, end - 1);
      if (touchesSkipped(joined, first, last, this.isSkipped)) continue;
      // Candidates of all regions share one coordinate space: offsets in the subtree's whole text.
      const at = (index: number, offset: number) => region.starts[joined.regionIndexes[index]] + offset - joined.starts[index];
      this.candidates.push({ ...candidate, start: at(first, start), end: at(last, end) });
      this.located.push({ span: spanOf(joined, first, start, last, end), text: visible.text.slice(candidate.start, candidate.end) });
    }
  }

  /** The declared language of a joined node's text, cached per block (one closest() per block holding a short form). */
  private languageOf(joined: JoinedText, index: number): string | undefined {
    const node = joined.nodes[index];
    const block = joined.blocks[index];
    const element = node.parentElement;
    if (element === null) return undefined;
    // An inline element may carry its own lang (<span lang="it">); the block's answer serves every other node.
    const key = element === block || element.hasAttribute('lang') ? element : block;
    if (this.languages.has(key)) return this.languages.get(key);
    const declared = element.closest('[lang]')?.getAttribute('lang') ?? undefined;
    this.languages.set(key, declared);
    return declared;
  }

  /**
   * The language of a joined node's block, guessed from its words (cached per block): a region holds only the nodes
   * within a few words of a name, and a name is often a node of its own (a link, a bold word).
   */
  private guessOf(joined: JoinedText, index: number): string | undefined {
    const block = joined.blocks[index];
    if (!this.guesses.has(block)) this.guesses.set(block, guessBlockLanguage(block, this.detector));
    return this.guesses.get(block);
  }
}

/**
 * Scans a subtree in one go (for a changed node, pass `scanRootFor(node)`) and adds what it finds to `page`. Short
 * forms are resolved after the whole subtree has been read, so a full name anywhere in it counts.
 */
export function scanSubtree(root: Node, detector: Detector, page: PageContext): ScanResult {
  const scan = new SubtreeScan(root, detector, page);
  scan.advance();
  return scan.result();
}

/** Scans a whole page from scratch: `page` is reset first, then reflects exactly this page. */
export function scanDocumentText(root: Node, detector: Detector, page: PageContext): DomMention[] {
  page.fullNameCounts.clear();
  page.rivalCounts.clear();
  return scanSubtree(root, detector, page).mentions;
}

/** Scans a whole page from scratch, like scanDocumentText, and returns every candidate with the reason it was marked or not. */
export function explainDocumentText(root: Node, detector: Detector, page: PageContext): DomExplanation[] {
  page.fullNameCounts.clear();
  page.rivalCounts.clear();
  const scan = new SubtreeScan(root, detector, page);
  scan.advance();
  return scan.explain();
}

function touchesSkipped(joined: JoinedText, first: number, last: number, isSkipped: (node: Node, block: Node) => boolean): boolean {
  for (let index = first; index <= last; index++) if (isSkipped(joined.nodes[index], joined.blocks[index])) return true;
  return false;
}

function spanOf(joined: JoinedText, first: number, start: number, last: number, end: number): NodeSpan {
  return {
    startNode: joined.nodes[first],
    startOffset: start - joined.starts[first],
    endNode: joined.nodes[last],
    endOffset: end - joined.starts[last],
  };
}

/** The index of the node holding joined offset `offset` (the last node starting at or before it). */
function nodeIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Characters of a block read to guess its language: a few sentences. */
const GUESS_CHARS = 600;

/** The language of a block's first GUESS_CHARS characters, by their frequent words (a walk that stops there). */
function guessBlockLanguage(block: Node, detector: Detector): string | undefined {
  const walker = (block.ownerDocument ?? (block as Document)).createTreeWalker(block, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node !== null && text.length < GUESS_CHARS; node = walker.nextNode()) text += `${node.nodeValue ?? ''} `;
  return guessLanguage(text, 0, detector.rules, [0, text.length]);
}
