import { useEffect, useId, useState } from 'preact/hooks';
import type { Person } from '@/utils/dataset/types';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MARK_STYLES,
  MODIFIER_KEYS,
  type EffectiveSiteSettings,
  type GlobalSettings,
  type MarkStyle,
  type ModifierKey,
} from '@/utils/settings';
import type { SettingsPatch } from '@/utils/settings';
import type { TopicId } from '@/utils/topics';
import { TopicsToHide } from './TopicsToHide';

interface SettingsPaneProps {
  hostname: string | null;
  site: EffectiveSiteSettings | null;
  global: GlobalSettings;
  people: Person[];
  /** Claims per topic, shown beside each topic the reader may hide. */
  topicCounts: Record<TopicId, number>;
  onChange(change: SettingsPatch): void;
}

const MARK_STYLE_LABELS: Record<MarkStyle, string> = {
  underline: 'Underline',
  highlight: 'Highlight',
  none: 'Not marked (the card still opens on hover)',
};

const MODIFIER_LABELS: Record<ModifierKey, string> = {
  none: 'None',
  Alt: 'Alt (⌥ Option)',
  Shift: 'Shift',
  Control: 'Ctrl',
  Meta: 'Meta (⌘ / Windows key)',
};

/** Per-site and global settings; every edit goes out as one typed patch. */
export function SettingsPane({ hostname, site, global, people, topicCounts, onChange }: SettingsPaneProps) {
  const radioName = useId();
  const delayId = useId();
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
        <label class="rc-stack">
          <span class="rc-field">Marking on other sites</span>
          <select
            value={global.markStyle}
            onChange={(e) => {
              const markStyle = oneOf(MARK_STYLES, (e.currentTarget as HTMLSelectElement).value);
              if (markStyle) setGlobal({ markStyle });
            }}
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
        <label class="rc-check rc-check--top">
          <input
            type="checkbox"
            checked={global.quietMode}
            onChange={(e) => setGlobal({ quietMode: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            Quiet: mark only the first mention of each person on a page
            <span class="rc-hint">Every other mention still opens the card on hover or keyboard focus.</span>
          </span>
        </label>
        <div class="rc-stack">
          <label class="rc-field" for={delayId}>
            Hover delay before the card opens
          </label>
          <span class="rc-delay">
            <input
              id={delayId}
              type="range"
              min={HOVER_DELAY_MIN_MS}
              max={HOVER_DELAY_MAX_MS}
              step={50}
              value={delay}
              aria-valuetext={`${delay} milliseconds`}
              onInput={(e) => setDelay(Number((e.currentTarget as HTMLInputElement).value))}
              onChange={(e) => setGlobal({ hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) })}
            />
            <output for={delayId}>{delay} ms</output>
          </span>
        </div>
        <label class="rc-stack">
          <span class="rc-field">Key to hold while hovering</span>
          <select
            value={global.modifier}
            onChange={(e) => {
              const modifier = oneOf(MODIFIER_KEYS, (e.currentTarget as HTMLSelectElement).value);
              if (modifier) setGlobal({ modifier });
            }}
          >
            {MODIFIER_KEYS.map((key) => (
              <option key={key} value={key}>
                {MODIFIER_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <TopicsToHide hidden={global.hiddenTopics} counts={topicCounts} onChange={(hiddenTopics) => setGlobal({ hiddenTopics })} />
    </div>
  );
}

function oneOf<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}
