/**
 * The generic adapter for scholarly article pages beyond NCBI (publisher
 * sites the reader enables, lib/sites/permissions.ts).
 *
 * Whether a page is an article comes from its metadata (lib/sites/metadata.ts:
 * citation_title, Dublin Core with a DOI, JSON-LD ScholarlyArticle); a
 * journal's home page or a search result list has none, and gets nothing.
 * Where the prose is comes from structure: the title (the h1 that holds the
 * metadata's title), the abstract container and the body container, found
 * by the class and id conventions of the platforms most journals run on
 * (Atypon, Silverchair, HighWire, Springer Nature, Elsevier, Nuxt-based
 * sites, JATS-derived markup) and by schema.org's articleBody. Inside those,
 * reference lists, navigation, figure viewers' duplicate captions,
 * related-article boxes, cookie banners, metrics and share widgets are
 * skipped; scripts (JSON data included) are never read by the annotator.
 *
 * A publisher whose pages need more than this gets a small adapter made
 * with `scholarlyAdapter` (lib/sites/publishers.ts): its own selectors go
 * before the generic ones, its exclusions on top of them.
 */
import { readMetadata } from './metadata';
import type { ArticleIdentity, SiteAdapter, SiteId } from './types';
import { MATH_EXCLUDE, collapse, nonEmpty, topLevel } from './shared';

export interface ScholarlyLayout {
  /** Title elements, tried before the generic h1 search. */
  title?: readonly string[];
  /** Abstract containers, most specific first: the first selector that finds one wins. */
  abstract?: readonly string[];
  /** Body (full text) containers, most specific first. */
  body?: readonly string[];
  /** Subtrees inside the roots to skip, on top of the generic ones. */
  exclude?: readonly string[];
  /** Whether a page the metadata calls an article really is one (default: yes). */
  isArticle?: (doc: Document) => boolean;
}

/**
 * Abstract containers by the conventions most journal platforms share
 * (JATS-derived class names, DPUB-ARIA roles), most specific first.
 */
export const ABSTRACT_SELECTORS: readonly string[] = [
  '[role="doc-abstract"]',
  'section.abstract',
  'div.abstract',
  '.abstract-content',
  'section.Abstract', // Springer's A++ markup (SpringerLink until 2018)
  '#abstracts',
  '#abstract',
];

/** Body (full-text) containers, most specific first: schema.org's articleBody, platform conventions, then <article>. */
export const BODY_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  '#bodymatter', // Atypon (SAGE, Taylor & Francis, ACS…)
  '.article__body', // Atypon
  'div.c-article-body', // Springer Nature (nature.com, BMC, SpringerLink)
  'div.widget-ArticleFulltext', // Silverchair (Oxford Academic, JAMA Network…)
  'div.fulltext-view', // HighWire
  'div.article-body',
  'div.article-text',
  '#article-body',
  '#body',
  'article',
];

/** Text a container must hold to count (characters, whitespace collapsed): a heading alone is not an abstract. */
const MIN_ABSTRACT = 150;
const MIN_BODY = 500;

/** What is never article prose, whatever the platform. Case-sensitive selectors (publishers' own spellings), no :is(), so happy-dom and old engines agree. */
export const SCHOLARLY_EXCLUDE: readonly string[] = [
  // Reference lists.
  '[role="doc-bibliography"]',
  '[role="doc-endnotes"]',
  '.references',
  '#references',
  '.ref-list',
  '.ref-list-sec',
  '.c-article-references',
  '[data-title="References"]',
  '.bibliography',
  '#bibliography',
  'section.article-section__references',
  '.article-section__references', // Atypon
  '.section-type-references', // Silverchair
  '.citation-list',
  // Navigation, tables of contents, breadcrumbs, in-page menus.
  'nav',
  '[role="navigation"]',
  '.breadcrumbs',
  '.toc',
  // Dialogs, figure viewers and popovers (duplicates of captions, author cards, citation tips).
  'dialog',
  '[role="dialog"]',
  '[role="tooltip"]',
  '.pswp',
  '.modal',
  '.figure-viewer',
  '.lightbox',
  '.mfp-hide', // Magnific Popup's hidden pop-up content
  '.table-modal', // Silverchair: the modal copy of a wide table
  '.fig-modal',
  '.popup',
  // Related articles, recommendations, metrics, share and download widgets, adverts.
  'aside',
  '.c-article-recommendations',
  '#further-reading-section', // Springer Nature: "This article is cited by"
  '#article-comments-section',
  '.c-article-share-box',
  '.related-articles',
  '.related-content',
  '.recommended-articles',
  '.article-metrics',
  '.altmetric-embed',
  '.share',
  '.social-share',
  '.advertisement',
  '.ad-container',
  // Cookie and consent banners.
  '#onetrust-consent-sdk',
  '#onetrust-banner-sdk',
  '.cc-banner',
  '.cookie-banner',
  '#cookie-banner',
  '.cookies-banner',
  '#CybotCookiebotDialog',
  // Forms and controls the annotator skips anyway, by role.
  '[role="button"]',
  '[role="menu"]',
  '[role="search"]',
  '.visually-hidden',
  '.sr-only',
  '.u-visually-hidden',
  MATH_EXCLUDE,
];

