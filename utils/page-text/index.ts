/** The DOM side of mention detection: one cheap pass over a page's text, then a closer look around possible names. */
export { SubtreeScan, explainDocumentText, scanDocumentText, scanSubtree, type DomExplanation, type DomMention, type ScanResult } from './scan';
export { PageScan } from './page-scan';
export { openShadowRootsIn } from './shadow-roots';
export { joinText } from './join-region';
export { scanRootFor } from './blocks';

export { INLINE_ELEMENTS, SKIPPED_SELECTOR } from './elements';
export { createPageContext, type PageContext } from '@/utils/detector';

