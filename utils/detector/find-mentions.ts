/** The detector in one call, for text that is already joined and normalised. */
import { collectCandidates, type LanguageHint } from './candidates';
import type { Detector } from './compile';
import { recordCandidates } from './page-context';
import { resolveCandidates } from './resolve';
import type { PageContext, TextMention } from './types';

/**
 * Every mention in `text` (blocks separated by BLOCK_SEPARATOR), in text order; records full names in `page`. `language`
 * is the text's declared language (a BCP 47 tag); without it, the language around each short form is guessed.
 */
export function findMentionsInText(text: string, detector: Detector, page: PageContext, language?: LanguageHint): TextMention[] {
  const candidates = collectCandidates(text, detector, language);
  recordCandidates(page, candidates);
  return resolveCandidates(candidates, detector, page).map(({ person, form, start, end }) => ({
    person,
    form,
    start,
    end,
    text: text.slice(start, end),
  }));
}
