/**
 * Bundled for the growth figures (bench/figures/growth.ts) and run in a fresh isolated world of a loaded page, as a
 * content script is: compiles the detector for the people given and runs one whole scan of the page.
 */
import { compileDetector } from '../../utils/detector';
import { SubtreeScan, createPageContext } from '../../utils/page-text';
import type { Person } from '../../utils/dataset/types';

(globalThis as unknown as { benchGrowth: unknown }).benchGrowth = (people: Person[]) => {
  const started = performance.now();
  const detector = compileDetector(people);
  const compiled = performance.now();
  const scan = new SubtreeScan(document.body, detector, createPageContext());
  scan.advance();
  const mentions = scan.result().mentions.length;
  return { compileMs: compiled - started, scanMs: performance.now() - compiled, mentions };
};
