/** The mention detector: pure string logic, no DOM. See README.md for the design. */
export { compileDetector, type Detector } from './compile';
export { findMentionsInText } from './find-mentions';
export { collectCandidates, readCandidates } from './candidates';
export { decideCandidates, resolveCandidates } from './resolve';
export { createPageContext, recordCandidates } from './page-context';
export { isInvisibleChar, removeInvisible, originalSpan } from './invisible';
export { BLOCK_SEPARATOR } from './regex-parts';
export { toMatchingRules } from './matching-rules';
export { guessLanguage } from './language';
export type { Candidate, Decision, MentionForm, PageContext } from './types';
export { WORD_CLASS, isWordCode } from './chars';
