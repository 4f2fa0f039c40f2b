/**
 * The one gate's registry: every data file it reads and every rule it runs, used by `npm run dataset`, the build hook
 * (wxt.config.ts) and the tests alike. To add a data file: define its record schema in ../schema, a DataFile in
 * ./files.ts, append it to DATA_FILES and its rules (DataRule, ./engine.ts) to DATA_RULES.
 */
import type { DataFile, DataRule } from './engine';
import { checkClaimWording } from '@/utils/claim-match/wording-schema';
import { checkMatchingRules } from '@/utils/detector/matching-schema';
import { CLAIMS_FILE, OPEN_QUESTIONS_FILE, PEOPLE_FILE, SOURCES_FILE, type WholeDataFile } from './files';
import { selfHarmTextRule } from './rules/care';
import { claimOriginsRule, claimReferencesRule, claimStatusRule, supersededByRule } from './rules/claims';
import { openQuestionsRule } from './rules/open-questions';
import { paragraphCoverageRule, sourceArticleRule } from './rules/sources';

/** In the order problems are listed. */
export const DATA_FILES: readonly DataFile<unknown>[] = [PEOPLE_FILE, SOURCES_FILE, CLAIMS_FILE, OPEN_QUESTIONS_FILE];

/** Within one record, problems are listed in this order. */
export const DATA_RULES: readonly DataRule[] = [
  sourceArticleRule,
  paragraphCoverageRule,
  claimReferencesRule,
  claimOriginsRule,
  claimStatusRule,
  selfHarmTextRule,
  supersededByRule,
  openQuestionsRule,
];

/** Files checked whole by the schema of the code that reads them, after the records above. */
export const WHOLE_DATA_FILES: readonly WholeDataFile[] = [
  { name: 'claim-wording.json', check: (raw, view) => checkClaimWording(raw, view.ids(CLAIMS_FILE)) },
  { name: 'matching.json', check: (raw) => checkMatchingRules(raw) },
];
