/**
 * An article's identity from a scholarly page's metadata, the way
 * publishers write it: Highwire Press `citation_*` tags (what Google
 * Scholar reads), Dublin Core (`dc.identifier`, `DC.Title`, in any case),
 * PRISM (`prism.doi`), Open Graph (`og:url` pointing at a DOI, as SAGE and
 * Oxford Academic do), the canonical link, and JSON-LD `ScholarlyArticle`
 * (schema.org, with its subtypes such as `MedicalScholarlyArticle`).
 * Everything here only reads the document.
 */
import type { ArticleIdentity } from './types';
import { collapse, first, nonEmpty, normalizeDoi, normalizePmcid, normalizePmid } from './shared';

/** Every `<meta name|property=… content=…>` of the document, by lower-cased name, in document order. */
export function metaTags(doc: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').trim().toLowerCase();
    const content = collapse(el.getAttribute('content'));
    if (!name || !content) continue;
    const list = tags.get(name);
    if (list) list.push(content);
    else tags.set(name, [content]);
  }
  return tags;
}

/** A DOI inside an address: "…/doi/10.3233/JAD-221229?url_ver=…", "article?id=10.1371/…", "https://dx.doi.org/10.1093/…". */
export function doiFromUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (/(^|\.)doi\.org$/i.test(url.hostname)) return normalizeDoi(url.pathname.slice(1));
  // Not `for (const v of url.searchParams.values())`: in a Firefox content script the page's URL objects are seen
  // through Xray wrappers, and the iterators their methods return are not iterable there ("… is not iterable",
  // bugzilla.mozilla.org/1023984). forEach is a plain method call and works everywhere.
  let fromQuery: string | undefined;
  url.searchParams.forEach((v) => {
    fromQuery ??= normalizeDoi(v);
  });
  if (fromQuery) return fromQuery;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  // Publishers' DOI paths: /doi/10.…, /doi/full/10.…, /doi/abs/10.…, /articles/10.…/full (the view's name is not part of the DOI).
  const m = /\/(10\.\d{4,9}\/[^?#\s]+?)(?:\/(?:full|abstract|abs|pdf|epdf|epub|html|text|meta|reader))?\/?$/i.exec(path);
  return m ? normalizeDoi(m[1]) : undefined;
}

const SCHOLARLY_TYPE = /ScholarlyArticle$/;

/** The JSON-LD objects of the page describing a ScholarlyArticle (or a subtype), wherever they sit in the graph. */
export function scholarlyJsonLd(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    const type = obj['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && SCHOLARLY_TYPE.test(t))) found.push(obj);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) visit(obj[key], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is not our concern.
    }
  }
  return found;
}

/** The strings of a JSON-LD value: a string, a list, or PropertyValue objects ({propertyID, value}). */
function ldStrings(value: unknown): Array<{ id?: string; value: string }> {
  if (typeof value === 'string') return [{ value }];
  if (Array.isArray(value)) return value.flatMap(ldStrings);
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    const v = o.value ?? o['@value'] ?? o['@id'] ?? o.url;
    if (typeof v === 'string') return [{ id: typeof o.propertyID === 'string' ? o.propertyID.toLowerCase() : undefined, value: v }];
  }
  return [];
}

/** What the page's metadata says about the article it shows. */
export interface PageMetadata extends ArticleIdentity {
  /** Whether the metadata describes one scholarly article (citation_title, a Dublin Core title with a DOI, or JSON-LD ScholarlyArticle). */
  describesArticle: boolean;
}

/**
 * The identity from metadata. `pageUrl` is the document's own address,
 * used last for a DOI (a page served at …/doi/10.…).
 */
export function readMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const tags = metaTags(doc);
  const all = (name: string) => tags.get(name) ?? [];
  const one = (name: string) => all(name)[0];
  const ld = scholarlyJsonLd(doc);
  const ldIds = ld.flatMap((o) => [...ldStrings(o.identifier), ...ldStrings(o.sameAs), ...ldStrings(o['@id']), ...ldStrings(o.url)]);
  const dcIds = [...all('dc.identifier'), ...all('dcterms.identifier')];
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;

  const doi = first(
    normalizeDoi(one('citation_doi')),
    normalizeDoi(one('prism.doi')),
    normalizeDoi(one('bepress_citation_doi')),
    ...dcIds.map((v) => normalizeDoi(v)),
    ...ldIds.filter((i) => !i.id || i.id === 'doi').map((i) => normalizeDoi(i.value) ?? doiFromUrl(i.value)),
    doiFromUrl(one('og:url')),
    doiFromUrl(canonicalHref ? absolute(canonicalHref, pageUrl) : undefined),
    doiFromUrl(one('citation_fulltext_html_url')),
    doiFromUrl(one('citation_abstract_html_url')),
    doiFromUrl(pageUrl),
  );
  const pmid = first(
    normalizePmid(one('citation_pmid')),
    ...dcIds.filter((v) => /^pmid\s*:/i.test(v)).map((v) => normalizePmid(v)),
    ...ldIds.filter((i) => i.id === 'pmid' || i.id === 'pubmed').map((i) => normalizePmid(i.value)),
  );
  const pmcid = first(
    normalizePmcid(one('citation_pmcid')),
    ...dcIds.filter((v) => /^pmc\d+$/i.test(v)).map((v) => normalizePmcid(v)),
    ...ldIds.filter((i) => i.id === 'pmcid' || i.id === 'pmc').map((i) => normalizePmcid(i.value)),
  );
  const ldTitle = ld
    .map((o) => (typeof o.headline === 'string' ? o.headline : typeof o.name === 'string' ? o.name : undefined))
    .find(Boolean);
  const citationTitle = nonEmpty(one('citation_title'));
  const dcTitle = nonEmpty(one('dc.title') ?? one('dcterms.title'));
  const title = first(citationTitle, dcTitle, nonEmpty(ldTitle));
  const describesArticle = !!citationTitle || ld.length > 0 || (!!dcTitle && !!(doi || pmid));
  return { pmid, pmcid, doi, title, describesArticle };
}

function absolute(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
