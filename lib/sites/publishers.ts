/**
 * Publisher pages: the generic scholarly adapter (lib/sites/scholarly.ts)
 * for any site the reader enabled, and small adapters for the publishers
 * among our saved pages (tests/fixtures/pages-beyond) where the generic one
 * is not enough. Each says why.
 */
import { scholarlyAdapter } from './scholarly';
import type { SiteAdapter } from './types';
import { pickNcbiAdapter } from './ncbi';

const web = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';
const ncbi = (url: URL) => pickNcbiAdapter(url) !== undefined;
/** The host or one of its subdomains. */
const onHost = (url: URL, host: string) => web(url) && (url.hostname === host || url.hostname.endsWith(`.${host}`));

/**
 * Frontiers (www.frontiersin.org, Nuxt): the article is `div.ArticleContent`,
 * its sections are `div#h1`…`div#h11` (ids, not classes), and nothing bears
 * a common abstract or body name. The references are `ul.References`. The
 * page repeats the whole text in a 540 KB JSON `<script id="__NUXT_DATA__">`,
 * which is never read (scripts are skipped).
 */
export const frontiers: SiteAdapter = scholarlyAdapter('frontiers', (url) => onHost(url, 'frontiersin.org'), {
  body: ['div.ArticleContent'],
  exclude: ['ul.References'],
});

/**
 * MDPI (www.mdpi.com): `div#abstract` wraps the whole article (title,
 * authors, abstract, body, back matter, references), so the generic
 * `#abstract` would take everything. The abstract is `section#html-abstract`,
 * the body `div.html-body`, the references `section#html-references_list`;
 * figure and table pop-ups (`.html-fig_show`, `.html-table_show`, hidden
 * until opened) repeat the captions.
 */
export const mdpi: SiteAdapter = scholarlyAdapter('mdpi', (url) => onHost(url, 'mdpi.com'), {
  abstract: ['section#html-abstract'],
  body: ['div.html-body'],
  exclude: ['#html-references_list', '.html-fig_show', '.html-table_show'],
});

export const publisherAdapters: readonly SiteAdapter[] = [frontiers, mdpi];

/** Any other web page: read when its metadata and structure say it is a scholarly article. */
export const scholarly: SiteAdapter = scholarlyAdapter('scholarly', (url) => web(url) && !ncbi(url));
