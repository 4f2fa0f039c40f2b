/**
 * The only pass over every text node. Per node it reads the text and tests the detector's prefilter on it; it never
 * asks for the parent, the element or the layout. Text is joined (with block boundaries) only in regions around
 * prefilter hits, so a page pays for its names, not for its size.
 */
import { isInvisibleChar, isWordCode, type Detector } from '@/utils/detector';
import { DOCUMENT_NODE, SHOW_TEXT, TEXT_NODE } from './elements';

/** Consecutive text nodes around one or more prefilter hits, and where each starts in the subtree's text. */
export interface Region {
  nodes: Text[];
  /** Offsets in the concatenation of every text node under the scan root (the scan's shared coordinates). */
  starts: number[];
}

/** Characters of context kept before a hit's node: the word before a name, a namesake's first words ("Samuel L."). */
const CONTEXT_BEFORE = 32;
/** Characters kept after a hit's node: the rest of a name split across nodes, a possessive, the word after. */
const CONTEXT_AFTER = 48;
/** Characters looked at on each side of a junction where letters run together ("Dele" + "vingne"). */
const JUNCTION_PROBE = 16;

/** Nodes read between two questions to `shouldPause` (a question costs a clock read). */
const NODES_PER_CHECK = 256;

type RegionDetector = Pick<Detector, 'prefilter' | 'shortestToken'>;

/**
 * Finds the regions of text under `root` worth a closer look (every node where the detector's prefilter matches), in
 * as many calls to `advance` as the caller likes: the walk stops and resumes, so a big page can be read in time slices.
 */
export class RegionFinder {
  /** Regions found so far, in page order; the last one may still grow until the walk is finished. */
  readonly regions: Region[] = [];
  private readonly walker: TreeWalker | null = null;
  private readonly lookBack: TreeWalker | null = null;
  private readonly search: RegExp;
  private readonly shortestToken: number;
  private done = false;
  private region: Region | null = null;
  private regionEnd = -1;
  private lastTaken: Node | null = null;
  private offset = 0;
  private lastData = '';

  constructor(
    private readonly root: Node,
    detector: RegionDetector,
  ) {
    // Its own copy (V8 shares the compiled code): the detector's is used by the candidate search, which may run between
    // two slices.
    this.search = new RegExp(detector.prefilter.source, detector.prefilter.flags);
    this.shortestToken = detector.shortestToken;
    const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
    if (root.nodeType === TEXT_NODE) this.regions.push({ nodes: [root as Text], starts: [0] });
    if (root.nodeType === TEXT_NODE || doc === null) {
      this.done = true;
      return;
    }
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    // Only used at hits: walks back for context, which costs nothing per node in the main loop.
    this.lookBack = doc.createTreeWalker(root, SHOW_TEXT);
  }

  /** True once every node has been read. */
  get finished(): boolean {
    return this.done;
  }

  /** False when the page moved the node the walk stands on out of the subtree: the rest is then out of its reach. */
  get onTrack(): boolean {
    const current = this.walker?.currentNode;
    return current === undefined || current === this.root || this.root.contains(current);
  }

  /** Reads nodes until the last (true) or until `shouldPause()`, asked every few hundred nodes, says stop (false). */
  advance(shouldPause: () => boolean = never): boolean {
    if (this.done) return true;
    const walker = this.walker!;
    const lookBack = this.lookBack!;
    const { search, shortestToken, regions } = this;
    let { region, regionEnd, lastTaken, offset, lastData } = this;
    let untilCheck = NODES_PER_CHECK;
    let paused = false;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const data = (node as Text).data;
      // Most short nodes are the line breaks between blocks: no regex call for them.
      let hit = data.length >= shortestToken ? hasHitOutsideWords(data, search) : hasInvisible(data);
      if (!hit && isWordCode(lastData.charCodeAt(lastData.length - 1)) && isWordCode(data.charCodeAt(0))) {
        // A name split by markup inside a word: test the letters on both sides of the junction together.
        lookBack.currentNode = node;
        hit = hasHit(gluedTail(lookBack) + data.slice(0, JUNCTION_PROBE), search);
      }
      if (region !== null && offset < regionEnd) {
        region.nodes.push(node as Text);
        region.starts.push(offset);
        lastTaken = node;
      } else if (hit) {
        region = { nodes: [node as Text], starts: [offset] };
        regions.push(region);
        // Back to the first node that ends within CONTEXT_BEFORE characters of the hit (the one just before, always).
        lookBack.currentNode = node;
        for (let before = lookBack.previousNode(); before !== null && before !== lastTaken; before = lookBack.previousNode()) {
          const start = region.starts[0] - (before as Text).data.length;
          region.nodes.unshift(before as Text);
          region.starts.unshift(start);
          if (offset - start >= CONTEXT_BEFORE) break;
        }
        lastTaken = node;
      } else {
        region = null;
      }
      if (hit) regionEnd = Math.max(regionEnd, offset + data.length + CONTEXT_AFTER);
      offset += data.length;
      if (data.length > 0) lastData = data;
      if (--untilCheck === 0) {
        untilCheck = NODES_PER_CHECK;
        if (shouldPause()) {
          paused = true;
          break;
        }
      }
    }
    this.region = region;
    this.regionEnd = regionEnd;
    this.lastTaken = lastTaken;
    this.offset = offset;
    this.lastData = lastData;
    this.done = !paused;
    return this.done;
  }
}

const never = () => false;

/** Up to JUNCTION_PROBE characters that run together before the walker's node (they may span several short nodes). */
function gluedTail(lookBack: TreeWalker): string {
  let tail = '';
  for (let before = lookBack.previousNode(); before !== null && tail.length < JUNCTION_PROBE; before = lookBack.previousNode()) {
    const data = (before as Text).data;
    tail = data + tail;
    if (data.length > 0 && !isWordCode(data.charCodeAt(0))) break;
  }
  return tail.slice(-JUNCTION_PROBE);
}

/**
 * Whether a prefilter hit in `data` starts outside a word: text whose hits are all inside words ("mascara",
 * "Parisian") holds no name. A hit at the very start may continue a word from the node before, and an invisible
 * character may sit inside a name ("Dele&shy;vingne"): both count as real hits. One pass (a test() first cost a
 * second pass over every node with a hit).
 */
function hasHitOutsideWords(data: string, search: RegExp): boolean {
  search.lastIndex = 0;
  for (let hit = search.exec(data); hit !== null; hit = search.exec(data)) {
    if (hit.index === 0 || !isWordCode(data.charCodeAt(hit.index - 1)) || isInvisibleChar(data.charCodeAt(hit.index))) return true;
  }
  return false;
}

function hasHit(data: string, search: RegExp): boolean {
  search.lastIndex = 0;
  return search.test(data);
}

function hasInvisible(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (isInvisibleChar(data.charCodeAt(i))) return true;
  return false;
}
