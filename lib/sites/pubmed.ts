/**
 * PubMed (2020+ design), https://pubmed.ncbi.nlm.nih.gov/<PMID>/ — DOM.md §2.
 *
 * Roots: the title, the abstract and the full figure captions. Not the
 * short-view header (a second copy of title and authors), similar articles,
 * cited by, MeSH buttons or references.
 */
import type { ArticleIdentity, SiteAdapter } from './types';
import { collapse, first, meta, nonEmpty, normalizeDoi, normalizePmcid, normalizePmid, topLevel } from './shared';

const TITLE = '#full-view-heading h1.heading-title';
/** The abstract's id varies (eng-abstract, enc-abstract…): select by class. */
const ABSTRACT = '#abstract .abstract-content';
/** Only the full caption; the short and medium copies are aria-hidden. */
const FIGCAPTION = '#figures figcaption';

function isArticle(doc: Document): boolean {
  // Search results, advanced search, clipboard… have another ncbi_pdid.
  const pdid = meta(doc, 'ncbi_pdid');
  if (pdid !== undefined && pdid !== 'abstract') return false;
  return doc.querySelector(TITLE) !== null;
}

function roots(doc: Document): Element[] {
  if (!isArticle(doc)) return [];
  const found = [...doc.querySelectorAll(`${TITLE}, ${ABSTRACT}, ${FIGCAPTION}`)];
  // Pages with abstracts in several languages mark the shown one `.selected`.
  const selectedAbstract = found.some((el) => el.matches('.abstract-content.selected'));
  return topLevel(
    found.filter((el) => {
      if (el.matches('.abstract-content')) return !selectedAbstract || el.matches('.selected');
      // The figure viewer dialog (PhotoSwipe) may hold copies of captions.
      if (el.tagName.toLowerCase() === 'figcaption') return el.closest('.pswp, [aria-hidden="true"]') === null;
      return true;
    }),
  );
}

function identity(doc: Document): ArticleIdentity {
  // meta[name=keywords] = "pmid:38814972, PMC11139261, doi:10.1371/…, authors, MeSH…"
  const keywords = (meta(doc, 'keywords') ?? '').split(',').map((k) => k.trim());
  const ids = doc.querySelector('#full-view-identifiers') ?? doc;
  return {
    pmid: first(
      normalizePmid(meta(doc, 'citation_pmid')),
      normalizePmid(meta(doc, 'ncbi_uid')),
      normalizePmid(meta(doc, 'uid')),
      normalizePmid(ids.querySelector('.identifier.pubmed .current-id')?.textContent),
      normalizePmid(keywords.find((k) => /^pmid\s*:/i.test(k))),
    ),
    pmcid: first(
      normalizePmcid(keywords.find((k) => /^pmc\d+$/i.test(k))),
      // Points to the old host with a lower-case id: …/pmc/articles/pmc11139261/
      normalizePmcid(ids.querySelector('.identifier.pmc a.id-link')?.getAttribute('href')),
      normalizePmcid(ids.querySelector('.identifier.pmc a.id-link')?.textContent),
    ),
    doi: first(
      normalizeDoi(meta(doc, 'citation_doi')),
      normalizeDoi(ids.querySelector('.identifier.doi a.id-link')?.textContent),
      normalizeDoi(keywords.find((k) => /^doi\s*:/i.test(k))),
    ),
    title: first(nonEmpty(doc.querySelector(TITLE)?.textContent), nonEmpty(collapse(meta(doc, 'citation_title')))),
  };
}

export const pubmed: SiteAdapter = {
  id: 'pubmed',
  matchesUrl: (url) => url.hostname === 'pubmed.ncbi.nlm.nih.gov',
  isArticle,
  roots,
  // The saved pages have nothing page-specific inside the roots beyond what
  // the annotator skips generically; the figure viewer dialog and
  // button-like controls are listed in case a later layout nests them.
  exclude: '.pswp, [role="button"]',
  identity,
};
