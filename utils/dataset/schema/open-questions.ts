/** Shape of one entry of data/open-questions.json: what the articles leave open, and the claims behind it. */
import * as v from 'valibot';
import { kebabId, nonEmptyArray, record, text } from './fields';

export const OpenQuestionSchema = record({
  id: kebabId,
  /** Person ids: the cards that list the question. */
  about: nonEmptyArray(v.string('expected a person id'), 'person ids'),
  /** The question, as a reader would ask it. */
  question: v.pipe(text, v.endsWith('?', 'expected a question ending with "?"')),
  /** Ids of the claims that leave it open: at least one disputed, single-source or speculation (data/README.md). */
  claims: nonEmptyArray(v.string('expected a claim id'), 'claim ids'),
});
