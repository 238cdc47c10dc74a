/**
 * The site adapters, and the choice of one by URL.
 */
import type { SiteAdapter } from './types';
import { pubmed } from './pubmed';
import { pmcNew } from './pmc-new';
import { pmcLegacy } from './pmc-legacy';

export type { ArticleIdentity, SiteAdapter, SiteId } from './types';
export { pubmed, pmcNew, pmcLegacy };

export const adapters: readonly SiteAdapter[] = [pubmed, pmcNew, pmcLegacy];

/** The adapter for pages at this URL, if any. */
export function pickAdapter(url: URL): SiteAdapter | undefined {
  return adapters.find((a) => a.matchesUrl(url));
}
