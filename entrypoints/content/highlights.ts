/**
 * Highlights on the article page (issue #5): the selection action bar,
 * re-anchoring saved highlights, and their messages. Started once per page
 * by the content script, independently of term annotation.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types';

export interface HighlightsContext {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  /** Aborted when the page goes away or the extension is reloaded. */
  signal: AbortSignal;
}

export function startHighlights(_context: HighlightsContext): void {
  // Filled in by the highlights feature.
}
