/** Shape of one entry of data/people.json: the people and the names that identify them (the detector's input). */
import * as v from 'valibot';
import { kebabId, record, stringArray, text } from './fields';

export const PersonSchema = record({
  id: kebabId,
  /** Display name, e.g. "Paris Jackson"; also the canonical origin of what she says on record. */
  name: text,
  /** One line, taken from the articles. */
  description: text,
  /**
   * Full-name forms that identify the person on their own: legal names, spellings the web uses.
   * Each is a space-separated sequence of name parts, e.g. "Paris-Michael Katherine Jackson".
   */
  fullNames: stringArray,
  /**
   * Other forms of one name part: misspellings and the inflected forms other languages use.
   * Keyed by the canonical part, e.g. { "Delevingne": ["Delevigne"], "Cara": ["Cöru"] }.
   */
  partVariants: v.record(v.string(), stringArray, 'expected an object of name part to string array'),
  /** Ambiguous short forms ("Paris", "Jackson"): marked only where the page has made clear who is meant. */
  shortNames: stringArray,
  /** Other people and things that share a short name ("Paris Hilton", "Michael Jackson"): never this person. */
  namesakes: stringArray,
  /** Social handles and hashtags that name the person ("@caradelevingne", "#ParisJackson"). */
  handles: stringArray,
});
