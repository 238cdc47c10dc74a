/**
/**
 * A site adapter knows one site's pages (an NCBI design, or scholarly
 * publisher pages; or Glossa's PDF reader, 'pdf': entrypoints/pdf): where
 * the article's prose is (annotation roots), what inside those roots to
 * skip, and which article the page shows. Adapters are pure DOM readers:
 * they never modify the page.
 */
import type { Segmenter } from '../annotate/segments';
import type { RootParts } from '../highlights/text';

/** The NCBI designs, on by default and switched in the options page. */
export type NcbiSiteId = 'pubmed' | 'pmc-new' | 'pmc-legacy';
/**
 * Publisher pages, read where the reader granted the site (the host
 * permission is the setting): the generic scholarly adapter and the
 * publishers it needs help with.
 */
export type PublisherSiteId = 'scholarly' | 'frontiers' | 'mdpi';
/**
 * Also the layout of a highlight's position selector: offsets compare only within one adapter's roots ('pdf': the
 * PDF reader's document text).
 */
export type SiteId = NcbiSiteId | PublisherSiteId | 'pdf';

/** The article a page shows, keyed independently of the URL (DOM.md §1). */
export interface ArticleIdentity {
  /** Digits only, e.g. "38814972". */
  pmid?: string;
  /** Upper-case with prefix, e.g. "PMC11139261". */
  pmcid?: string;
  /** Lower-cased DOI without prefix, e.g. "10.1371/journal.pone.0300720". */
  doi?: string;
  /** The article title as plain text (whitespace collapsed). */
  title?: string;
  /** A PDF's own key when it has no DOI: PDF.js's fingerprint of the file (32 hex digits). */
  fingerprint?: string;
}

export interface SiteAdapter {
  id: SiteId;
  /** Whether this adapter handles pages at this URL (host and path). */
  matchesUrl(url: URL): boolean;
  /** Whether the page shows a single article (a search result list does not). */
  isArticle(doc: Document): boolean;
  /**
   * The elements whose text is annotated, in document order, none inside
   * another. Empty when the page is not an article.
   */
  roots(doc: Document): Element[];
  /**
   * A CSS selector list for subtrees inside the roots that must not be
   * annotated (reference lists, hidden panels, duplicate captions, injected
   * "Go to:" menus…). Matched with Element.matches on each element.
   */
  exclude: string;
  identity(doc: Document): ArticleIdentity;
  /**
   * Where a root's text does not read in DOM order (the PDF reader's text
   * layers: reading order, words broken across lines joined): its segments
   * for matching…
   */
  segments?: Segmenter;
  /** …and its text nodes as highlights read them (lib/highlights/text.ts). */
  parts?: RootParts;
  /** Resolves once the page's text is all there (the PDF reader: every page's text layer); saved highlights wait for it. */
  settled?(): Promise<void>;
}
