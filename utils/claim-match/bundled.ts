/** The shipped claims and wording, indexed once: what the extension and the scripts match against. */
import wordingJson from '@/data/claim-wording.json';
import claimsJson from '@/data/claims.json';
import peopleJson from '@/data/people.json';
import type { Claim, Person } from '@/utils/dataset/types';
import { buildClaimIndex, type ClaimIndex } from './claim-index';
import type { ClaimWordingFile } from './wording-schema';

// JSON imports are typed loosely; test/unit/claim-match-wording.test.ts proves the file matches the schema.
export const bundledWording = wordingJson as unknown as ClaimWordingFile;
export const bundledClaims = claimsJson as unknown as Claim[];
export const bundledPeople = peopleJson as unknown as Person[];

let cached: ClaimIndex | null = null;

/** The index over the shipped dataset, built on first use (about a millisecond) and kept. */
export function bundledClaimIndex(): ClaimIndex {
  cached ??= buildClaimIndex(bundledClaims, bundledWording, bundledPeople);
  return cached;
}
