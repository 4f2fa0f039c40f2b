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
}

export function OpenQuestions({ questions, onShowClaim }: OpenQuestionsProps) {
  const headingId = useId();
  if (questions.length === 0) return null;
  return (
    <section class="rc-open" aria-labelledby={headingId}>
      <h3 id={headingId} class="rc-open-title">
        What is not known
      </h3>
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
export function statusCounts(statuses: readonly string[]): string {
  const parts = STATUS_IDS.flatMap((status) => {
    const count = statuses.filter((s) => s === status).length;
    return count > 0 ? [`${count} ${status}`] : [];
  });
  return `${parts.join(', ')} ${statuses.length === 1 ? 'claim' : 'claims'}`;
}
