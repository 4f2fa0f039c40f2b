import type { StatusId } from '../statuses';

export type PersonId = string;
export type SourceId = string;
export type ClaimId = string;

/** A person the extension knows about. Names drive the mention detector, so adding a person is a data change. */
export interface Person {
  id: PersonId;
  /** Display name, e.g. "Paris Jackson". */
  name: string;
  /** One line, taken from the articles. */
  description: string;
  /**
   * Full-name forms that identify the person on their own: legal names, spellings the web uses.
   * Each is a space-separated sequence of name parts, e.g. "Paris-Michael Katherine Jackson".
   */
  fullNames: string[];
  /**
   * Other forms of one name part: misspellings and the inflected forms other languages use.
   * Keyed by the canonical part, e.g. { "Delevingne": ["Delevigne"], "Cara": ["Cöru"] }.
   */
  partVariants: Record<string, string[]>;
  /** Ambiguous short forms ("Paris", "Jackson"): marked only where the page has made clear who is meant. */
  shortNames: string[];
  /** Other people and things that share a short name ("Paris Hilton", "Michael Jackson"): never this person. */
  namesakes: string[];
  /** Social handles and hashtags that name the person ("@caradelevingne", "#ParisJackson"). */
  handles: string[];
}

/** One seed article, described only by what it states about itself; unknown fields are null. */
export interface Source {
  id: SourceId;
  /** File name under data/sources/. */
  file: string;
  headline: string;
  author: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) if the article states one. */
  date: string | null;
  /** The outlets and people the article cites. */
  cites: string[];
  /** Paragraphs of the article that carry no claim, each with the reason, so nothing is dropped silently. */
  uncitedParagraphs: UncitedParagraph[];
}

/** A paragraph of an article that carries no claim, and why (headline, photo credit, filler...). */
export interface UncitedParagraph {
  /** The paragraph's opening words, compared like quotes (quote marks and whitespace normalised). */
  startsWith: string;
  reason: string;
}

/** How the article knows what it says: the kind of credit behind one piece of evidence. */
export type EvidenceBasis =
  | 'statement' // the person about whom it is said, speaking or posting themselves
  | 'denial' // a person involved denying it on record
  | 'published-media' // photos or video the article says were published
  | 'outlet-report' // an outlet reported it (no named or anonymous source given)
  | 'anonymous-source' // "a source", "an insider", "a relative", "an eyewitness" (named in attribution)
  | 'article-inference' // the article's own inference, guess or spin
  | 'background'; // settled context (ages, family)

export interface Evidence {
  source: SourceId;
  /** Verbatim from the article (quote marks and whitespace normalised when checked). */
  quote: string;
  /** Whom the article credits, for people to read: "an eyewitness, to E! News", "Paris on Twitter". */
  attribution: string;
  /**
   * Who the report originates with, in canonical form ("E! News", "People", "The Sun", "Page Six",
   * "Paris Jackson", or the source id for the article's own reporting). Two pieces of evidence with
   * the same origin are one report, not corroboration.
   */
  origin: string;
  basis: EvidenceBasis;
  /** For disputed claims: what this side says, in one short sentence. */
  says?: string;
}

export interface Claim {
  id: ClaimId;
  about: PersonId[];
  /** One neutral sentence. */
  text: string;
  status: StatusId;
  /** When the event happened, as precisely as an article gives it: "2017-05-07", "2018-03", "2018". */
  date?: string;
  /** 1 = central to the rumor, 2 = supporting detail, 3 = context. The card shows lower first. */
  significance: 1 | 2 | 3;
  evidence: Evidence[];
}

export interface Dataset {
  people: Person[];
  sources: Source[];
  claims: Claim[];
}
