import { STATUSES, type StatusId } from '@/utils/statuses';

/** A status as coloured text: the label is always written, so colour is never the only signal. */
export function StatusBadge({ status }: { status: StatusId }) {
  return <span class={`rc-badge rc-badge--${status}`}>{STATUSES[status].label}</span>;
}
