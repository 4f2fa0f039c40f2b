/** Starts the content script's runtime on a page: reads the settings, then initialises the features over it. */
import { loadSettings } from '@/lib/settings-read';
import { contentDispatcher, type Handlers, type MessageListener } from '@/lib/messaging';
import type { ToContent } from '@/utils/messages';
import { pageLoaded } from '@/lib/content/page-loaded';
import { Runtime, type Feature } from './runtime';

export interface StartedRuntime {
  /** The runtime, once the settings are read and every feature has started. */
  started: Promise<Runtime>;
  /** Answers a message (the watch hands each one over); one that arrives early waits for the features. */
  deliver: MessageListener;
}

/**
 * Builds the runtime for `doc`, runs each feature's `init` in list order, then applies the settings.
 * `loadMentionFeatures` brings the features only a page with marks needs; they start on the first mark.
 */
export function startRuntime(
  doc: Document,
  signal: AbortSignal,
  features: readonly Feature[],
  loadMentionFeatures?: () => Promise<readonly Feature[]>,
): StartedRuntime {
  const handlers: Partial<Handlers<ToContent>> = {};
  const started = (async () => {
    await pageLoaded(doc);
    const settings = await loadSettings();
    const runtime = new Runtime({ doc, signal, settings, loadMentionFeatures, handlers });
    for (const feature of features) feature.init(runtime, signal);
    runtime.run();
    return runtime;
  })();
  return { started, deliver: contentDispatcher(handlers, started) };
}
