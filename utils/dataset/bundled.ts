/**
 * The dataset as the extension ships it. The article texts stay out of the bundle, and nothing is validated here:
 * the build (wxt.config.ts, through the gate in ./gate) and test/unit/dataset.test.ts do that before shipping. Only the background worker and
 * the popup import this; the content script imports people.json alone and asks the worker for card data.
 */
import sourcesJson from '@/data/sources.json';
import claimsJson from '@/data/claims.json';
import openQuestionsJson from '@/data/open-questions.json';
import { people } from './bundled-people';
import type { Claim, Dataset, OpenQuestion, Source } from './types';

// JSON imports are typed loosely (status as string); the tests prove the files match these types.
export const dataset: Dataset = {
  people,
  sources: sourcesJson as unknown as Source[],
  claims: claimsJson as unknown as Claim[],
  openQuestions: openQuestionsJson as OpenQuestion[],
};
