/** Rules over data/claims.json that look beyond one claim: references, quotes, origins, status, supersession. */
import { CANONICAL_OUTLETS } from '@/utils/dataset/schema/claims';
import { containsQuote } from '@/utils/dataset/quote-match';
import { asOfDate, indexSources, isLaterDate } from '@/utils/dataset/queries';
import { checkStatus } from '@/utils/dataset/status-rules';
import type { Claim } from '@/utils/dataset/types';
import type { DataRule, GateView, Problem } from '@/utils/dataset/gate/engine';
import { CLAIMS_FILE, PEOPLE_FILE, SOURCES_FILE } from '@/utils/dataset/gate/files';
import { articlesById } from './articles';

/** People and sources a claim names exist; each quote is verbatim in its article; one quote per article and origin. */
export const claimReferencesRule: DataRule = {
  file: CLAIMS_FILE,
  *check(view: GateView): Iterable<Problem> {
    const people = view.ids(PEOPLE_FILE);
    const sources = view.ids(SOURCES_FILE);
    const articles = articlesById(view);
    for (const [id, claim] of view.records(CLAIMS_FILE)) {
      for (const [index, person] of claim.about.entries()) {
        if (!people.has(person)) yield { record: id, field: `about[${index}]`, reason: `unknown person "${person}"` };
        else if (claim.about.indexOf(person) !== index) yield { record: id, field: `about[${index}]`, reason: `"${person}" is listed twice` };
      }
      const seen = new Map<string, number>();
      for (const [index, evidence] of claim.evidence.entries()) {
        const field = `evidence[${index}]`;
        if (!sources.has(evidence.source)) yield { record: id, field: `${field}.source`, reason: `unknown source "${evidence.source}"` };
        const article = articles.get(evidence.source);
        if (article && !containsQuote(article.text, evidence.quote)) {
          yield { record: id, field: `${field}.quote`, reason: `not found verbatim in ${article.path}` };
        }
        // Two entries from one article with one origin are the same report quoted twice.
        const key = `${evidence.source}\u0000${evidence.origin}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else yield { record: id, field, reason: `same source and origin as evidence[${first}]; keep one quote per article and origin` };
      }
    }
  },
};

/** Origins are canonical (data/README.md, "Origin"), and a statement comes from a person the claim is about. */
export const claimOriginsRule: DataRule = {
  file: CLAIMS_FILE,
  needsValid: [PEOPLE_FILE],
  *check(view: GateView): Iterable<Problem> {
    const sources = view.ids(SOURCES_FILE);
    const people = new Map(view.records(PEOPLE_FILE).map(([id, person]) => [id, person.name]));
    const canonical = new Set<string>([...CANONICAL_OUTLETS, ...people.values()]);
    for (const [id, claim] of view.records(CLAIMS_FILE)) {
      const speakers = claim.about.map((person) => people.get(person));
      for (const [index, { source, origin, basis }] of claim.evidence.entries()) {
        const field = `evidence[${index}].origin`;
        // An article's own reporting is credited to that article, never to another one.
        if (sources.has(origin) && origin !== source) {
          yield { record: id, field, reason: `"${origin}" is another article's id; an article's own reporting has its own id as origin` };
        } else if (!sources.has(origin) && !canonical.has(origin)) {
          yield { record: id, field, reason: `"${origin}" is not a canonical origin (${[...canonical].join(', ')}, or the source's own id)` };
        }
        if (basis === 'statement' && !speakers.includes(origin)) {
          yield { record: id, field, reason: `a statement comes from a person the claim is about (${speakers.join(', ')}), not "${origin}"` };
        }
      }
    }
  },
};

/** Each claim's status is the one its evidence earns (utils/dataset/status-rules.ts). */
export const claimStatusRule: DataRule = {
  file: CLAIMS_FILE,
  *check(view: GateView): Iterable<Problem> {
    for (const [id, claim] of view.records(CLAIMS_FILE)) {
      const problem = checkStatus(claim);
      if (problem !== null) yield { record: id, field: 'status', reason: problem };
    }
  },
};

/** `supersededBy` names another claim, about the same people, known as of a later date. */
export const supersededByRule: DataRule = {
  file: CLAIMS_FILE,
  needsValid: [SOURCES_FILE],
  *check(view: GateView): Iterable<Problem> {
    const claims = new Map<string, Claim>(view.records(CLAIMS_FILE));
    const all = view.ids(CLAIMS_FILE);
    const sourcesById = indexSources(view.records(SOURCES_FILE).map(([, source]) => source));
    for (const [id, claim] of claims) {
      const target = claim.supersededBy;
      if (target === undefined) continue;
      const newer = claims.get(target);
      if (target === id) yield { record: id, field: 'supersededBy', reason: 'a claim cannot supersede itself' };
      else if (!all.has(target)) yield { record: id, field: 'supersededBy', reason: `unknown claim "${target}"` };
      if (!newer || target === id) continue;
      const missing = claim.about.filter((person) => !newer.about.includes(person));
      if (missing.length > 0) {
        yield { record: id, field: 'supersededBy', reason: `"${target}" is not about ${missing.join(', ')}, as this claim is` };
      }
      const [before, after] = [asOfDate(claim, sourcesById), asOfDate(newer, sourcesById)];
      if (before === null || after === null || !isLaterDate(after, before)) {
        yield { record: id, field: 'supersededBy', reason: `"${target}" (as of ${after ?? 'no date'}) is not newer than this claim (as of ${before ?? 'no date'})` };
      }
    }
  },
};
