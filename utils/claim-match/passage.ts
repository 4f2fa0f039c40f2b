/**
 * The passage the card matches for one mention: the mention's sentence (the focus) with its neighbours, within the
 * block it sits in. Pure: the DOM layer (utils/page-text/passage-text.ts) hands in the block's text, spaces folded.
 */
import type { FocusRange } from './match';

/** What the matcher is given for a mention: its block's text around it, and where the mention's sentence lies in it. */
export interface Passage {
  text: string;
  focus: FocusRange;
}

/**
 * At most this much of the block, cut at sentence ends around the focus sentence: about two sentences either side of
 * it in news prose. A longer window only adds words that the matcher counts at its context factor (0.6) and that
 * belong to other claims (a 40-sentence <div> would otherwise tie every claim on the page to every mention in it).
 */
export const PASSAGE_MAX_CHARS = 700;

// A sentence ends after . ! ? or … (with closing quotes or brackets), before white space; or at a line break, which
// then belongs to the sentence it ends.
const SENTENCE_END = /[.!?\u2026]+["'\u201d\u2019)\]]*(?:[ \t]*[\n\u2029]|(?=\s))|[\n\u2029]/g;

/** The sentences of `text`, as [start, end) ranges that cover it. */
export function sentenceRanges(text: string): FocusRange[] {
  const ranges: FocusRange[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) ranges.push({ start, end });
    start = end;
  }
  if (start < text.length || ranges.length === 0) ranges.push({ start, end: text.length });
  return ranges;
}

/** The passage around a mention at [start, end) of `blockText`; its focus is the sentence that holds the mention. */
export function passageAround(blockText: string, start: number, end: number): Passage {
  const sentences = sentenceRanges(blockText);
  const at = Math.max(0, sentences.findIndex((sentence) => start < sentence.end));
  let from = at;
  let to = at;
  // A name can straddle a false sentence end ("Ms. Jackson"): the focus runs on to the sentence the mention ends in.
  while (to + 1 < sentences.length && end > sentences[to].end) to++;
  const focus = { start: sentences[from].start, end: sentences[to].end };
  // Neighbours, one on each side at a time, while the window has room.
  for (let grew = true; grew; ) {
    grew = false;
    if (from > 0 && sentences[to].end - sentences[from - 1].start <= PASSAGE_MAX_CHARS) {
      from--;
      grew = true;
    }
    if (to + 1 < sentences.length && sentences[to + 1].end - sentences[from].start <= PASSAGE_MAX_CHARS) {
      to++;
      grew = true;
    }
  }
  let windowStart = sentences[from].start;
  let windowEnd = sentences[to].end;
  // A focus longer than the window (a block with no sentence ends, a huge caption): the window centred on the mention.
  if (windowEnd - windowStart > PASSAGE_MAX_CHARS) {
    windowStart = Math.max(focus.start, start - PASSAGE_MAX_CHARS / 2);
    windowEnd = Math.min(focus.end, Math.max(end, windowStart + PASSAGE_MAX_CHARS));
  }
  const clip = (offset: number) => Math.min(Math.max(offset, windowStart), windowEnd) - windowStart;
  return { text: blockText.slice(windowStart, windowEnd), focus: { start: clip(focus.start), end: clip(focus.end) } };
}
