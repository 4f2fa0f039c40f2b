/**
 * How a quoted piece of evidence is compared with its article. Only typography is forgiven (curly versus
 * straight quote marks and apostrophes, runs of whitespace including no-break spaces), so a quote that
 * matches is the article's own wording.
 */

const SINGLE_QUOTE_MARKS = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTE_MARKS = /[\u201C\u201D\u201E\u201F]/g;

/** Straightens quote marks and apostrophes, collapses whitespace runs to one space, trims. */
export function normalizeForQuoteMatch(text: string): string {
  return text.replace(SINGLE_QUOTE_MARKS, "'").replace(DOUBLE_QUOTE_MARKS, '"').replace(/\s+/g, ' ').trim();
}

/** True when `quote` occurs in `text` once both are normalised. An empty quote never matches. */
export function containsQuote(text: string, quote: string): boolean {
  const needle = normalizeForQuoteMatch(quote);
  return needle.length > 0 && normalizeForQuoteMatch(text).includes(needle);
}

/** The article's paragraphs: text between blank lines (whitespace-only lines count as blank), trimmed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** True when the normalised paragraph begins with the normalised prefix. */
export function paragraphStartsWith(paragraph: string, prefix: string): boolean {
  const start = normalizeForQuoteMatch(prefix);
  return start.length > 0 && normalizeForQuoteMatch(paragraph).startsWith(start);
}