const textLength = (el: Element) => collapse(el.textContent).length;
/** Letters and digits only, lower case: titles compared through markup, punctuation and spacing. */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function sortByDocument(els: Element[]): Element[] {
  // 4 = DOCUMENT_POSITION_FOLLOWING: b follows a.
  return [...new Set(els)].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Builds an adapter for scholarly pages with a layout's selectors before the generic ones. */
export function scholarlyAdapter(id: SiteId, matchesUrl: (url: URL) => boolean, layout: ScholarlyLayout = {}): SiteAdapter {
  const exclude = [...(layout.exclude ?? []), ...SCHOLARLY_EXCLUDE].join(', ');
  const abstractSelectors = [...(layout.abstract ?? []), ...ABSTRACT_SELECTORS];
  const bodySelectors = [...(layout.body ?? []), ...BODY_SELECTORS];
  const usable = (el: Element) => el.closest(exclude) === null && el.closest('[hidden], [aria-hidden="true"]') === null;

  /** The elements of the first selector that finds usable ones of at least `min` characters. */
  const firstFound = (doc: Document, selectors: readonly string[], min: number, keep: (el: Element) => boolean = () => true) => {
    for (const selector of selectors) {
      const found = [...doc.querySelectorAll(selector)].filter((el) => usable(el) && keep(el) && textLength(el) >= min);
      if (found.length) return topLevel(found);
    }
    return [];
  };

  const title = (doc: Document, metaTitle: string | undefined): Element | undefined => {
    for (const selector of layout.title ?? []) {
      const el = [...doc.querySelectorAll(selector)].find(usable);
      if (el) return el;
    }
    const h1s = [...doc.querySelectorAll('h1')].filter(usable);
    const wanted = metaTitle ? squash(metaTitle) : '';
    if (wanted) {
      const el = h1s.find((h) => squash(h.textContent ?? '').includes(wanted));
      if (el) return el;
    }
    return undefined;
  };

  const containers = (doc: Document) => {
    const body = firstFound(doc, bodySelectors, MIN_BODY);
    // An "abstract" that holds the body is a wrapper of the whole article (MDPI's div#abstract), not the abstract.
    const abstract = firstFound(doc, abstractSelectors, MIN_ABSTRACT, (el) => !body.some((b) => el.contains(b)));
    return { abstract, body };
  };

  const isArticle = (doc: Document): boolean => {
    if (!readMetadata(doc).describesArticle) return false;
    if (layout.isArticle && !layout.isArticle(doc)) return false;
    const { abstract, body } = containers(doc);
    return abstract.length > 0 || body.length > 0;
  };

  const roots = (doc: Document): Element[] => {
    const meta = readMetadata(doc);
    if (!meta.describesArticle || (layout.isArticle && !layout.isArticle(doc))) return [];
    const { abstract, body } = containers(doc);
    if (!abstract.length && !body.length) return [];
    const heading = title(doc, meta.title);
    return topLevel(sortByDocument([...(heading ? [heading] : []), ...abstract, ...body]));
  };

  const identity = (doc: Document): ArticleIdentity => {
    const { pmid, pmcid, doi, title: metaTitle } = readMetadata(doc, doc.URL);
    const result: ArticleIdentity = {};
    if (pmid) result.pmid = pmid;
    if (pmcid) result.pmcid = pmcid;
    if (doi) result.doi = doi;
    // The metadata's title (the page's heading may carry a label such as "Original Articles"); else the heading.
    const shown = metaTitle ?? nonEmpty(title(doc, undefined)?.textContent);
    if (shown) result.title = shown;
    return result;
  };

  return { id, matchesUrl, isArticle, roots, exclude, identity };
}
