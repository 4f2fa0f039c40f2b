/** Where the sentence around a short form begins and ends: another bearer in the same sentence outweighs the page. */
import { isSpaceCode, isWordCharBefore } from './chars';

/** Characters from the sentence's (and the block's) start to the name, and from the name to their ends. */
export interface SentenceSpan {
  before: number;
  after: number;
  blockBefore: number;
  blockAfter: number;
}

/** Characters looked at for a sentence's ends (a longer sentence counts as ending there). */
const SENTENCE_REACH = 250;

/**
 * How far the sentence holding [start, end) reaches before and after it (to ". ", "! ", "? " or a block's end), and
 * how far its block does. A text that ends first (a region's edge) is taken as the end.
 */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  let from = start;
  const least = Math.max(0, start - SENTENCE_REACH);
  while (from > least && !endsSentenceAt(text, from - 1)) from--;
  let blockFrom = from;
  while (blockFrom > least && text.charCodeAt(blockFrom - 1) !== 0x2029) blockFrom--;
  let to = end;
  const most = Math.min(text.length, end + SENTENCE_REACH);
  while (to < most && !endsSentenceAt(text, to)) to++;
  let blockTo = to;
  while (blockTo < most && text.charCodeAt(blockTo) !== 0x2029) blockTo++;
  return { before: start - from, after: to - end, blockBefore: start - blockFrom, blockAfter: blockTo - end };
}

const CLOSERS = '"”’»)]';

function endsSentenceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x2029) return true;
  // "Ms. Jackson" and "L. Jackson" do not end a sentence: a full stop counts after a word of 3+ letters or a quote.
  // A closing quotation mark or bracket may come between the stop and the space: “Not that Cara.” She...
  let next = index + 1;
  while (next < text.length && CLOSERS.includes(text[next])) next++;
  if ((code === 46 || code === 33 || code === 63) && isSpaceCode(text.charCodeAt(next))) {
    return code !== 46 || !(isWordCharBefore(text, index) && !isWordCharBefore(text, index - 1)) && !isTitleDot(text, index);
  }
  return false;
}

/** "Mr." "Ms." "Dr." "St.": a dot after two letters that start with a capital. */
function isTitleDot(text: string, index: number): boolean {
  return index >= 2 && isWordCharBefore(text, index) && isWordCharBefore(text, index - 1) && !isWordCharBefore(text, index - 2) && text[index - 2] !== text[index - 2].toLowerCase();
}
