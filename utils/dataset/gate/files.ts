/**
 * The data files the gate reads, in the order their problems are listed. A new file (a wording file keyed by claim
 * id, the matching cues) is one entry here, added to DATA_FILES in ./registry.ts with its rules.
 */
import { ClaimSchema } from '@/utils/dataset/schema/claims';
import { OpenQuestionSchema } from '@/utils/dataset/schema/open-questions';
import { PersonSchema } from '@/utils/dataset/schema/people';
import { SourceSchema } from '@/utils/dataset/schema/sources';
import type { Claim, OpenQuestion, Person, Source } from '@/utils/dataset/types';
import type { DataFile, GateView } from './engine';

export const PEOPLE_FILE: DataFile<Person> = { name: 'people.json', kind: 'person', layout: 'list', schema: PersonSchema };
export const SOURCES_FILE: DataFile<Source> = { name: 'sources.json', kind: 'source', layout: 'list', schema: SourceSchema };
export const CLAIMS_FILE: DataFile<Claim> = { name: 'claims.json', kind: 'claim', layout: 'list', schema: ClaimSchema };
export const OPEN_QUESTIONS_FILE: DataFile<OpenQuestion> = {
  name: 'open-questions.json',
  kind: 'question',
  layout: 'list',
  schema: OpenQuestionSchema,
};

/**
 * A data file that is not a list of records (the wording file, the matching cues): its owner's schema checks it
 * whole and returns problem lines "FILE: RECORD: FIELD: REASON". Required on disk; checked when present.
 */
export interface WholeDataFile {
  name: string;
  check(raw: unknown, view: GateView): string[];
}
