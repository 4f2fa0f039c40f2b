// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView, type PopupViewProps } from '../../components/popup/PopupView';
import type { SettingsPatch } from '../../utils/settings';
import { UNAVAILABLE_TEXT } from '../../components/popup/PagePane';
import type { PageStatus, UnavailableReason } from '../../utils/page-status';
import { DEFAULT_GLOBAL_SETTINGS } from '../../utils/settings';
import { sampleDataset } from '../preview/sample-dataset';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const hostname = 'news.example.com';
const active: PageStatus = { kind: 'active', hostname, mentionCounts: { 'paris-jackson': 7, 'cara-delevingne': 1 } };

function renderPopup(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    dataset: sampleDataset,
    pageStatus: active,
    global: DEFAULT_GLOBAL_SETTINGS,
    site: { enabled: true, markStyle: 'underline', siteOverride: false },
    onSettingsChange: vi.fn<(change: SettingsPatch) => void>(),
    onJumpToMention: vi.fn(),
    onReloadTab: vi.fn(),
    ...overrides,
  };
  act(() => render(<PopupView {...props} />, root));
  return props;
}

const buttons = () => [...root.querySelectorAll('button')];
const buttonWith = (text: string) => buttons().find((b) => b.textContent?.includes(text))!;
const panel = () => root.querySelector('.rc-maintabs > [role="tabpanel"]')!;
const click = (el: Element) => act(() => (el as HTMLElement).click());
const key = (el: Element, name: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });

describe('PopupView: the site switch', () => {
  it('is a pressed toggle naming the site, and emits a site patch turning it off', () => {
    const props = renderPopup();
    const toggle = root.querySelector('.rc-switch')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent).toContain(hostname);
    click(toggle);
    expect(props.onSettingsChange).toHaveBeenCalledWith({ scope: 'site', hostname, patch: { enabled: false } });
  });

  it('is absent on pages with no site', () => {
    renderPopup({ pageStatus: { kind: 'unavailable', hostname: null, reason: 'browser-page' }, site: null });
    expect(root.querySelector('.rc-switch')).toBeNull();
    expect(root.querySelector('.rc-site')!.textContent).toBe('Nothing to mark on this page');
  });
});

describe('PopupView: on this page', () => {
  it('lists who was found with counts; each row jumps to the next mention', () => {
    const props = renderPopup();
    const rows = [...root.querySelectorAll('.rc-mention')];
    expect(rows.map((r) => r.textContent)).toEqual([
      'Paris Jackson7 mentionsShow next',
      'Cara Delevingne1 mentionShow next',
    ]);
    click(rows[1]);
    expect(props.onJumpToMention).toHaveBeenCalledWith('cara-delevingne');
  });

  it('says when nobody was found, and leaves out people turned off in settings', () => {
    renderPopup({
      pageStatus: { kind: 'active', hostname, mentionCounts: {} },
      global: { ...DEFAULT_GLOBAL_SETTINGS, people: { 'cara-delevingne': false } },
    });
    const text = panel().textContent!;
    expect(text).toContain('No mention of Paris Jackson on this page.');
    expect(text).toContain('Not looked for (turned off in Settings): Cara Delevingne.');
    expect(root.querySelector('.rc-mention')).toBeNull();
  });

  it.each<UnavailableReason>(['browser-page', 'store-page', 'site-off', 'not-loaded', 'unsupported-page'])(
    'explains why it is not running: %s',
    (reason) => {
      renderPopup({ pageStatus: { kind: 'unavailable', hostname: reason === 'browser-page' ? null : hostname, reason } });
      expect(panel().querySelector('h2')!.textContent).toBe(UNAVAILABLE_TEXT[reason].title);
      expect(panel().textContent).toContain(UNAVAILABLE_TEXT[reason].detail);
    },
  );

  it('offers to turn a site back on, and to reload a tab opened before install', () => {
    const props = renderPopup({
      pageStatus: { kind: 'unavailable', hostname, reason: 'site-off' },
      site: { enabled: false, markStyle: 'underline', siteOverride: true },
    });
    click(buttonWith('Turn on for this site'));
    expect(props.onSettingsChange).toHaveBeenCalledWith({ scope: 'site', hostname, patch: { enabled: true } });

    renderPopup({ pageStatus: { kind: 'unavailable', hostname, reason: 'not-loaded' }, onReloadTab: props.onReloadTab });
    click(buttonWith('Reload tab'));
    expect(props.onReloadTab).toHaveBeenCalledTimes(1);
  });

  it('says it is still checking while the page status is unknown', () => {
    renderPopup({ pageStatus: null, site: null });
    expect(panel().textContent).toBe('Checking this tab…');
  });
});

describe('PopupView: tabs', () => {
  it('moves between tabs with the arrow keys, Home and End, carrying focus and one tab stop', () => {
    renderPopup();
    const tabs = () => [...root.querySelectorAll<HTMLElement>('.rc-maintabs > [role="tablist"] > [role="tab"]')];
    const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')!.textContent;
    expect(selected()).toBe('On this page');
    tabs()[0].focus();
    key(tabs()[0], 'ArrowRight');
    expect(selected()).toBe('Facts');
    expect(document.activeElement).toBe(tabs()[1]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    expect(panel().getAttribute('aria-labelledby')).toBe(tabs()[1].id);
    key(tabs()[1], 'End');
    expect(selected()).toBe('Settings');
    key(tabs()[2], 'ArrowRight');
    expect(selected()).toBe('On this page');
    key(tabs()[0], 'ArrowLeft');
    expect(selected()).toBe('Settings');
    key(tabs()[2], 'Home');
    expect(selected()).toBe('On this page');
  });
});
