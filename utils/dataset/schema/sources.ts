/** Shape of one entry of data/sources.json: one article, described only by what it states about itself. */
import * as v from 'valibot';
import { isoDay, kebabId, record, stringArray, text } from './fields';

/** A paragraph of an article that carries no claim, and why (headline, photo credit, filler...). */
const UncitedParagraphSchema = record({
  /** The paragraph's opening words, compared like quotes (quote marks and whitespace normalised). */
  startsWith: text,
  /** Why it carries no claim: long enough to say so (the old test asked for more than 5 characters). */
  reason: v.pipe(text, v.minLength(6, 'too short to say why the paragraph carries no claim (6 characters or more)')),
});

export const SourceSchema = record(
  {
    id: kebabId,
    /** File name under data/sources/. */
    file: text,
    headline: text,
    /** As the article states it, else null (never looked up or guessed); likewise outlet and date. */
    author: v.nullable(text),
    outlet: v.nullable(text),
    /** ISO date (YYYY-MM-DD) if the article states one. */
    date: v.nullable(isoDay),
    /** The outlets and people the article cites. */
    cites: stringArray,
    /** Paragraphs of the article that carry no claim, each with the reason, so nothing is dropped silently. */
    uncitedParagraphs: v.array(UncitedParagraphSchema, 'expected an array of {startsWith, reason}'),
  },
  {
    author: 'use null when the article does not say',
    outlet: 'use null when the article does not say',
    date: 'use null when the article states no date',
    uncitedParagraphs: 'use [] when every paragraph is cited',
  },
);
