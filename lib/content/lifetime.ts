/**
 * How long the content script runs. WXT ends a content script's context when a "newer content script started"
 * event reaches the document, but any page can dispatch that event (its name is the extension id plus a constant),
 * so it is believed only when this script's extension runtime is really gone (reloaded, updated or removed).
 */
import { browser } from '#imports';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * A signal that aborts only when the extension that injected this script no longer exists. After a forged event,
 * `renew` makes a fresh context, which listens for a real successor again.
 */
export function extensionLifetime(ctx: ContentScriptContext, renew: () => ContentScriptContext): AbortSignal {
  const lifetime = new AbortController();
  const follow = (current: ContentScriptContext) =>
    current.onInvalidated(() => {
      if (browser.runtime?.id === undefined) lifetime.abort();
      else follow(renew());
    });
  follow(ctx);
  return lifetime.signal;
}
