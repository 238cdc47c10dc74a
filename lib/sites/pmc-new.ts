/**
 * PMC, new design (late 2024 on), https://pmc.ncbi.nlm.nih.gov/articles/PMC…/
 * — DOM.md §3.
 *
 * Roots: the title h1 in section.front-matter and section.main-article-body
 * (abstract, body, captions, tables, acknowledgements, footnotes), minus the
 * reference list, collapsed panels and hidden popover bodies.
 */
import type { ArticleIdentity, SiteAdapter } from './types';
import {
  MATH_EXCLUDE,
  collapse,
  first,
  meta,
  canonical,
  nonEmpty,
  normalizeDoi,
  normalizePmcid,
  normalizePmid,
  pmcidFromArticleUrl,
  topLevel,
} from './shared';

const TITLE = 'section.front-matter h1';
const BODY = 'section.main-article-body';

function isArticle(doc: Document): boolean {
  const pdid = meta(doc, 'ncbi_pdid');
  if (pdid !== undefined && pdid !== 'article') return false;
  return doc.querySelector(`${TITLE}, ${BODY}`) !== null;
}

function roots(doc: Document): Element[] {
  if (!isArticle(doc)) return [];
  // Only the first title: a sub-article would have its own front matter.
  let titleSeen = false;
  return topLevel(
    [...doc.querySelectorAll(`${TITLE}, ${BODY}`)].filter((el) => {
      if (el.tagName.toLowerCase() !== 'h1') return true;
      if (titleSeen) return false;
      titleSeen = true;
      return true;
    }),
  );
}

/** "PMCID: PMC2633119  NIHMSID: …  PMID: …" line of the front matter. */
function pmcidFromFrontMatter(doc: Document): string | undefined {
  const text = doc.querySelector('section.front-matter')?.textContent ?? '';
  const m = /PMCID:\s*(PMC\d+)/i.exec(text);
  return m ? normalizePmcid(m[1]) : undefined;
}

function identity(doc: Document): ArticleIdentity {
  return {
    pmid: normalizePmid(meta(doc, 'citation_pmid')),
    // No PMCID meta tag in this design (ncbi_pcid holds "journal"/"manuscript").
    pmcid: first(
      pmcidFromArticleUrl(canonical(doc)),
      pmcidFromArticleUrl(meta(doc, 'og:url')),
      pmcidFromArticleUrl(meta(doc, 'citation_fulltext_html_url')),
      pmcidFromFrontMatter(doc),
    ),
    doi: normalizeDoi(meta(doc, 'citation_doi')),
    title: first(nonEmpty(doc.querySelector(TITLE)?.textContent), nonEmpty(collapse(meta(doc, 'citation_title')))),
  };
}

export const pmcNew: SiteAdapter = {
  id: 'pmc-new',
  matchesUrl: (url) => url.hostname === 'pmc.ncbi.nlm.nih.gov',
  isArticle,
  roots,
  exclude: [
    'section.ref-list', // references (ul/ol.ref-list inside)
    '[hidden]', // author cards div#idN[hidden], nav#journal_context_menu
    '.d-panel', // collapsed author information / notes / licence panels
    'nav',
    '.usa-tooltip__body',
    '[role="tooltip"]',
    // "Open in a new tab" under figures and tables.
    'figure .text-right',
    'section.tw .text-right',
    MATH_EXCLUDE,
  ].join(', '),
  identity,
};
