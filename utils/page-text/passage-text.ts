/**
 * The text of the block a mention sits in, read as a person reads it (runs of white space folded to one space, text
 * of scripts and styles left out), and where the mention lies in it: what utils/claim-match's passageAround takes.
 */
import { scanRootFor } from './blocks';
import { NON_TEXT_PARENTS, SHOW_TEXT } from './elements';
import { isSpaceCode } from '@/utils/detector/chars';

/** A block's folded text and the mention's offsets in it. */
export interface BlockText {
  text: string;
  start: number;
  end: number;
}

/**
 * Text kept before the mention at most (a mention deep in a huge <div> keeps only its neighbourhood): the passage
 * itself is a few hundred characters, this is a bound on work, not on meaning.
 */
const KEEP_BEFORE = 4_000;
/** Text read past the mention's end. */
const READ_AFTER = 4_000;

/** The folded text of `range`'s block; null when the range's nodes are not in it (the page changed under it). */
export function blockTextAround(range: AbstractRange): BlockText | null {
  const block = scanRootFor(range.startContainer);
  const doc = block.ownerDocument ?? (block as Document);
  const walker = doc.createTreeWalker(block, SHOW_TEXT);
  let text = '';
  let start = -1;
  let end = -1;
  let afterSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentNode as Element | null;
    if (parent && NON_TEXT_PARENTS.has(parent.localName)) continue;
    const data = node.data;
    // Before the mention, only the last KEEP_BEFORE characters of a node can matter.
    const holdsStart = node === range.startContainer;
    const from = start >= 0 ? 0 : Math.max(0, (holdsStart ? range.startOffset : data.length) - KEEP_BEFORE);
    for (let i = from; i <= data.length; i++) {
      if (holdsStart && i === range.startOffset) start = text.length;
      if (node === range.endContainer && i === range.endOffset) end = text.length;
      if (i === data.length || (end >= 0 && text.length > end + READ_AFTER)) break;
      if (isSpaceCode(data.charCodeAt(i))) {
        if (!afterSpace) text += ' ';
        afterSpace = true;
      } else {
        text += data[i];
        afterSpace = false;
      }
    }
    if (start < 0 && text.length > 2 * KEEP_BEFORE) text = text.slice(-KEEP_BEFORE);
    if (end >= 0 && text.length > end + READ_AFTER) break;
  }
  if (start < 0 || end < start) return null;
  return { text: text.trimEnd(), start, end };
}
