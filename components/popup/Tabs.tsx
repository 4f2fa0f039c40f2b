import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface TabSpec<T extends string> {
  id: T;
  label: string;
}

interface TabsProps<T extends string> {
  /** Accessible name of the tab list. */
  label: string;
  tabs: ReadonlyArray<TabSpec<T>>;
  selected: T;
  onSelect(id: NoInfer<T>): void;
  /** The selected tab's panel. */
  children: ComponentChildren;
  class?: string;
}

const NEXT_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** ARIA tabs with automatic activation: arrows, Home and End move between tabs; one tab stop (roving tabindex). */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, children, class: className }: TabsProps<T>) {
  const baseId = useId();
  const tabId = (id: T) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  const onKeyDown = (event: KeyboardEvent) => {
    const move = NEXT_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const index = move(tabs.findIndex((tab) => tab.id === selected), tabs.length);
    onSelect(tabs[index].id);
    const buttons = (event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]');
    buttons[index]?.focus();
  };

  return (
    <div class={className}>
      <div role="tablist" aria-label={label} class="rc-tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={tab.id === selected}
            aria-controls={panelId}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} tabIndex={0} class="rc-tabpanel">
        {children}
      </div>
    </div>
  );
}
