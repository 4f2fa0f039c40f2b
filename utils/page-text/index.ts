/** The DOM side of mention detection: reads a page's text in one pass and maps matches back to text nodes. */
export { scanDocumentText, scanSubtree, type DomMention, type ScanResult } from './scan';
export { joinText, scanRootFor, type JoinedText } from './collect-text';
export { isInsideSkipped } from './skipped';
export { INLINE_ELEMENTS, NON_TEXT_PARENTS, SKIPPED_SELECTOR } from './elements';
export { createPageContext, type PageContext } from '../detector';
