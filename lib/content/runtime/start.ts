/** Starts the content script on a page: reads what the runtime needs, then initialises every feature over it. */
import { loadSettings } from '@/lib/settings-store';
import { loadDismissed } from '@/lib/dismissed-store';
import { Runtime, type Feature } from './runtime';

/** Builds the runtime for `doc`, runs each feature's `init` in list order, then applies the settings. */
export async function startRuntime(doc: Document, signal: AbortSignal, features: readonly Feature[]): Promise<Runtime> {
  const [settings, dismissed] = await Promise.all([loadSettings(), loadDismissed(doc.location.href)]);
  const runtime = new Runtime({ doc, signal, settings, dismissed });
  for (const feature of features) feature.init(runtime, signal);
  runtime.run();
  return runtime;
}
