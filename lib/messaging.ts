/**
 * One protocol map for messages to the content script. Senders and the
 * receiver share these types; names say the target ("page:").
 * The receiver checks the `type` of inbound messages and ignores others.
 */
import { browser } from 'wxt/browser';
import type { ArticleIdentity, SiteId } from './sites/types';

export interface PageTerms {
  /** Whether Glossa runs on this page at all (a supported NCBI host). */
  supported: boolean;
  /** Whether the page shows one article. */
  article: boolean;
  enabled: boolean;
  site?: SiteId;
  identity?: ArticleIdentity;
  /** Terms found, most frequent first. */
  terms: Array<{ id: string; count: number }>;
}

export interface ProtocolMap {
  'page:getTerms': { request: void; response: PageTerms };
  /** Scrolls to and flashes the next occurrence of a term; returns its position (1-based) and the total. */
  'page:revealTerm': { request: { termId: string }; response: { index: number; total: number } };
}

export type MessageType = keyof ProtocolMap;
type Request<K extends MessageType> = ProtocolMap[K]['request'];
type Response<K extends MessageType> = ProtocolMap[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  glossa: 1;
  type: K;
  data: Request<K>;
}

export function sendToTab<K extends MessageType>(tabId: number, type: K, data: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { glossa: 1, type, data };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<Response<K>>;
}

export type Handlers = { [K in MessageType]: (data: Request<K>) => Response<K> | Promise<Response<K>> };

function isEnvelope(message: unknown, handlers: Handlers): message is Envelope {
  return (
    typeof message === 'object' && message !== null &&
    (message as Envelope).glossa === 1 &&
    typeof (message as Envelope).type === 'string' &&
    Object.prototype.hasOwnProperty.call(handlers, (message as Envelope).type)
  );
}

/** Registers the handlers; returns a function that removes them. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown) => {
    if (!isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.type] as (data: unknown) => unknown;
    return Promise.resolve(handler(message.data));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
