/** The mention detector: pure string logic, no DOM. See README.md for the design. */
export { compileDetector, type Detector } from './compile';
export { findMentionsInText } from './find-mentions';
export { collectCandidates, readCandidates } from './candidates';
export { decideCandidates, resolveCandidates, NEARBY_CHARS, type ResolvedMention } from './resolve';
export { createPageContext, isEstablished, recordCandidates } from './page-context';
export { isInvisibleChar, removeInvisible, originalSpan, type VisibleText } from './invisible';
export { BLOCK_SEPARATOR } from './regex-parts';
export { DEFAULT_MATCHING_RULES, toMatchingRules, type MatchingRules } from './matching-rules';
export type { Candidate, Decision, MentionForm, PageContext, ShortNameOwner, TextMention } from './types';
export { WORD_CLASS, isLetterCode, isSpaceCode, isWordCode } from './chars';
