/**
 * Reading an article's identity from publisher metadata, and the generic
 * adapter on pages that are not one article (a journal's home page, search
 * results). The small pages here are written for the tests, after the shape
 * of real ones (named in each case).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Window } from 'happy-dom';
import { staticWindow } from '../../saved-pages';
import { doiFromUrl, readMetadata, scholarlyJsonLd } from '../../../lib/sites/metadata';
import { pickAdapter, scholarly } from '../../../lib/sites/index';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function parse(html: string, url = 'https://journals.example.org/article/1'): Document {
  const window = staticWindow(url);
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const LONG = 'Descending facilitation from the rostral ventromedial medulla maintains pain after nerve injury. '.repeat(12);

describe('doiFromUrl', () => {
  it('finds the DOI in publishers’ addresses', () => {
    expect(doiFromUrl('https://journals.sagepub.com/doi/10.3233/JAD-221229?url_ver=Z39.88-2003&rfr_id=ori%3Arid%3Acrossref.org')).toBe(
      '10.3233/jad-221229',
    );
    expect(doiFromUrl('https://onlinelibrary.wiley.com/doi/full/10.1111/epi.18058')).toBe('10.1111/epi.18058');
    expect(doiFromUrl('https://dx.doi.org/10.1093/brain/awl181')).toBe('10.1093/brain/awl181');
    expect(doiFromUrl('https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001')).toBe('10.1371/journal.pone.0000001');
    expect(doiFromUrl('https://www.frontiersin.org/journals/psychology/articles/10.3389/fpsyg.2014.00781/full')).toBe(
      '10.3389/fpsyg.2014.00781',
    );
    expect(doiFromUrl('https://www.tandfonline.com/doi/abs/10.1080/17453670810016597')).toBe('10.1080/17453670810016597');
  });

  it('reads the query without iterating the iterators URLSearchParams returns (not iterable in a Firefox content script)', () => {
    // In a Firefox content script the page's URL objects come through Xray wrappers, where the iterators returned by
    // values(), keys() and entries() have next() but no Symbol.iterator (bugzilla.mozilla.org/1023984). Here the same.
    class XrayUrl extends URL {
      override get searchParams(): URLSearchParams {
        const params = super.searchParams;
        for (const name of ['values', 'keys', 'entries'] as const) {
          Object.defineProperty(params, name, {
            value: () => {
              const method = URLSearchParams.prototype[name] as (this: URLSearchParams) => Iterator<unknown>;
              const inner = method.call(params);
              return { next: () => inner.next() };
            },
          });
        }
        return params;
      }
    }
    vi.stubGlobal('URL', XrayUrl);
    try {
      expect(doiFromUrl('https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001')).toBe('10.1371/journal.pone.0000001');
      expect(doiFromUrl('https://onlinelibrary.wiley.com/doi/full/10.1111/epi.18058?af=R')).toBe('10.1111/epi.18058');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('finds none where there is none', () => {
    expect(doiFromUrl('https://www.mdpi.com/2076-3425/15/3/264')).toBeUndefined();
    expect(doiFromUrl('https://www.sciencedirect.com/science/article/pii/S0010027716301937')).toBeUndefined();
    expect(doiFromUrl('not a url')).toBeUndefined();
    expect(doiFromUrl(undefined)).toBeUndefined();
  });
});

describe('readMetadata', () => {
  it('reads Dublin Core in any case, with a "doi:" prefix', () => {
    const doc = parse(`<html><head>
      <meta name="DC.Title" content="A title">
      <meta name="DC.Identifier" content="doi:10.1038/S41598-020-61892-5">
    </head><body></body></html>`);
    expect(readMetadata(doc)).toEqual({
      doi: '10.1038/s41598-020-61892-5',
      title: 'A title',
      describesArticle: true,
      pmid: undefined,
      pmcid: undefined,
    });
  });

  it('does not take a Dublin Core title without an identifier for an article (a journal home page has one too)', () => {
    const doc = parse('<html><head><meta name="dc.title" content="Brain Sciences"></head><body></body></html>');
    expect(readMetadata(doc).describesArticle).toBe(false);
  });

  it('reads JSON-LD ScholarlyArticle and its subtypes, nested or in a graph, with PropertyValue identifiers', () => {
    const doc = parse(`<html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","mainEntity":{
        "@type":"MedicalScholarlyArticle","headline":"Spinal 5-HT3 receptors and facilitation",
        "identifier":[{"@type":"PropertyValue","propertyID":"DOI","value":"10.1016/J.PAIN.2020.01.001"},
                      {"@type":"PropertyValue","propertyID":"PMID","value":"31234567"}]}}]}</script>
      <script type="application/ld+json">{ broken json</script>
    </head><body></body></html>`);
    expect(scholarlyJsonLd(doc)).toHaveLength(1);
    expect(readMetadata(doc)).toEqual({
      doi: '10.1016/j.pain.2020.01.001',
      pmid: '31234567',
      pmcid: undefined,
      title: 'Spinal 5-HT3 receptors and facilitation',
      describesArticle: true,
    });
  });

  it('prefers citation_doi to og:url, and takes og:url’s DOI when it is the only one (SAGE)', () => {
    const both = parse(`<html><head><meta name="citation_title" content="T"><meta name="citation_doi" content="10.1000/first">
      <meta property="og:url" content="https://publisher.example/doi/10.1000/second"></head></html>`);
    expect(readMetadata(both).doi).toBe('10.1000/first');
    const og = parse(`<html><head><meta name="dc.Title" content="T">
      <meta property="og:url" content="https://publisher.example/doi/10.1000/second?rfr_id=x"></head></html>`);
    expect(readMetadata(og)).toMatchObject({ doi: '10.1000/second', describesArticle: true });
  });

  it('reads the PMID from citation_pmid and the PMCID from citation_pmcid', () => {
    const doc = parse(
      '<html><head><meta name="citation_title" content="T"><meta name="citation_pmid" content="11296095"><meta name="citation_pmcid" content="PMC1234567"></head></html>',
    );
    expect(readMetadata(doc)).toMatchObject({ pmid: '11296095', pmcid: 'PMC1234567' });
  });
});

describe('the generic adapter', () => {
  it('reads an article by schema.org articleBody when no platform convention fits', () => {
    const doc = parse(`<html><head>
      <script type="application/ld+json">{"@type":"ScholarlyArticle","headline":"Chloride and KCC2 in pain","sameAs":"https://doi.org/10.1000/kcc2"}</script>
    </head><body>
      <header><nav><a href="/">Journal</a></nav></header>
      <main><h1>Chloride and KCC2 in pain</h1>
        <div itemprop="articleBody"><p>${LONG}</p>
          <section class="references"><ol><li>Doe J. A referenced paper on KCC2. 2020.</li></ol></section>
        </div>
        <aside><h2>Related articles</h2><p>${LONG}</p></aside>
      </main>
      <div id="onetrust-consent-sdk"><p>We use cookies to improve your experience of descending facilitation.</p></div>
    </body></html>`);
    const roots = scholarly.roots(doc);
    expect(roots.map((r) => r.tagName)).toEqual(['H1', 'DIV']);
    expect(scholarly.identity(doc)).toEqual({ doi: '10.1000/kcc2', title: 'Chloride and KCC2 in pain' });
    const ref = doc.querySelector('.references li')!;
    expect(ref.closest(scholarly.exclude)).not.toBeNull();
    for (const root of roots) expect(root.contains(doc.querySelector('#onetrust-consent-sdk'))).toBe(false);
  });

  it('gives nothing on a journal home page', () => {
    // After the shape of www.mdpi.com/journal/brainsci and www.frontiersin.org/journals/psychology.
    const doc = parse(
      `<html><head><title>Brain Sciences | An Open Access Journal</title>
      <meta property="og:type" content="website"><meta name="dc.title" content="Brain Sciences">
      <script type="application/ld+json">{"@type":"Periodical","name":"Brain Sciences","issn":"2076-3425"}</script>
    </head><body><main><h1>Brain Sciences</h1>
      <article class="article-item"><a class="title-link">Identification of Brain Activation Areas</a><div class="abstract">${LONG}</div></article>
      <article class="article-item"><a class="title-link">Another paper</a><div class="abstract">${LONG}</div></article>
    </main></body></html>`,
      'https://www.mdpi.com/journal/brainsci',
    );
    const adapter = pickAdapter(new URL('https://www.mdpi.com/journal/brainsci'))!;
    expect(adapter.id).toBe('mdpi');
    expect(adapter.isArticle(doc)).toBe(false);
    expect(adapter.roots(doc)).toEqual([]);
    expect(scholarly.roots(doc)).toEqual([]);
  });

  it('gives nothing on search results', () => {
    // After the shape of www.sciencedirect.com/search?qs=… (result items with abstract snippets).
    const doc = parse(
      `<html><head><title>Search results</title><meta name="robots" content="noindex"></head><body>
      <main><h1>Search results for "pain"</h1><ol class="search-result-wrapper">
        <li><h2><a href="/science/article/pii/1">Pain one</a></h2><div class="abstract">${LONG}</div></li>
        <li><h2><a href="/science/article/pii/2">Pain two</a></h2><div class="abstract">${LONG}</div></li>
      </ol></main></body></html>`,
      'https://www.sciencedirect.com/search?qs=pain',
    );
    expect(scholarly.isArticle(doc)).toBe(false);
    expect(scholarly.roots(doc)).toEqual([]);
  });

  it('gives nothing on an article page whose prose it cannot find (metadata alone is not enough)', () => {
    const doc = parse('<html><head><meta name="citation_title" content="T"></head><body><div id="app"></div></body></html>');
    expect(scholarly.isArticle(doc)).toBe(false);
    expect(scholarly.roots(doc)).toEqual([]);
  });
});
