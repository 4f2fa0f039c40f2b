/** Shape of one entry of data/claims.json: a fact, its status, its topics and its verbatim evidence. */
import * as v from 'valibot';
import { STATUS_IDS } from '@/utils/statuses';
import { TOPIC_IDS } from '@/utils/topics';
import { neutralSentenceProblems } from './claim-text';
import { isoPartialDate, kebabId, nonEmptyArray, oneOf, record, text } from './fields';

/** How the article knows what it says: the kind of credit behind one piece of evidence (data/README.md, "Basis"). */
export const EVIDENCE_BASES = [
  'statement', // the person about whom it is said, speaking or posting themselves
  'denial', // a person involved denying it on record
  'published-media', // photos or video the article says were published
  'outlet-report', // an outlet reported it (no named or anonymous source given)
  'anonymous-source', // "a source", "an insider", "a relative", "an eyewitness" (named in attribution)
  'article-inference', // the article's own inference, guess or spin
  'background', // settled context (ages, family)
] as const;

/** A quote shorter than this rarely stands alone ("a source said"): the reader could not check it in context. */
const QUOTE_MIN_LENGTH = 25;

export const EvidenceSchema = record({
  /** The article's id. */
  source: text,
  /** Verbatim from the article (quote marks and whitespace normalised when checked). */
  quote: v.pipe(
    text,
    v.check(
      (quote) => quote.trim().length >= QUOTE_MIN_LENGTH,
      (issue) => `${String(issue.input).trim().length} characters: too short to stand alone (${QUOTE_MIN_LENGTH} or more)`,
    ),
  ),
  /** Whom the article credits, for people to read: "an eyewitness, to E! News", "Paris on Twitter". */
  attribution: text,
  /**
   * Who the report originates with, in canonical form ("E! News", "People", a person's name, or the source id for
   * the article's own reporting). Two pieces of evidence with the same origin are one report, not corroboration.
   */
  origin: text,
  basis: oneOf(EVIDENCE_BASES, `one of ${EVIDENCE_BASES.join(', ')}`),
  /** For disputed claims: what this side says, in one short sentence. */
  says: v.optional(text),
});

export const ClaimSchema = record({
  id: kebabId,
  /** Person ids. */
  about: nonEmptyArray(v.string('expected a person id'), 'person ids'),
  /** One neutral sentence (claim-text.ts says what that means). */
  text: v.pipe(
    text,
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problems = neutralSentenceProblems(dataset.value);
      if (problems.length > 0) addIssue({ message: `not one neutral sentence: ${problems.join('; ')}` });
    }),
  ),
  /** What the claim is about, from utils/topics.ts: one or more. */
  topics: nonEmptyArray(oneOf(TOPIC_IDS, `a topic id (${TOPIC_IDS.join(', ')})`), 'topic ids'),
  status: oneOf(STATUS_IDS, `a status id (${STATUS_IDS.join(', ')})`),
  /** When the event happened, as precisely as an article gives it: "2017-05-07", "2018-03", "2018". */
  date: v.optional(isoPartialDate),
  /** 1 = central to the rumor, 2 = supporting detail, 3 = context. The card shows lower first. */
  significance: v.picklist([1, 2, 3], 'expected 1, 2 or 3'),
  evidence: nonEmptyArray(EvidenceSchema, 'evidence entries'),
  /** The id of a claim a later article made out of date (she had not discussed it; then she did). */
  supersededBy: v.optional(kebabId),
});

/** Outlets in canonical form (data/README.md, "Origin"); people's names and the article's own id complete the list. */
export const CANONICAL_OUTLETS = ['E! News', 'People', 'The Sun', 'Page Six', 'Daily Mail', 'OK! magazine', 'National Enquirer'] as const;
