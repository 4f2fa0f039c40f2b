/**
 * The schema of data/matching.json (the detector's language cues) and its checks, as problem lines
 * "matching.json: RECORD: FIELD: REASON" (RECORD is "cues" for the shared lists, "languages.it" for a language).
 * Run by the dataset gate at build time only; the content script reads the file through matching-rules.ts.
 */
import * as v from 'valibot';

const Words = v.array(v.pipe(v.string(), v.minLength(1)));

const LanguageSchema = v.strictObject({
  guessWords: Words,
  personalHonorifics: v.optional(Words),
  otherTitles: v.optional(Words),
  articles: v.optional(Words),
  nameArticles: v.optional(Words),
  relativePronouns: v.optional(Words),
  placePrepositions: v.optional(Words),
  genitivePrepositions: v.optional(Words),
  connectives: v.optional(Words),
  sentenceStarts: v.optional(Words),
  commonWords: v.optional(Words),
  placesWrittenOtherwise: v.optional(Words),
  kinNouns: v.optional(Words),
  personWords: v.optional(Words),
  personAdjectives: v.optional(Words),
  speechVerbs: v.optional(Words),
  personPronouns: v.optional(Words),
  collectiveNounsBefore: v.optional(Words),
  subjectVerbs: v.optional(Words),
  capitalisesNouns: v.optional(v.boolean()),
});

const MatchingFileSchema = v.strictObject({
  $comment: v.optional(v.string()),
  personalHonorifics: Words,
  otherTitles: Words,
  articles: Words,
  placePrepositions: Words,
  placeNouns: Words,
  collectiveNouns: Words,
  kinNouns: v.optional(Words),
  personWords: v.optional(Words),
  personAdjectives: v.optional(Words),
  speechVerbs: v.optional(Words),
  personPronouns: v.optional(Words),
  qualifierNouns: v.optional(Words),
  senseWords: v.optional(Words),
  placeAdjectives: v.optional(Words),
  connectives: Words,
  sentenceStarts: v.optional(Words),
  places: v.optional(Words),
  placeRegions: v.optional(Words),
  placeSeasons: v.optional(Words),
  nameTopicPhrases: v.optional(Words),
  personSuffixes: v.optional(Words),
  otherBearerBefore: v.optional(Words),
  sportsPositions: v.optional(Words),
  otherNameWords: v.optional(Words),
  otherPeoplesNames: v.optional(Words),
  otherBearerAfter: v.optional(Words),
  otherBearerContext: v.optional(Words),
  quoteMarks: v.pipe(v.string(), v.minLength(1)),
  languages: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'a primary language subtag, such as "it"')), LanguageSchema)),
});

const FILE = 'matching.json';

/** Every problem of the raw file; [] when it is sound. Words must be lower case: the detector compares them so. */
export function checkMatchingRules(raw: unknown): string[] {
  const parsed = v.safeParse(MatchingFileSchema, raw);
  if (!parsed.success) {
    return parsed.issues.map((issue) => {
      const path = (issue.path ?? []).map((item) => String(item.key));
      const inLanguage = path[0] === 'languages' && path.length > 1;
      const record = inLanguage ? `languages.${path[1]}` : 'cues';
      const field = (inLanguage ? path.slice(2) : path).join('.') || '(record)';
      return `${FILE}: ${record}: ${field}: ${issue.message}`;
    });
  }
  const problems: string[] = [];
  const { languages = {}, $comment: _comment, quoteMarks: _marks, ...shared } = parsed.output;
  const lists: [string, Record<string, unknown>][] = [['cues', shared], ...Object.entries(languages).map(([code, cues]): [string, Record<string, unknown>] => [`languages.${code}`, cues])];
  for (const [record, fields] of lists) {
    for (const [field, words] of Object.entries(fields)) {
      if (!Array.isArray(words)) continue;
      (words as string[]).forEach((word, index) => {
        if (word !== word.toLowerCase()) problems.push(`${FILE}: ${record}: ${field}.${index}: "${word}" is not lower case`);
      });
    }
  }
  return problems;
}
