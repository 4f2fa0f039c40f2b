/**
 * The browser side of utils/messages.ts: every sender and receiver goes through the functions here, typed by the
 * message maps there, so no call site casts a reply or reads an unchecked message.
 */
import { browser, type Browser } from '#imports';
import {
  parseToBackgroundMessage,
  parseToContentMessage,
  type MessageOf,
  type ReplyOf,
  type ToBackground,
  type ToContent,
} from '@/utils/messages';

type Sender = Browser.runtime.MessageSender;

/** A receiver's handler of each message kind. */
export type Handlers<Map extends ToBackground | ToContent> = {
  [Type in keyof Map & string]: (message: MessageOf<Map, Type>, sender: Sender) => ReplyOf<Map, Type> | Promise<ReplyOf<Map, Type>>;
};

/** Sends a message to the background worker and returns its reply. */
export async function sendToBackground<Type extends keyof ToBackground>(message: MessageOf<ToBackground, Type>): Promise<ReplyOf<ToBackground, Type>> {
  // The reply's type is the map's: the worker answers through `receive` with the same map.
  return (await browser.runtime.sendMessage(message)) as ReplyOf<ToBackground, Type>;
}

/** Sends a message to a tab's content script; undefined when the tab has none (a browser page, not loaded yet). */
export async function sendToTab<Type extends keyof ToContent>(tabId: number, message: MessageOf<ToContent, Type>): Promise<ReplyOf<ToContent, Type> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as ReplyOf<ToContent, Type>;
  } catch {
    return undefined;
  }
}

/** Answers messages to the background worker (one handler per kind); see `dispatcher`. */
export function receiveInBackground(handlers: Partial<Handlers<ToBackground>>): void {
  browser.runtime.onMessage.addListener(dispatcher(parseToBackgroundMessage, handlers));
}

/** What runtime.onMessage calls: an answer (a promise) when the message is handled here, else undefined. */
export type MessageListener = (raw: unknown, sender: Sender) => Promise<unknown> | undefined;

/**
 * The content script's answers to messages, as a listener for the watch to call: the watch is the one listener the
 * page's frame registers (it answers with sendResponse, which needs no polyfill: see wxt.config.ts). Until `ready`
 * resolves (the features have registered their handlers), a message waits. Its own function, so the content
 * script's bundle carries only the content parser (the worker's parser pulls in the settings-change schema).
 */
export function contentDispatcher(handlers: Partial<Handlers<ToContent>>, ready: Promise<unknown>): MessageListener {
  return dispatcher(parseToContentMessage, handlers, ready);
}

/**
 * Answers the messages of one direction: parses what arrives (anything malformed is ignored), checks the sender is
 * this extension, and calls the handler of its kind (after `ready`, when given).
 */
function dispatcher(parse: (raw: unknown) => { type: string } | null, handlers: object, ready?: Promise<unknown>): MessageListener {
  const table = handlers as Record<string, ((message: unknown, sender: Sender) => unknown) | undefined>;
  const answer = (message: { type: string }, sender: Sender) => table[message.type]?.(message, sender);
  return (raw, sender) => {
    // Only this extension's own pages and content scripts reach runtime messaging; check anyway.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parse(raw);
    if (!message) return undefined;
    if (ready) return ready.then(() => answer(message, sender));
    return table[message.type] ? Promise.resolve(answer(message, sender)) : undefined;
  };
}
