interface SiteSwitchProps {
  /** Null when the tab shows no web site (browser pages, still checking). */
  hostname: string | null;
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

/** One-click on/off for the current site: a toggle button whose state is also written, not only drawn. */
export function SiteSwitch({ hostname, enabled, onToggle }: SiteSwitchProps) {
  if (!hostname) {
    return (
      <p class="rc-site rc-site--none">Nothing to mark on this page</p>
    );
  }
  return (
    <button type="button" class="rc-site rc-switch" aria-pressed={enabled} onClick={() => onToggle(!enabled)}>
      <span class="rc-switch-track" aria-hidden="true">
        <span class="rc-switch-thumb" />
      </span>
      <span class="rc-site-text">
        <span class="rc-site-label">Mark names on</span> <span class="rc-hostname">{hostname}</span>
      </span>
      <span class="rc-switch-state" aria-hidden="true">
        {enabled ? 'On' : 'Off'}
      </span>
    </button>
  );
}
