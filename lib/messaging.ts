/**
 * Typed messages between Glossa's parts. One protocol map, named by target:
 * "page:" messages go to a tab's content script (sendToTab), "bg:" ones to
 * the background (sendToBackground), "views:" ones from a content script to
 * whichever extension pages are open (notifyViews). A feature adds its own messages by
 * augmenting ProtocolMap from its own module:
 *
 *   declare module '../messaging' {
 *     interface ProtocolMap { 'page:listHighlights': { request: void; response: Highlight[] } }
 *   }
 *
 * and registers handlers for them with onMessages({...}); each listener
 * answers only the types it has a handler for.
 */
import { browser } from 'wxt/browser';
import type { ArticleIdentity, SiteId } from './sites/types';
import type { TermCardData } from './glossary/cards';

export interface PageTerms {
  /** Whether Glossa runs on this page at all (a supported NCBI host). */
  supported: boolean;
  /** Whether the page shows one article. */
  article: boolean;
  enabled: boolean;
  site?: SiteId;
  identity?: ArticleIdentity;
  /**
   * Terms found, most frequent first. Ids starting "paper:" are abbreviations
   * the paper defines (not in our glossary), with their long form in `definedAs`.
   */
  terms: Array<{
    id: string;
    count: number;
    /** How many of the occurrences are in the article's title and abstract (lib/claims/regions.ts); absent when none. */
    title?: number;
    abstract?: number;
    definedAs?: string;
  }>;
  /** The article's PDF, where the page links one (citation_pdf_url, a PDF link): the popup offers to read it in Glossa's reader. */
  pdf?: string;
}

export interface ProtocolMap {
  'page:getTerms': { request: void; response: PageTerms };
  /** Scrolls to and flashes the next occurrence of a term; returns its position (1-based) and the total. */
  'page:revealTerm': { request: { termId: string }; response: { index: number; total: number } };
  /** Turns annotation on this page off if on, on if off (the toggle command); returns the new state. */
  'page:toggle': { request: void; response: { enabled: boolean } };
  /** The number of distinct terms on the sender's page, for the toolbar badge. */
  'bg:setBadge': { request: { count: number }; response: void };
  /** The card of a glossary term, for the tooltip; null for an unknown id. */
  'bg:getCard': { request: { termId: string }; response: TermCardData | null };
  /** Firefox (MV2): injects the content script's UI (content-ui.js) into the sender's frame. */
  'bg:loadContentUi': { request: void; response: void };
  /**
   * The sender's page changed what 'page:getTerms' answers: a pass finished or
   * annotation stopped. Open views of that tab (the popup) ask again.
   */
  'views:pageChanged': { request: { enabled: boolean }; response: void };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  glossa: 1;
  type: K;
  data: Request<K>;
}

const envelope = <K extends MessageType>(type: K, data: Request<K>): Envelope<K> => ({ glossa: 1, type, data });

/** Sends a "page:" message to the content script of a tab. */
export function sendToTab<K extends MessageType>(tabId: number, type: K, data: Request<K>): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, envelope(type, data)) as Promise<Response<K>>;
}

/** Sends a "bg:" message to the background. */
export function sendToBackground<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage(envelope(type, data)) as Promise<Response<K>>;
}

/**
 * Sends a "views:" message to the extension's open pages. None may be open
 * (the usual case), so an unanswered message is not an error.
 */
export function notifyViews<K extends MessageType>(type: K, data: Request<K>): void {
  browser.runtime.sendMessage(envelope(type, data)).catch(() => {});
}

/** Who sent a message: the tab, for messages from a content script. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers = { [K in MessageType]?: (data: Request<K>, sender: Sender) => Response<K> | Promise<Response<K>> };

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' && message !== null && (message as Envelope).glossa === 1 && typeof (message as Envelope).type === 'string'
  );
}

/** Registers handlers for some message types; returns a function that removes them. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type] as (data: unknown, sender: Sender) => unknown;
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
