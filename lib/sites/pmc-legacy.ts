/**
 * PMC, legacy design (until late 2024),
 * https://www.ncbi.nlm.nih.gov/pmc/articles/PMC…/ — DOM.md §4.
 *
 * Roots: h1.content-title and each top-level section `div.tsec` of the main
 * article (normally `div.jig-ncbiinpagenav > div.tsec`), except:
 * - the reference list (the tsec holding `.ref-list-sec`),
 * - "Associated Data" (`div.tsec.fm-sec`), which repeats the
 *   supplementary-material captions of the body,
 * - sub-articles (`div.sub-content`: PLOS decision letters and author
 *   responses printed after the article).
 * Sections are found wherever they sit, not only as children of the jig
 * wrapper, so pages where the wrapper is missing (or where a parser nested
 * things differently) still yield their sections.
 */
import type { ArticleIdentity, SiteAdapter } from './types';
import {
  MATH_EXCLUDE,
  canonical,
  collapse,
  first,
  meta,
  nonEmpty,
  normalizeDoi,
  normalizePmcid,
  normalizePmid,
  pmcidFromArticleUrl,
  topLevel,
} from './shared';

const TITLE = 'h1.content-title';
const SECTION = 'div.tsec';
const REF_LIST = '.ref-list-sec';
const SUB_ARTICLE = '.sub-content';

function isArticle(doc: Document): boolean {
  const pdid = meta(doc, 'ncbi_pdid');
  if (pdid !== undefined && pdid !== 'article') return false;
  return doc.querySelector(`${TITLE}, ${SECTION}`) !== null;
}

function isRoot(el: Element): boolean {
  if (el.closest(SUB_ARTICLE)) return false;
  if (el.matches(TITLE)) return true;
  if (el.matches('.fm-sec')) return false;
  if (/^ref-list/.test(el.id) || el.querySelector(REF_LIST)) return false;
  return true;
}

function roots(doc: Document): Element[] {
  if (!isArticle(doc)) return [];
  let titleSeen = false;
  return topLevel(
    [...doc.querySelectorAll(`${TITLE}, ${SECTION}`)].filter((el) => {
      if (!isRoot(el)) return false;
      if (!el.matches(TITLE)) return true;
      if (titleSeen) return false;
      titleSeen = true;
      return true;
    }),
  );
}

function identity(doc: Document): ArticleIdentity {
  const title = [...doc.querySelectorAll(TITLE)].find((el) => !el.closest(SUB_ARTICLE));
  return {
    pmid: first(normalizePmid(meta(doc, 'citation_pmid')), normalizePmid(doc.querySelector('.fm-citation-pmid a')?.textContent)),
    pmcid: first(
      // "/articles/PMC5220672/" here; PMC new puts "journal" in the same tag.
      pmcidFromArticleUrl(meta(doc, 'ncbi_pcid')),
      pmcidFromArticleUrl(canonical(doc)),
      pmcidFromArticleUrl(meta(doc, 'citation_fulltext_html_url')),
      normalizePmcid(doc.querySelector('.fm-citation-pmcid')?.textContent),
    ),
    doi: normalizeDoi(meta(doc, 'citation_doi')),
    // citation_title may hold a raw newline: collapse.
    title: first(nonEmpty(title?.textContent), nonEmpty(collapse(meta(doc, 'citation_title')))),
  };
}

export const pmcLegacy: SiteAdapter = {
  id: 'pmc-legacy',
  matchesUrl: (url) =>
    (url.hostname === 'www.ncbi.nlm.nih.gov' || url.hostname === 'ncbi.nlm.nih.gov') && /^\/pmc(?:\/|$)/.test(url.pathname),
  isArticle,
  roots,
  exclude: [
    '.goto', // "Go to:" menus injected by the jig in-page nav script
    '.jig-ncbiinpagenav-goto-container',
    '.ui-ncbipopper-wrapper', // in-page nav menus and citation popovers (post-JS)
    REF_LIST,
    '.aff-tip', // hidden author tips
    '.hide', // display:none panels: .fm-authors-info.hide, article notes, permissions
    '[hidden]',
    '.largeobj-link', // "Open in a separate window" under figures and tables
    'div.disp-formula', // display formulas: MathML plus the "(1)" label
    MATH_EXCLUDE,
  ].join(', '),
  identity,
};
