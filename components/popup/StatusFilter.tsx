import { STATUS_IDS, STATUSES, type StatusId } from '@/utils/statuses';

interface StatusFilterProps {
  counts: Record<StatusId, number>;
  selected: ReadonlySet<StatusId>;
  onChange(selected: ReadonlySet<StatusId>): void;
}

/** Toggle chips, one per status with its count (disabled at zero); none pressed means all shown. */
export function StatusFilter({ counts, selected, onChange }: StatusFilterProps) {
  const toggle = (id: StatusId) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  return (
    <div class="rc-chips" role="group" aria-label="Show only these statuses">
      {STATUS_IDS.map((id) => (
        <button
          key={id}
          type="button"
          class={`rc-chip rc-chip--${id}`}
          aria-pressed={selected.has(id)}
          disabled={counts[id] === 0 && !selected.has(id)}
          onClick={() => toggle(id)}
        >
          {STATUSES[id].label} <span class="rc-chip-count">{counts[id]}</span>
        </button>
      ))}
      {selected.size > 0 && (
        <button type="button" class="rc-chip rc-chip--clear" onClick={() => onChange(new Set())}>
          Show all
        </button>
      )}
    </div>
  );
}
