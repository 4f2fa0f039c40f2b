/** Matching a page's passages to the dataset's claims: pure, no DOM or browser API. */
export { buildClaimIndex } from './claim-index';
export { matchClaims } from './match';
export { speakUp } from './speak-up';
export { findHedge } from './hedges';
export { pageRumors, rumorsOfPassages, type PageRumorOf } from './page-rumors';
export { checkClaimWording } from './wording-schema';
export { describeMatches } from './describe';

