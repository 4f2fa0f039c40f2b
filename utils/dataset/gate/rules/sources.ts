/** Rules over data/sources.json that need the article texts and the claims: the file, headline and every paragraph. */
import * as v from 'valibot';
import { containsQuote, paragraphStartsWith, splitParagraphs } from '@/utils/dataset/quote-match';
import type { DataRule, GateView, Problem } from '@/utils/dataset/gate/engine';
import { CLAIMS_FILE, SOURCES_FILE } from '@/utils/dataset/gate/files';
import { articlesById } from './articles';

/** The article file exists, the headline is the article's own, and each listed uncited paragraph exists. */
export const sourceArticleRule: DataRule = {
  file: SOURCES_FILE,
  *check(view: GateView): Iterable<Problem> {
    const articles = articlesById(view);
    for (const [id, source] of view.records(SOURCES_FILE)) {
      const article = articles.get(id);
      if (!article) {
        yield { record: id, field: 'file', reason: `${view.dataDir}/sources/${source.file} does not exist` };
        continue;
      }
      if (!containsQuote(article.text, source.headline)) {
        yield { record: id, field: 'headline', reason: `not found verbatim in ${article.path}` };
      }
      const paragraphs = splitParagraphs(article.text);
      for (const [index, entry] of source.uncitedParagraphs.entries()) {
        if (!paragraphs.some((paragraph) => paragraphStartsWith(paragraph, entry.startsWith))) {
          yield { record: id, field: `uncitedParagraphs[${index}].startsWith`, reason: `no paragraph of ${article.path} starts with this text` };
        }
      }
    }
  },
};

/** Just what coverage needs of a claim: its evidence's sources and quotes, whatever else is wrong with it. */
const QuotedSources = v.object({ evidence: v.array(v.unknown()) });
const QuotedSource = v.object({ source: v.string(), quote: v.string() });

/** Every quote the claims give from `sourceId`, read leniently so a claim's other problems do not hide its quotes. */
function quotesFrom(view: GateView, sourceId: string): string[] {
  return view.raw(CLAIMS_FILE).flatMap((claim) => {
    const parsed = v.safeParse(QuotedSources, claim);
    if (!parsed.success) return [];
    return parsed.output.evidence.flatMap((item) => {
      const evidence = v.safeParse(QuotedSource, item);
      return evidence.success && evidence.output.source === sourceId ? [evidence.output.quote] : [];
    });
  });
}

function opening(paragraph: string): string {
  return paragraph.length > 60 ? `${paragraph.slice(0, 60)}...` : paragraph;
}

/** Every paragraph of an article is cited by a claim's quote or listed as carrying none, never both, never twice. */
export const paragraphCoverageRule: DataRule = {
  file: SOURCES_FILE,
  needsReadable: [CLAIMS_FILE],
  *check(view: GateView): Iterable<Problem> {
    const articles = articlesById(view);
    for (const [id, source] of view.records(SOURCES_FILE)) {
      const article = articles.get(id);
      if (!article) continue;
      const quotes = quotesFrom(view, id);
      for (const [number, paragraph] of splitParagraphs(article.text).entries()) {
        const where = `paragraph ${number + 1} of ${article.path} ("${opening(paragraph)}")`;
        const cited = quotes.some((quote) => containsQuote(paragraph, quote));
        const listed = source.uncitedParagraphs.flatMap((entry, index) => (paragraphStartsWith(paragraph, entry.startsWith) ? [index] : []));
        if (!cited && listed.length === 0) {
          yield { record: id, field: 'uncitedParagraphs', reason: `${where} is neither cited by a claim's quote nor listed as carrying none` };
        }
        if (cited && listed.length > 0) {
          yield { record: id, field: `uncitedParagraphs[${listed[0]}]`, reason: `${where} is cited by a claim's quote yet listed as carrying none` };
        }
        if (listed.length > 1) {
          yield { record: id, field: `uncitedParagraphs[${listed[1]}]`, reason: `${where} is listed twice (also uncitedParagraphs[${listed[0]}])` };
        }
      }
    }
  },
};
