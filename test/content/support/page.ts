/**
 * The content-script tier's harness: a page in happy-dom, the runtime with some or all features started on it, and
 * a stubbed background worker (WXT's fakeBrowser: storage in memory, the worker's handlers called in process).
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dataset } from '@/utils/dataset/bundled';
import { cardDataFor } from '@/utils/dataset/queries';
import { describeMatches, matchClaims } from '@/utils/claim-match';
import { bundledClaimIndex } from '@/utils/claim-match/bundled';
import { parseToBackgroundMessage, type MessageOf, type ReplyOf, type ToContent } from '@/utils/messages';
import { createSettingsWriter, toggleSite } from '@/lib/settings-store';
import { createDismissalWriter } from '@/lib/dismissed-store';
import { startRuntime } from '@/lib/content/runtime/start';
import type { MessageListener } from '@/lib/messaging';
import type { Feature, Runtime } from '@/lib/content/runtime/runtime';
import { FEATURES } from '@/lib/content/features';
import { MENTION_FEATURES } from '@/lib/content/features/on-mention';

/** happy-dom's own handle on the window (vitest's happy-dom environment has it; the DOM types do not). */
interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

export interface TestPage {
  runtime: Runtime;
  /** Every message the content script sent to the worker. */
  sent: unknown[];
  /** Asks the content script, as the popup does. */
  ask<Type extends keyof ToContent>(message: MessageOf<ToContent, Type>): Promise<ReplyOf<ToContent, Type> | undefined>;
  /** Hands a raw message over as the watch does, from any sender. */
  deliver: MessageListener;
  /** Ends the content script (the extension was reloaded). */
  end(): void;
}

/** Serves `html` at `url` (happy-dom's location), stores `settings` and `stored`, and starts the content script. */
export async function openPage(
  html: string,
  options: {
    url?: string;
    /** Stored as is: the runtime repairs whatever is there field by field, as in the browser. */
    settings?: unknown;
    stored?: Record<string, unknown>;
    /** Every feature by default; those of MENTION_FEATURES among them start on the first mark, as in the browser. */
    features?: readonly Feature[];
  } = {},
): Promise<TestPage> {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  (window as unknown as HappyDomWindow).happyDOM.setURL(options.url ?? 'https://news.example/story');
  document.body.innerHTML = html;
  if (options.settings !== undefined) await fakeBrowser.storage.local.set({ settings: options.settings });
  if (options.stored) await fakeBrowser.storage.local.set(options.stored);
  const sent: unknown[] = [];
  const writeSettings = createSettingsWriter();
  const writeDismissal = createDismissalWriter();
  // The stubbed worker: what entrypoints/background.ts does with each message, without a browser.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
    sent.push(raw);
    const message = parseToBackgroundMessage(raw);
    switch (message?.type) {
      case 'get-card-data':
        return cardDataFor(dataset, message.person);
      case 'match-passage':
        return describeMatches(matchClaims(bundledClaimIndex(), message.text, message.focus), dataset.claims, message.text);
      case 'patch-settings':
        return writeSettings(message.change).then(() => true);
      case 'toggle-site':
        return writeSettings(toggleSite(message.hostname)).then(() => true);
      case 'dismiss-mention':
        return writeDismissal(message.pageUrl, message.key).then(() => true);
      default:
        throw new Error(`the worker got a malformed message: ${JSON.stringify(raw)}`);
    }
  });
  const lifetime = new AbortController();
  const features = options.features ?? [...FEATURES, ...MENTION_FEATURES];
  const onMention = features.filter((feature) => MENTION_FEATURES.includes(feature));
  const atStart = features.filter((feature) => !onMention.includes(feature));
  const { started, deliver } = startRuntime(document, lifetime.signal, atStart, async () => onMention);
  const runtime = await started;
  return {
    runtime,
    sent,
    // As the watch hands over every message the frame gets.
    ask: (message) => deliver(message, { id: fakeBrowser.runtime.id }) as Promise<never>,
    deliver,
    end: () => lifetime.abort(),
  };
}

/** Lets the page settle: runs timers (scan slices, rescan batches, delays) until the content script says it has. */
export async function settle(page: TestPage, maxMs = 5000): Promise<void> {
  for (let waited = 0; waited <= maxMs; waited += 50) {
    await vi.advanceTimersByTimeAsync(50);
    if (page.runtime.settle.isSettled()) return;
  }
  throw new Error('the content script did not settle');
}

/** Mark texts in page order. */
export function markTexts(runtime: Runtime): string[] {
  return runtime.marks.all().map((mark) => mark.text);
}
