import type { Evidence, Source } from '@/utils/dataset/types';
import { formatPartialDate, shortHeadline } from './format';

interface EvidenceListProps {
  evidence: Evidence[];
  sourcesById: Record<string, Source>;
  /** Lead each item with what that side says (disputed claims). */
  showSides?: boolean;
}

/** The verbatim quotes behind a claim, each with whom the article credits and which article it is. */
export function EvidenceList({ evidence, sourcesById, showSides = false }: EvidenceListProps) {
  return (
    <ul class="rc-evidence">
      {evidence.map((item, index) => (
        <li key={`${item.source}-${index}`}>
          {showSides && item.says && <p class="rc-side">{item.says}</p>}
          <blockquote class="rc-quote">{item.quote}</blockquote>
          <SourceCredit evidence={item} source={sourcesById[item.source]} />
        </li>
      ))}
    </ul>
  );
}

/** "an eyewitness, to E! News · from “Jackson and Delevingne seem…”, 24 Mar 2018". */
export function SourceCredit({ evidence, source }: { evidence: Evidence; source: Source | undefined }) {
  return (
    <p class="rc-credit">
      <span class="rc-attribution">{evidence.attribution}</span>
      {' · from '}
      {source ? <cite title={source.headline}>“{shortHeadline(source.headline)}”</cite> : 'an unknown article'}
      {source?.date ? `, ${formatPartialDate(source.date)}` : ''}
    </p>
  );
}
