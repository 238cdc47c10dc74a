/**
 * Article identity for highlights: built from the site adapter's identity
 * and the citation_* meta tags, compared by any shared identifier (PMID,
 * PMCID or DOI), and turned into links back to PubMed, PMC and doi.org.
 */
import type { ArticleIdentity } from '../sites/types';
import type { ArticleRef, Citation } from './model';

const IDS = ['pmid', 'pmcid', 'doi', 'fingerprint'] as const;

export function hasIdentifier(a: ArticleRef): boolean {
  return IDS.some((k) => !!a[k]);
}

/** Same article: any identifier in common; with no identifiers on either side, the same URL. */
export function sameArticle(a: ArticleRef, b: ArticleRef): boolean {
  if (IDS.some((k) => !!a[k] && a[k] === b[k])) return true;
  if (hasIdentifier(a) || hasIdentifier(b)) return false;
  return !!a.url && a.url === b.url;
}

/** The page URL without query or fragment: how a page without identifiers is recognised. */
export function pageUrl(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname;
}

function metaContent(doc: Document, name: string): string[] {
  return [...doc.querySelectorAll(`meta[name="${name}"]`)]
    .map((m) => (m.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** First author ("et al." when there are more), year and journal, from citation_* meta tags. */
export function readCitation(doc: Document): Citation {
  let authors = metaContent(doc, 'citation_author');
  if (!authors.length)
    authors = (metaContent(doc, 'citation_authors')[0] ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const date = metaContent(doc, 'citation_publication_date')[0] ?? metaContent(doc, 'citation_date')[0] ?? '';
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(date)?.[1];
  const journal = metaContent(doc, 'citation_journal_title')[0];
  const citation: Citation = {};
  if (authors.length) citation.authors = authors.length > 1 ? `${authors[0]} et al.` : authors[0];
  if (year) citation.year = year;
  if (journal) citation.journal = journal;
  return citation;
}

/** The article a page shows, for new highlights. */
export function articleOfPage(identity: ArticleIdentity, doc: Document, url: string): ArticleRef {
  const ref: ArticleRef = {};
  if (identity.pmid) ref.pmid = identity.pmid;
  if (identity.pmcid) ref.pmcid = identity.pmcid;
  if (identity.doi) ref.doi = identity.doi;
  if (identity.fingerprint) ref.fingerprint = identity.fingerprint;
  if (identity.title) ref.title = identity.title;
  const citation = readCitation(doc);
  if (Object.keys(citation).length) ref.citation = citation;
  ref.url = url;
  return ref;
}

/** Identifiers of both refs together (the richer view of one article). */
export function mergeArticle(a: ArticleRef, b: ArticleRef): ArticleRef {
  return {
    ...b,
    ...a,
    pmid: a.pmid ?? b.pmid,
    pmcid: a.pmcid ?? b.pmcid,
    doi: a.doi ?? b.doi,
    fingerprint: a.fingerprint ?? b.fingerprint,
    title: a.title ?? b.title,
    citation: a.citation ?? b.citation,
  };
}

export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`;
export const pmcUrl = (pmcid: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${encodeURIComponent(pmcid)}/`;
export const doiUrl = (doi: string) => `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;

/** Where to open the article: PMC full text, else PubMed, else the DOI, else the page it was read on. */
export function articleUrl(a: ArticleRef): string | undefined {
  if (a.pmcid) return pmcUrl(a.pmcid);
  if (a.pmid) return pubmedUrl(a.pmid);
  if (a.doi) return doiUrl(a.doi);
  return a.url && /^https:\/\//.test(a.url) ? a.url : undefined;
}

/** "Sorooshyari SK et al., 2024, PloS one". */
export function citationText(a: ArticleRef): string {
  const c = a.citation ?? {};
  return [c.authors, c.year, c.journal].filter(Boolean).join(', ');
}

/** The text "copy quote with citation" puts on the clipboard. */
export function quoteWithCitation(exact: string, a: ArticleRef): string {
  const source = [a.title, citationText(a), a.pmid && `PMID: ${a.pmid}`, a.pmcid && `PMCID: ${a.pmcid}`, a.doi && `doi: ${a.doi}`]
    .filter(Boolean)
    .join('. ');
  return source ? `“${exact}” (${source})` : `“${exact}”`;
}
