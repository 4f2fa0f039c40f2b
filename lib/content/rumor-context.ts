/**
 * The content script's life on one page: follows settings live, scans and marks while the site is on, opens the card,
 * and answers the popup. Everything it starts is tied to `signal`, so nothing outlives the content script.
 */
import { browser } from '#imports';
import { compileDetector } from '@/utils/detector';
import { people as allPeople } from '@/utils/dataset/bundled-people';
import { effectiveSiteSettings, isPersonMarked, type Settings } from '@/utils/settings';
import { parseToContentMessage, type ContentReplies, type ToContentMessage } from '@/utils/messages';
import type { PageStatus } from '@/utils/page-status';
import { loadSettings, requestSettingsChange, watchSettings } from '@/lib/settings-store';
import { loadDismissed, saveDismissed } from '@/lib/dismissed-store';
import { MarkIndex } from './mark-index';
import { MarkPainter } from './mark-painter';
import { LiveScanner } from './live-scanner';
import { trackHover } from './hover-tracker';
import { CardHost } from './card-host';
import { CardController } from './card-controller';
import { MentionJumper } from './mention-jumper';
import { cardData } from './card-data';

interface Running {
  scanner: LiveScanner;
  painter: MarkPainter;
  controller: CardController;
  host: CardHost;
  abort: AbortController;
}

export async function startRumorContext(doc: Document, signal: AbortSignal): Promise<void> {
  const hostname = doc.location.hostname;
  const pageUrl = doc.location.href;
  let settings = await loadSettings();
  const dismissed = await loadDismissed(pageUrl);
  const marks = new MarkIndex();
  const jumper = new MentionJumper(marks);
  let running: Running | null = null;
  let runningPeopleKey = '';

  const stop = () => {
    if (!running) return;
    running.abort.abort();
    running.scanner.stop();
    running.painter.dispose();
    running.host.dispose();
    marks.clear();
    running = null;
  };

  const start = () => {
    const abort = new AbortController();
    signal.addEventListener('abort', () => abort.abort(), { once: true });
    const people = allPeople.filter((person) => isPersonMarked(settings, person.id));
    const painter = new MarkPainter(doc);
    painter.setStyle(effectiveSiteSettings(settings, hostname).markStyle);
    const repaint = () => painter.paint('mark', marks.all().map((mark) => mark.range));
    const scanner = new LiveScanner({
      doc,
      detector: compileDetector(people),
      marks,
      isDismissed: (key) => dismissed.has(key),
      onMarksChanged: repaint,
      // Its listeners were erased with the old document: start again on the new one.
      onDocumentReplaced: () => queueMicrotask(() => {
        stop();
        apply(settings);
      }),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
    });
    const host = new CardHost(doc);
    const controller: CardController = new CardController({
      doc,
      host,
      signal: abort.signal,
      contentFor: async (mark) => {
        const data = await cardData(mark.person);
        if (!data) return null;
        const onDisableSite = () => void requestSettingsChange({ scope: 'site', hostname, patch: { enabled: false } });
        const onNotThisPerson = () => {
          dismissed.add(mark.key);
          void saveDismissed(pageUrl, dismissed);
          controller.close();
          marks.removeWhere((other) => other.key === mark.key);
          repaint();
        };
        return { ...data, onDisableSite, onNotThisPerson };
      },
    });
    trackHover({
      doc,
      marks,
      signal: abort.signal,
      hoverDelayMs: () => settings.global.hoverDelayMs,
      modifier: () => settings.global.modifier,
      isInsideCard: (target) => host.contains(target),
      onHoverChange: (mark) => {
        painter.paint('active', mark ? [mark.range] : controller.current ? [controller.current.range] : []);
        if (mark) {
          controller.stay(mark);
          void cardData(mark.person); // fetched during the hover delay, so the card opens at once
        } else controller.leaveSoon();
      },
      onIntent: (mark, how, anchor) => {
        if (how === 'focus' && anchor && controller.consumeSuppressedFocus(anchor)) return;
        void controller.open(mark, how, anchor);
      },
      onFocusOut: (next) => controller.focusMoved(next),
    });
    scanner.start();
    running = { scanner, painter, controller, host, abort };
    runningPeopleKey = peopleKey(settings);
  };

  const apply = (next: Settings) => {
    settings = next;
    const site = effectiveSiteSettings(settings, hostname);
    if (!site.enabled) return stop();
    if (running && runningPeopleKey !== peopleKey(settings)) stop();
    if (!running) start();
    else running.painter.setStyle(site.markStyle);
  };

  const status = (): PageStatus => {
    if (!running) return { kind: 'unavailable', hostname, reason: 'site-off' };
    const mentionCounts: Record<string, number> = {};
    for (const mark of marks.all()) mentionCounts[mark.person] = (mentionCounts[mark.person] ?? 0) + 1;
    return { kind: 'active', hostname, mentionCounts };
  };

  const handle = (message: ToContentMessage): ContentReplies[ToContentMessage['type']] => {
    switch (message.type) {
      case 'get-page-status':
        return status();
      case 'toggle-site':
        void requestSettingsChange({ scope: 'site', hostname, patch: { enabled: !effectiveSiteSettings(settings, hostname).enabled } });
        return true;
      case 'jump-to-mention':
        return running ? jumper.jump(message.person, running.painter, doc) : false;
    }
  };

  const onMessage = (raw: unknown) => {
    const message = parseToContentMessage(raw);
    return message ? Promise.resolve(handle(message)) : undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(apply);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    stop();
  });
  apply(settings);
}

function peopleKey(settings: Settings): string {
  return allPeople.map((person) => (isPersonMarked(settings, person.id) ? 1 : 0)).join('');
}
