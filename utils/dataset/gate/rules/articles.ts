/** The article text behind each valid source, for the rules that compare quotes and paragraphs with it. */
import type { GateView } from '@/utils/dataset/gate/engine';
import { SOURCES_FILE } from '@/utils/dataset/gate/files';

/** An article as the rules see it: its path for messages and its text. */
export interface Article {
  path: string;
  text: string;
}

/** Articles keyed by source id; a source whose file is absent has none (its own rule reports that). */
export function articlesById(view: GateView): Map<string, Article> {
  const articles = new Map<string, Article>();
  for (const [id, source] of view.records(SOURCES_FILE)) {
    const text = Object.hasOwn(view.sourceTexts, source.file) ? view.sourceTexts[source.file] : undefined;
    if (text !== undefined) articles.set(id, { path: `${view.dataDir}/sources/${source.file}`, text });
  }
  return articles;
}
