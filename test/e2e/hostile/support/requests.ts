/**
 * Records every network request of a browser session, with who made it: Playwright's context-wide `request` event
 * (pages, extension pages and, in Playwright 1.65, service workers, extension's included) plus a CDP session per
 * page with Network.enable for the initiator's script stack. Pages must be opened with `newWatchedPage`, so the
 * CDP session is attached before the first request.
 */
import type { Page, Request } from 'playwright-core';
import type { ExtensionBrowser } from '../../support/browser';

export interface RecordedRequest {
  url: string;
  /** `service worker <url>` or `page <frame url>`. */
  from: string;
  /** Script URLs on the initiator's stack (CDP), when the request was started by script. */
  initiatorScripts: string[];
  /** A top-level or frame navigation (the test's own page.goto included). */
  navigation: boolean;
}

export interface RequestRecorder {
  requests: RecordedRequest[];
  newWatchedPage(): Promise<Page>;
}

/** Starts recording every request made from now on in `browser`. */
export function recordRequests(browser: ExtensionBrowser): RequestRecorder {
  const requests: RecordedRequest[] = [];
  const initiators = new Map<string, string[]>();
  browser.context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    const from = worker ? `service worker ${worker.url()}` : `page ${frameUrl(request)}`;
    requests.push({ url: request.url(), from, initiatorScripts: initiators.get(request.url()) ?? [], navigation: request.isNavigationRequest() });
  });
  return {
    requests,
    async newWatchedPage() {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event) => {
        const scripts = collectStackUrls(event.initiator.stack);
        if (scripts.length === 0) return;
        initiators.set(event.request.url, scripts);
        // The Playwright event may already have been recorded: complete it.
        for (const request of requests) if (request.url === event.request.url && request.initiatorScripts.length === 0) request.initiatorScripts = scripts;
      });
      await cdp.send('Network.enable');
      return page;
    },
  };
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function collectStackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let current = stack; current; current = current.parent) for (const frame of current.callFrames) if (frame.url) urls.push(frame.url);
  return urls;
}

function frameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '(no frame)';
  }
}
