/**
 * Invisible characters a page may put inside a name (soft hyphen, zero-width space and joiners, word joiner, BOM)
 * are removed before matching; offsets are mapped back afterwards. Pages without any pay one regex test.
 */

/** The invisible characters, as a regex character class. */
export const INVISIBLE_CLASS = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS);
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'g');

/** Whether a UTF-16 code unit is one of the invisible characters. */
export function isInvisibleChar(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Text with invisible characters removed, and where they were. */
export interface VisibleText {
  text: string;
  /** Offsets in the original text of the removed characters, ascending; empty when nothing was removed. */
  removed: readonly number[];
}

/** Removes invisible characters, remembering their offsets. */
export function removeInvisible(raw: string): VisibleText {
  if (!INVISIBLE.test(raw)) return { text: raw, removed: [] };
  const removed: number[] = [];
  INVISIBLE_ALL.lastIndex = 0;
  for (let match = INVISIBLE_ALL.exec(raw); match !== null; match = INVISIBLE_ALL.exec(raw)) removed.push(match.index);
  return { text: raw.replace(INVISIBLE_ALL, ''), removed };
}

/** The original offset of the character at `offset` in the visible text. */
function originalOffset(visible: VisibleText, offset: number): number {
  const { removed } = visible;
  // Removed character j sits before visible offset removed[j] - j; count those at or before `offset`.
  let low = 0;
  let high = removed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (removed[middle] - middle <= offset) low = middle + 1;
    else high = middle;
  }
  return offset + low;
}

/** The original [start, end) of the visible span [start, end): invisible characters inside it are included. */
export function originalSpan(visible: VisibleText, start: number, end: number): { start: number; end: number } {
  if (visible.removed.length === 0) return { start, end };
  return { start: originalOffset(visible, start), end: originalOffset(visible, end - 1) + 1 };
}
