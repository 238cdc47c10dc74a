/**
 * The highlight messages between the popup/background and a page's content
 * script ("page:" messages, see lib/messaging.ts), and what they carry.
 */
import type { ArticleRef, ColourName } from './model';
import type { HighlightView } from './view';

export interface PageHighlights {
  /** The article of the page; undefined when the page is not an article. */
  article?: ArticleRef;
  /** Found ones in reading order, then those not found. */
  highlights: HighlightView[];
}

export type HighlightSelectionError = 'no-selection' | 'storage-full' | 'storage';
export type HighlightSelectionResult = { id: string } | { error: HighlightSelectionError };

declare module '../messaging' {
  interface ProtocolMap {
    'page:listHighlights': { request: void; response: PageHighlights };
    /** Scrolls to a highlight and flashes it. */
    'page:scrollToHighlight': { request: { id: string }; response: { found: boolean } };
    /** Highlights the page's current selection (context menu, keyboard command). */
    'page:highlightSelection': { request: { colour?: ColourName }; response: HighlightSelectionResult };
  }
}
