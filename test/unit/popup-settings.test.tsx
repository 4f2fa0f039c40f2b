// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SettingsPane } from '../../components/popup/SettingsPane';
import type { SettingsPatch } from '../../utils/settings';
import { DEFAULT_GLOBAL_SETTINGS, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, type GlobalSettings } from '../../utils/settings';
import { sampleDataset } from '../preview/sample-dataset';
import { countByTopic } from '../../utils/care';

let root: HTMLElement;
let onChange: ReturnType<typeof vi.fn<(change: SettingsPatch) => void>>;
const global: GlobalSettings = { ...DEFAULT_GLOBAL_SETTINGS, people: { 'cara-delevingne': false } };

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  onChange = vi.fn<(change: SettingsPatch) => void>();
  act(() =>
    render(
      <SettingsPane
        hostname="news.example.com"
        site={{ enabled: true, markStyle: 'underline', siteOverride: false }}
        global={global}
        people={sampleDataset.people}
        topicCounts={countByTopic(sampleDataset.claims)}
        onChange={onChange}
      />,
      root,
    ),
  );
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const labelled = (text: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent!.includes(text))!.querySelector('input, select')!;
function fire(el: Element, type: 'change' | 'input', value?: string) {
  act(() => {
    if (value !== undefined) (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

describe('SettingsPane emits typed patches', () => {
  it('marking style for this site', () => {
    const highlight = labelled('Highlight') as HTMLInputElement;
    act(() => highlight.click());
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'site', hostname: 'news.example.com', patch: { markStyle: 'highlight' } });
  });

  it('default for new sites', () => {
    act(() => (labelled('sites I have not turned on or off') as HTMLInputElement).click());
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'global', patch: { enabledByDefault: false } });
  });

  it('people to mark, keeping the other people\'s choices', () => {
    const cara = labelled('Cara Delevingne') as HTMLInputElement;
    expect(cara.checked).toBe(false);
    expect((labelled('Paris Jackson') as HTMLInputElement).checked).toBe(true);
    act(() => (labelled('Paris Jackson') as HTMLInputElement).click());
    expect(onChange).toHaveBeenLastCalledWith({
      scope: 'global',
      patch: { people: { 'cara-delevingne': false, 'paris-jackson': false } },
    });
  });

  it('quiet mode, off by default', () => {
    const quiet = labelled('Quiet: mark only the first mention') as HTMLInputElement;
    expect(quiet.checked).toBe(false);
    act(() => quiet.click());
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'global', patch: { quietMode: true } });
  });

  it('topics to hide: none by default, each with its claim count; a change sends the list of hidden topics', () => {
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.rc-topics input[type="checkbox"]')];
    expect(boxes).toHaveLength(11);
    expect(boxes.every((box) => !box.checked)).toBe(true);
    const sexuality = labelled('Sexuality') as HTMLInputElement;
    expect(sexuality.closest('label')!.textContent).toBe(`Sexuality (${countByTopic(sampleDataset.claims).sexuality})`);
    act(() => sexuality.click());
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'global', patch: { hiddenTopics: ['sexuality'] } });
  });

  it('hover delay within the allowed range, stored on release only', () => {
    const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect([Number(slider.min), Number(slider.max)]).toEqual([HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS]);
    fire(slider, 'input', '900');
    expect(root.querySelector('output')!.textContent).toBe('900 ms');
    expect(onChange).not.toHaveBeenCalled();
    fire(slider, 'change');
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'global', patch: { hoverDelayMs: 900 } });
  });

  it('modifier key and global marking style, ignoring values outside the vocabulary', () => {
    fire(labelled('Key to hold'), 'change', 'Alt');
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'global', patch: { modifier: 'Alt' } });
    fire(labelled('Marking on other sites'), 'change', 'none');
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'global', patch: { markStyle: 'none' } });
    onChange.mockClear();
    const select = labelled('Key to hold') as HTMLSelectElement;
    const bogus = document.createElement('option');
    bogus.value = 'Hyper';
    select.append(bogus);
    fire(select, 'change', 'Hyper');
    expect(onChange).not.toHaveBeenCalled();
  });
});
