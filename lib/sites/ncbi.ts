/**
 * The NCBI adapters alone, for the content script the manifest runs on
 * NCBI's article hosts (it never needs the publisher adapters, and stays
 * small without them).
 */
import type { SiteAdapter } from './types';
import { pubmed } from './pubmed';
import { pmcNew } from './pmc-new';
import { pmcLegacy } from './pmc-legacy';

export const ncbiAdapters: readonly SiteAdapter[] = [pubmed, pmcNew, pmcLegacy];

/** The NCBI adapter for pages at this URL, if any. */
export function pickNcbiAdapter(url: URL): SiteAdapter | undefined {
  return ncbiAdapters.find((a) => a.matchesUrl(url));
}
