import type { Claim, Source } from '@/utils/dataset/types';
import { StatusBadge } from '@/components/shared/StatusBadge';
import { countNoun, formatPartialDate } from '@/components/shared/format';
import { claimsFromSource } from './facts';

/** Every source article: what it says about itself (unknown fields said so), whom it cites, and its claims. */
export function SourcesView({ sources, claims }: { sources: Source[]; claims: Claim[] }) {
  return (
    <ul class="rc-source-list">
      {sources.map((source) => {
        const own = claimsFromSource(claims, source.id);
        return (
          <li key={source.id} class="rc-source">
            <h2>{source.headline}</h2>
            <p class="rc-source-meta">
              {source.author ?? 'Author unknown'} · {source.outlet ?? 'Outlet unknown'} ·{' '}
              {source.date ? formatPartialDate(source.date) : 'Undated'}
            </p>
            {source.cites.length === 0 ? (
              <p class="rc-source-cites">Cites no one.</p>
            ) : (
              <div class="rc-source-cites">
                <span class="rc-field">Cites</span>
                <ul>
                  {source.cites.map((cited) => (
                    <li key={cited}>{cited}</li>
                  ))}
                </ul>
              </div>
            )}
            <details class="rc-sources">
              <summary>What it claims ({countNoun(own.length, 'claim')})</summary>
              {own.length === 0 ? (
                <p class="rc-note">No claim matches the filters.</p>
              ) : (
                <ul class="rc-source-claims">
                  {own.map((claim) => (
                    <li key={claim.id}>
                      <StatusBadge status={claim.status} /> {claim.text}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
