/** "What is not known": the open questions the articles leave, each with the unconfirmed claims behind it. */
import { useId } from 'preact/hooks';
import type { ClaimId } from '@/utils/dataset/types';
import type { ShownQuestion } from '@/utils/care';
import { STATUS_IDS } from '@/utils/statuses';
import { StatusBadge } from './StatusBadge';

interface OpenQuestionsProps {
  questions: readonly ShownQuestion[];
  /** Brings the claim into view in the list above (every claim named here is listed there). */
  onShowClaim(id: ClaimId): void;
  /** The card's sections are h3 under the person's h2; the popup's are h2 under its h1 (headings keep their order). */
  headingLevel?: 2 | 3;
}

export function OpenQuestions({ questions, onShowClaim, headingLevel = 3 }: OpenQuestionsProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (questions.length === 0) return null;
  return (
    <section class="rc-open" aria-labelledby={headingId}>
      <Heading id={headingId} class="rc-open-title">
        What is not known
      </Heading>
      <p class="rc-open-intro">Questions the articles leave open, and the claims they rest on.</p>
      <ul class="rc-open-list">
        {questions.map(({ question, claims }) => (
          <li key={question.id} class="rc-open-item">
            <details>
              <summary>{question.question}</summary>
              <p class="rc-open-basis">Rests on {statusCounts(claims.map((claim) => claim.status))}:</p>
              <ul class="rc-open-claims">
                {claims.map((claim) => (
                  <li key={claim.id}>
                    <StatusBadge status={claim.status} />{' '}
                    <button type="button" class="rc-link" onClick={() => onShowClaim(claim.id)}>
                      {claim.text}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "1 disputed, 2 single-source claims", statuses in the legend's order. */
function statusCounts(statuses: readonly string[]): string {
  const parts = STATUS_IDS.flatMap((status) => {
    const count = statuses.filter((s) => s === status).length;
    return count > 0 ? [`${count} ${status}`] : [];
  });
  return `${parts.join(', ')} ${statuses.length === 1 ? 'claim' : 'claims'}`;
}
