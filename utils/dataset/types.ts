/** The dataset's types, inferred from the schemas in ./schema (the one description of each data file). */
import type * as v from 'valibot';
import type { ClaimSchema, EVIDENCE_BASES, EvidenceSchema } from './schema/claims';
import type { OpenQuestionSchema } from './schema/open-questions';
import type { PersonSchema } from './schema/people';
import type { SourceSchema } from './schema/sources';

export type PersonId = string;
export type SourceId = string;
export type ClaimId = string;

/** A person the extension knows about. Names drive the mention detector, so adding a person is a data change. */
export type Person = v.InferOutput<typeof PersonSchema>;
/** One seed article, described only by what it states about itself; unknown fields are null. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** How the article knows what it says: the kind of credit behind one piece of evidence. */
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
/** Something the articles leave open about one or both people, and the unconfirmed claims behind it. */
export type OpenQuestion = v.InferOutput<typeof OpenQuestionSchema>;

export interface Dataset {
  people: Person[];
  sources: Source[];
  claims: Claim[];
  openQuestions: OpenQuestion[];
}
