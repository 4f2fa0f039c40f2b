/**
 * Cues read from the sentence around a short name rather than from its next word: title case, a sentence start, a
 * list of places, sports context. Each looks at a bounded window inside the name's block, and only for candidates.
 */
import { isLetterCode, isSpaceCode } from './chars';
import { isCapitalised, wordAfter } from './context-cues';
import type { MatchingRules } from './matching-rules';

/** Characters looked at on each side of the name: about one sentence. */
const WINDOW = 60;
/** Words of at least this many letters count towards title case ("A", "of", "in" are lower case in titles). */
const TITLE_WORD = 4;

/** The window [from, to) around [start, end), cut at block separators. */
function blockWindow(text: string, start: number, end: number, radius = WINDOW): [number, number] {
  let from = start;
  const least = Math.max(0, start - radius);
  while (from > least && text.charCodeAt(from - 1) !== 0x2029) from--;
  let to = end;
  const most = Math.min(text.length, end + radius);
  while (to < most && text.charCodeAt(to) !== 0x2029) to++;
  return [from, to];
}

/** Calls `visit(word, wordStart)` for each whole word in [from, to) outside [skipStart, skipEnd). */
function eachWord(text: string, from: number, to: number, skipStart: number, skipEnd: number, visit: (word: string, at: number) => void): void {
  let i = from;
  while (i < to) {
    while (i < to && !isLetterCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isLetterCode(text.charCodeAt(i))) i++;
    const cut = (start === from && start > 0 && isLetterCode(text.charCodeAt(start - 1))) || (i === to && to < text.length && isLetterCode(text.charCodeAt(to)));
    if (i > start && !cut && (i <= skipStart || start >= skipEnd)) visit(text.slice(start, i), start);
  }
}

/**
 * A title-case line: nearly every longer word around the name is capitalised ("Why Cara And Paris Are Hollywood's...";
 * 90%: running text with a show's title in it reaches 80%, "Welcome back to Frame by Frame, I'm Paris Nguyen"), or
 * every word is in capitals.
 * The people's names (`isName`) are left out of the count: they are capitalised in any sentence.
 */
export function isTitleCase(text: string, start: number, end: number, isName: (word: string) => boolean): boolean {
  const [from, to] = blockWindow(text, start, end);
  let words = 0;
  let capitalised = 0;
  // All capitals ("CARA AND PARIS HIT THE TOWN"): two or more other words of any length, none with a lower-case letter.
  let allWords = 0;
  let lower = false;
  eachWord(text, from, to, start, end, (word) => {
    allWords++;
    if (word !== word.toUpperCase()) lower = true;
    if (word.length < TITLE_WORD || isName(word.toLowerCase())) return;
    words++;
    if (isCapitalised(word)) capitalised++;
  });
  return (words >= 2 && capitalised >= words * 0.9) || (allWords >= 2 && !lower);
}

/** Whether the name opens a sentence: at a block or line start, or after . ! ? : or an opening quote or dash. */
export function startsSentence(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 0x2029 && text.charCodeAt(i - 1) !== 10) i--;
  if (i === 0) return true;
  const before = text[i - 1];
  return '\u2029\n.!?:¡¿"“«„—–-('.includes(before);
}

/** "New York, Paris, London", "between Los Angeles and Paris", "Paris (city in France)": the place. */
export function isInPlaceList(
  text: string,
  start: number,
  end: number,
  context: { placeBefore: RegExp | null; placeAfter: RegExp | null; rules: MatchingRules },
): boolean {
  const { placeBefore, placeAfter, rules } = context;
  if (placeBefore !== null) {
    const from = Math.max(0, start - 32);
    const match = placeBefore.exec(text.slice(from, start));
    if (match !== null) return true;
  }
  if (placeAfter !== null) {
    placeAfter.lastIndex = end;
    if (placeAfter.test(text)) return true;
  }
  if (regionAfter(text, end, rules.placeRegions) || seasonAfter(text, end, rules.placeSeasons) || placeNounApposition(text, end, rules) || placeNounLabel(text, start, rules)) return true;
  // "Flights from Jackson (JAN) to Paris (CDG)": an airport's code. "Grand Palais, Paris.": a venue's city.
  if (AIRPORT_CODE.test(text.slice(end, end + 7)) || (VENUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && CLOSES.test(text.slice(end, end + 2)))) return true;
  // A parenthesis right after that names a place noun: "Paris (city in France)", "Paris (disambiguation)".
  return parenthesisHolds(text, end, (word) => rules.placeNouns.has(word) || rules.places.has(word));
}

const AIRPORT_CODE = /^ ?\([A-Z]{3}\)/;
/** Two capitalised words and a comma: "Grand Palais, ", "Grand Rex, ". */
const VENUE_BEFORE = /\p{Lu}[\p{L}\u2019'-]*\s+\p{Lu}[\p{L}\u2019'-]*,\s*$/u;
/** The end of a caption or a sentence: a stop, a parenthesis, a block's end. */
const CLOSES = /^(?:[.)\u2029]|$)/;

