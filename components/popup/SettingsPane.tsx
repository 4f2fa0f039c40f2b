import { useEffect, useId, useState } from 'preact/hooks';
import type { Person } from '../../utils/dataset/types';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MARK_STYLES,
  MODIFIER_KEYS,
  type EffectiveSiteSettings,
  type GlobalSettings,
  type MarkStyle,
  type ModifierKey,
} from '../../utils/settings';
import type { SettingsChange } from './settings-change';

interface SettingsPaneProps {
  hostname: string | null;
  site: EffectiveSiteSettings | null;
  global: GlobalSettings;
  people: Person[];
  onChange(change: SettingsChange): void;
}

const MARK_STYLE_LABELS: Record<MarkStyle, string> = {
  underline: 'Underline',
  highlight: 'Highlight',
  none: 'Not marked (the card still opens on hover)',
};

const MODIFIER_LABELS: Record<ModifierKey, string> = {
  none: 'None: hovering is enough',
  Alt: 'Alt (Option on a Mac)',
  Shift: 'Shift',
  Control: 'Ctrl',
  Meta: 'Meta (⌘ on a Mac, Windows key)',
};

/** Per-site and global settings; every edit goes out as one typed patch. */
export function SettingsPane({ hostname, site, global, people, onChange }: SettingsPaneProps) {
  const radioName = useId();
  const setGlobal = (patch: Partial<GlobalSettings>) => onChange({ scope: 'global', patch });
  // The slider moves freely; only the value it is released on is stored.
  const [delay, setDelay] = useState(global.hoverDelayMs);
  useEffect(() => setDelay(global.hoverDelayMs), [global.hoverDelayMs]);

  return (
    <div class="rc-settings">
      <fieldset disabled={!hostname || !site}>
        <legend>Names on {hostname ?? 'this page'}</legend>
        {MARK_STYLES.map((style) => (
          <label key={style} class="rc-check">
            <input
              type="radio"
              name={radioName}
              value={style}
              checked={site?.markStyle === style}
              onChange={() => hostname && onChange({ scope: 'site', hostname, patch: { markStyle: style } })}
            />
            {MARK_STYLE_LABELS[style]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Everywhere</legend>
        <label class="rc-check">
          <input
            type="checkbox"
            checked={global.enabledByDefault}
            onChange={(e) => setGlobal({ enabledByDefault: (e.currentTarget as HTMLInputElement).checked })}
          />
          On for sites I have not turned on or off
        </label>
        <label class="rc-field-row">
          <span class="rc-field">Marking on other sites</span>
          <select
            value={global.markStyle}
            onChange={(e) => setGlobal({ markStyle: (e.currentTarget as HTMLSelectElement).value as MarkStyle })}
          >
            {MARK_STYLES.map((style) => (
              <option key={style} value={style}>
                {MARK_STYLE_LABELS[style].replace(/ \(.*\)$/, '')}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="rc-inner">
          <legend>People to mark</legend>
          {people.map((person) => (
            <label key={person.id} class="rc-check">
              <input
                type="checkbox"
                checked={global.people[person.id] !== false}
                onChange={(e) =>
                  setGlobal({ people: { ...global.people, [person.id]: (e.currentTarget as HTMLInputElement).checked } })
                }
              />
              {person.name}
            </label>
          ))}
        </fieldset>
        <label class="rc-field-row rc-delay">
          <span class="rc-field">Hover delay</span>
          <input
            type="range"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={delay}
            aria-valuetext={`${delay} milliseconds`}
            onInput={(e) => setDelay(Number((e.currentTarget as HTMLInputElement).value))}
            onChange={(e) => setGlobal({ hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) })}
          />
          <output>{delay} ms</output>
        </label>
        <label class="rc-field-row">
          <span class="rc-field">Key to hold while hovering</span>
          <select
            value={global.modifier}
            onChange={(e) => setGlobal({ modifier: (e.currentTarget as HTMLSelectElement).value as ModifierKey })}
          >
            {MODIFIER_KEYS.map((key) => (
              <option key={key} value={key}>
                {MODIFIER_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
