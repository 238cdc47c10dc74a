/**
 * The site adapters, and the choice of one by URL: the NCBI designs by
 * host, then the publishers that have their own adapter, then the generic
 * scholarly adapter for any other web page (whether it shows an article is
 * the adapter's isArticle).
 */
import type { SiteAdapter, SiteId } from './types';
import { pubmed } from './pubmed';
import { pmcNew } from './pmc-new';
import { pmcLegacy } from './pmc-legacy';
import { publisherAdapters, scholarly } from './publishers';
import { ncbiAdapters } from './ncbi';

export type { ArticleIdentity, NcbiSiteId, PublisherSiteId, SiteAdapter, SiteId } from './types';
export { pubmed, pmcNew, pmcLegacy, scholarly };

/** In the order they are tried: the generic adapter, which takes any web page, last. */
export const adapters: readonly SiteAdapter[] = [...ncbiAdapters, ...publisherAdapters, scholarly];

/** Every adapter id (the layouts a highlight's position may name). */
export const ALL_SITE_IDS: readonly SiteId[] = adapters.map((a) => a.id);

/** The adapter for pages at this URL, if any (none for non-web addresses). */
export function pickAdapter(url: URL): SiteAdapter | undefined {
  return adapters.find((a) => a.matchesUrl(url));
}