/** Whether the name is all its block holds (a link in a "See also" list, a menu item): no sentence says who it is. */
export function isAloneInBlock(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && text.charCodeAt(i) !== 0x2029; i--) if (isLetterCode(text.charCodeAt(i))) return false;
  for (let i = end; i < text.length && text.charCodeAt(i) !== 0x2029; i++) if (isLetterCode(text.charCodeAt(i))) return false;
  return true;
}

/** Sports words (a touchdown, rebounds, a striker) or a score ("118-114") in the sentence around the name. */
export function hasOtherBearerContext(text: string, start: number, end: number, rules: MatchingRules): boolean {
  const [from, to] = blockWindow(text, start, end, 50);
  let found = false;
  eachWord(text, from, to, start, end, (word) => {
    if (!found && rules.otherBearerContext.has(word.toLowerCase())) found = true;
  });
  return found || SCORE.test(text.slice(from, to));
}

const SCORE = /(?:^|[^\d.:,])\d{1,3}[-–]\d{1,3}(?![\d.:,]|[-–]\d)/;

/** A parenthesis right after the name holding one of `words`: "Paris (given name)", "Jackson (footballer)". */
export function hasQualifier(text: string, end: number, words: ReadonlySet<string>): boolean {
  return parenthesisHolds(text, end, (word) => words.has(word));
}

/** A short parenthesis right after `end` holding a word (lower-cased) that `test` accepts. */
function parenthesisHolds(text: string, end: number, test: (word: string) => boolean): boolean {
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  if (text[i] !== '(') return false;
  const close = text.indexOf(')', i);
  if (close < 0 || close - i > 40) return false;
  let found = false;
  eachWord(text, i + 1, close, -1, -1, (word) => {
    if (test(word.toLowerCase())) found = true;
  });
  return found;
}

/** ", MS", ", Texas", ", New Mexico" right after the name: a town in that state or country. */
function regionAfter(text: string, end: number, regions: ReadonlySet<string>): boolean {
  if (text[end] !== ',') return false;
  let i = end + 1;
  while (i < text.length && text[i] === ' ') i++;
  const from = i;
  let words = 0;
  while (words < 2) {
    while (i < text.length && isLetterCode(text.charCodeAt(i))) i++;
    const phrase = text.slice(from, i);
    if (text[i] === '.' && regions.has(`${phrase.toLowerCase()}.`)) return true;
    if (phrase.length === 2 ? phrase === phrase.toUpperCase() && regions.has(phrase.toLowerCase()) : regions.has(phrase.toLowerCase())) {
      return !isLetterCode(text.charCodeAt(i));
    }
    if (text[i] !== ' ') return false;
    i++;
    words++;
  }
  return false;
}

/** "Cara may refer to", "Paris is a given name": one of `phrases` right after the name, in any case. */
export function isNameTopic(text: string, end: number, phrases: readonly string[]): boolean {
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  const after = text.slice(i, i + 32).toLowerCase();
  return phrases.some((phrase) => after.startsWith(phrase) && !isLetterCode(after.charCodeAt(phrase.length)));
}

/** "Paris in February", "Paris in the rain", "Paris at Christmas" is not said of her: the city at a time. */
function seasonAfter(text: string, end: number, seasons: ReadonlySet<string>): boolean {
  const words = text.slice(end, end + 24).toLowerCase().split(/\s+/);
  if (words[0] !== '' || !(words[1] === 'in' || words[1] === 'at' || words[1] === 'during')) return false;
  const season = words[2] === 'the' ? words[3] : words[2];
  return season !== undefined && seasons.has(season.replace(/[^a-z]+$/, ''));
}

/** "Paris, the capital of France", "Paris, la ville lumière": a place noun in apposition, after a comma and an article. */
function placeNounApposition(text: string, end: number, rules: MatchingRules): boolean {
  if (text[end] !== ',') return false;
  const article = wordAfter(text, end + 1);
  if (article === null || !rules.anyLanguage.articles.has(article.text.toLowerCase())) return false;
  const noun = wordAfter(text, article.end);
  return noun !== null && rules.placeNouns.has(noun.text.toLowerCase());
}

/** "Next stop: Paris", "Próxima parada: Paris?": a place noun labels the name. */
function placeNounLabel(text: string, start: number, rules: MatchingRules): boolean {
  let i = start;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (text[i - 1] !== ':') return false;
  const colon = i - 1;
  let from = colon;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  return from < colon && rules.placeNouns.has(text.slice(from, colon).toLowerCase());
}

/**
 * "PARIS: Welcome back", "Jackson says: Less than you think": a speaker's label in a transcript or an advice column,
 * at the start of a block or line, before a colon (after a verb of saying, when there is one).
 */
export function isSpeakerLabel(text: string, start: number, end: number, speechVerbs: ReadonlySet<string>): boolean {
  const verb = text[end] === ':' ? null : wordAfter(text, end);
  const labelled = verb === null ? text[end] === ':' : text[verb.end] === ':' && speechVerbs.has(verb.text.toLowerCase());
  if (!labelled) return false;
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  return i === 0 || text[i - 1] === '\u2029' || text[i - 1] === '\n';
}
