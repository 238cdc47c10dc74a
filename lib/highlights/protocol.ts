/**
 * The highlight messages between the popup/background and a page's content
 * script ("page:" messages, see lib/messaging.ts), and what they carry.
 */
import type { ArticleRef, ColourName } from './model';

/** One highlight of the current article as the popup lists it. */
export interface PageHighlight {
  id: string;
  exact: string;
  note: string;
  tags: string[];
  colour: ColourName;
  section?: string;
  /** Whether it is shown on this page (false: "not found on this page"). */
  found: boolean;
  created: string;
  modified: string;
}

export interface PageHighlights {
  /** The article of the page; undefined when the page is not an article. */
  article?: ArticleRef;
  /** Found ones in reading order, then those not found. */
  highlights: PageHighlight[];
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
