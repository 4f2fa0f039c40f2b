/** Matching a page's passages to the dataset's claims: pure, no DOM or browser API. */
export { buildClaimIndex, type ClaimIndex } from './claim-index';
export { matchClaims, type ClaimMatch, type FocusRange } from './match';
export { speakUp } from './speak-up';
export { findHedge } from './hedges';
export { pageRumors, rumorsOfPassages, type PageRumor, type PageRumorOf } from './page-rumors';
export { checkClaimWording, type ClaimWording, type ClaimWordingFile } from './wording-schema';
export { describeMatches, type MatchedClaim } from './describe';
export { passageAround, sentenceRanges, PASSAGE_MAX_CHARS, type Passage } from './passage';
