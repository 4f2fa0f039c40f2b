import { STATUS_IDS, STATUSES } from '@/utils/statuses';
import { StatusBadge } from './StatusBadge';

/** Every status with its one-sentence meaning, collapsed until asked for. */
export function StatusLegend({ open = false }: { open?: boolean }) {
  return (
    <details class="rc-legend" open={open}>
      <summary>What the labels mean</summary>
      <dl>
        {STATUS_IDS.map((id) => (
          <div key={id} class="rc-legend-row">
            <dt>
              <StatusBadge status={id} />
            </dt>
            <dd>{STATUSES[id].meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
