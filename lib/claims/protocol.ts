/**
 * The messages the reading map needs from the content script, added to
 * the shared ProtocolMap (lib/messaging.ts) by augmentation. Handlers:
 * entrypoints/content/index.tsx, with pageSegments (./page-text) and
 * revealText (./reveal), which are DOM-only and safe there.
 */
import type {} from '../messaging';

declare module '../messaging' {
  interface ProtocolMap {
    /** The article's text as block segments (whitespace collapsed), for claim extraction in the popup. */
    'page:getText': { request: void; response: { segments: string[] } };
    /** Scrolls to a sentence of the article and highlights it for a moment. */
    'page:revealText': { request: { text: string }; response: { found: boolean } };
    /** Like 'page:revealTerm', backwards: the previous occurrence (wrapping), its position (1-based) and the total. */
    'page:revealTermPrevious': { request: { termId: string }; response: { index: number; total: number } };
  }
}
