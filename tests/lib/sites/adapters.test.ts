/**
 * Site adapters against the 14 saved PubMed / PMC pages in tests/fixtures/pages
 * (see tests/fixtures/pages/SOURCES.md for where each came from and DOM.md for
 * their structure). Each page is parsed with happy-dom as if served from its
 * real URL.
 *
 * Note: happy-dom's HTML parser does not implement the HTML5 adoption agency
 * algorithm for nested <a> (legacy PMC figures are written
 * <a><div class=figure><a class=tileshop>…), so in the raw legacy pages the
 * sections after the first figure are nested differently than in a browser
 * (some move out of the jig wrapper, some subsections move up a level). The
 * adapter finds top-level `div.tsec` wherever they sit, so the assertions
 * below hold for both trees.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adapters, pickAdapter } from '../../../lib/sites/index';
import { normalizeDoi, normalizePmcid, normalizePmid } from '../../../lib/sites/shared';
import type { ArticleIdentity, NcbiSiteId, SiteAdapter } from '../../../lib/sites/types';

import { NO_FRAMES_OR_STYLES, PAGES_DIR, staticWindow } from '../../saved-pages';

interface Page {
  file: string;
  site: NcbiSiteId;
  identity: ArticleIdentity;
  /** A distinctive phrase of the abstract (whitespace-collapsed). */
  abstract: string;
  /** Text on the page that must not be annotated: a reference-list entry, or another phrase outside the roots. */
  outside: string;
  /** Where `outside` is on the page (a selector of the element holding it). */
  outsideIn: string;
}

// Expected identities are those of SOURCES.md; titles as on the page.
const PAGES: Page[] = [
  {
    file: 'pubmed-15613317-hku1-2022.html',
    site: 'pubmed',
    identity: {
      pmid: '15613317',
      pmcid: 'PMC538593',
      doi: '10.1128/jvi.79.2.884-895.2005',
      title: 'Characterization and complete genome sequence of a novel coronavirus, coronavirus HKU1, from patients with pneumonia',
    },
    abstract: 'no microbiological cause can be identified in a significant proportion of patients',
    // No reference list in this capture: a similar article's title.
    outside: 'Clinical and molecular epidemiological features of coronavirus HKU1-associated community-acquired pneumonia',
    outsideIn: '#similar',
  },
  {
    file: 'pubmed-38814972-brainage-2024.html',
    site: 'pubmed',
    identity: {
      pmid: '38814972',
      pmcid: 'PMC11139261',
      doi: '10.1371/journal.pone.0300720',
      title: 'Brain age monotonicity and functional connectivity differences of healthy subjects',
    },
    abstract: 'have been studied with the aid of resting state (rs)fMRI data attained from large numbers of healthy subjects',
    outside: 'Abnormal intrinsic brain functional network dynamics in Parkinson',
    outsideIn: '#references',
  },
  {
    file: 'pubmed-38814901-friedreich-2024.html',
    site: 'pubmed',
    identity: {
      pmid: '38814901',
      pmcid: 'PMC11139319',
      doi: '10.1371/journal.pone.0303969',
      title: 'Insights into the effects of Friedreich ataxia on the left ventricle using T1 mapping and late gadolinium enhancement',
    },
    abstract: 'The left ventricular (LV) changes which occur in Friedreich ataxia (FRDA) are incompletely understood.',
    outside: 'Study of fatal cases of Friedreich',
    outsideIn: '#references',
  },
  {
    file: 'pubmed-38451958-microglia-2024.html',
    site: 'pubmed',
    identity: {
      pmid: '38451958',
      pmcid: undefined,
      doi: '10.1371/journal.pone.0297576',
      title: 'Morphological differentiation of peritumoral brain zone microglia',
    },
    abstract: 'microglia are recognized as one of the main regulators of GBM progression',
    // No reference list in this capture: the copyright line after the abstract.
    outside: 'Salas-Gallardo et al. This is an open access article',
    outsideIn: '#copyright',
  },
  {
    file: 'pubmed-38483851-alzheimer-2024.html',
    site: 'pubmed',
    identity: {
      pmid: '38483851',
      pmcid: undefined,
      doi: '10.1371/journal.pone.0299961',
      title: "Estimating the synaptic density deficit in Alzheimer's disease using multi-contrast CEST imaging",
    },
    abstract: 'Abnormal changes in synaptic organization leading to synaptic degradation and neuronal loss',
    outside: 'Shahid et al. This is an open access article',
    outsideIn: '#copyright',
  },
  {
    file: 'pmc-new-PMC3531190-2026.html',
    site: 'pmc-new',
    identity: { pmid: '23193287', pmcid: 'PMC3531190', doi: '10.1093/nar/gks1195', title: 'GenBank' },
    abstract: 'These sequences are obtained primarily through submissions from individual laboratories and batch submissions',
    outside: 'DDBJ progress report',
    outsideIn: 'section.ref-list',
  },
  {
    file: 'pmc-new-PMC2633119-2026.html',
    site: 'pmc-new',
    identity: {
      pmid: '16085533',
      pmcid: 'PMC2633119',
      doi: '10.1080/14622200500185520',
      title: 'Instructed smoking expectancy modulates cue-elicited neural activity: A preliminary study',
    },
    abstract: 'research applying functional neuroimaging to the study of cue-elicited drug craving has emerged',
    outside: 'Conceptual processing during the conscious resting state',
    outsideIn: 'section.ref-list',
  },
  {
    file: 'pmc-new-PMC2077939-2026.html',
    site: 'pmc-new',
    identity: {
      pmid: '17088334',
      pmcid: 'PMC2077939',
      doi: '10.1136/jnnp.2006.095869',
      title:
        'A widespread distinct pattern of cerebral atrophy in patients with alcohol addiction revealed by voxel\u2010based morphometry',
    },
    abstract: 'Patients with alcohol addiction show a number of transient or persistent neurological and psychiatric deficits',
    outside: 'Sex differences in the effects of alcohol on brain structure',
    outsideIn: 'section.ref-list',
  },
  {
    file: 'pmc-legacy-PMC5220672-2024.html',
    site: 'pmc-legacy',
    identity: {
      pmid: '28083566',
      pmcid: 'PMC5220672',
      doi: '10.1016/j.bpsc.2016.03.005',
      title: 'Within- and Between-Session Changes in Neural Activity During Emotion Processing in Unipolar and Bipolar Depression',
    },
    abstract: 'within- and between-session changes in BOLD response during implicit emotional processing',
    outside: 'survey of bipolar members',
    outsideIn: '.ref-list-sec',
  },
  {
    file: 'pmc-legacy-PMC2835157-2024.html',
    site: 'pmc-legacy',
    identity: {
      pmid: '20159144',
      pmcid: 'PMC2835157',
      doi: '10.1016/j.biopsych.2009.11.025',
      title:
        'Abnormal Left and Right Amygdala-Orbitofrontal Cortical Functional Connectivity to Emotional Faces: State Versus Trait Vulnerability Markers of Depression in Bipolar Disorder',
    },
    abstract: 'remain little examined in bipolar disorder individuals',
    outside: 'lessons from the global burden of disease study',
    outsideIn: '.ref-list-sec',
  },
  {
    file: 'pmc-legacy-PMC10159190-2024.html',
    site: 'pmc-legacy',
    identity: {
      pmid: '37141274',
      pmcid: 'PMC10159190',
      doi: '10.1371/journal.pone.0277158',
      title:
        'Associations between resting state functional brain connectivity and childhood anhedonia: A reproduction and replication study',
    },
    abstract: 'brain connectivity measures associated with children reporting anhedonia',
    outside: 'Anhedonia and pessimism in hospitalized depressed adolescents',
    outsideIn: '.ref-list-sec',
  },
  {
    file: 'pmc-legacy-PMC10162556-mathml-2024.html',
    site: 'pmc-legacy',
    identity: {
      pmid: '37146017',
      pmcid: 'PMC10162556',
      doi: '10.1371/journal.pone.0285165',
      title: 'Automatic classification of patients with myocardial infarction or myocarditis based only on clinical data: A quick response',
    },
    abstract: 'the delay between the admission in a hospital emergency department and the assessment of the disease',
    outside: 'Feldman AM, McNamara D. Myocarditis',
    outsideIn: '.ref-list-sec',
  },
  {
    file: 'pmc-legacy-PMC10871503-subscripts-2024.html',
    site: 'pmc-legacy',
    identity: {
      pmid: '38363777',
      pmcid: 'PMC10871503',
      doi: '10.1371/journal.pone.0297756',
      title: 'Investigation of the soybean infiltration process utilizing low-field nuclear magnetic resonance technology',
    },
    abstract: 'meticulously analyze and explore the intricate soybean infiltration process',
    outside: 'Nutritional value of soybean and its processing value',
    outsideIn: '.ref-list-sec',
  },
  {
    file: 'pmc-legacy-PMC1280342-thimerosal-2023.html',
    site: 'pmc-legacy',
    identity: {
      pmid: '16079072',
      pmcid: 'PMC1280342',
      doi: '10.1289/ehp.7712',
      title: 'Comparison of Blood and Brain Mercury Levels in Infant Monkeys Exposed to Methylmercury or Vaccines Containing Thimerosal',
    },
    abstract: 'Thimerosal is a preservative that has been used in manufacturing vaccines since the 1930s',
    outside: 'An assessment of thimerosal use in childhood vaccines',
    outsideIn: '.ref-list-sec',
  },
];

/** The URL each page was served from (SOURCES.md). */
function urlOf(page: Page): URL {
  const { pmid, pmcid } = page.identity;
  switch (page.site) {
    case 'pubmed':
      return new URL(`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`);
    case 'pmc-new':
      return new URL(`https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`);
    case 'pmc-legacy':
      return new URL(`https://www.ncbi.nlm.nih.gov/pmc/articles/${pmcid}/`);
    default:
      throw new Error(`not an NCBI page: ${page.file}`);
  }
}

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function parse(html: string, url: URL): Document {
  const window = staticWindow(url.href, NO_FRAMES_OR_STYLES);
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The text the annotator would see: the roots' text minus subtrees matching
 * the adapter's `exclude`, `[hidden]`, script and style. Roots are joined
 * with a newline so that phrases cannot span two roots.
 */
function visibleRootText(adapter: SiteAdapter, roots: Element[]): string {
  const skip = `${adapter.exclude}, [hidden], script, style`;
  const walk = (node: Node): string => {
    let text = '';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) text += walk(child);
    }
    return text;
  };
  return roots.map((r) => collapse(walk(r))).join('\n');
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

it('finds the saved pages among the test fixtures, with their sources', () => {
  expect(existsSync(fileURLToPath(PAGES_DIR))).toBe(true);
  expect(fileURLToPath(new URL('SOURCES.md', PAGES_DIR))).toMatch(/tests[\\/]fixtures[\\/]pages[\\/]SOURCES\.md$/);
  expect(PAGES).toHaveLength(14);
});

describe.each(PAGES)('$file', (page) => {
  const url = urlOf(page);
  const doc = parse(readFileSync(new URL(page.file, PAGES_DIR), 'utf8'), url);
  const adapter = pickAdapter(url)!;
  const before = doc.documentElement.outerHTML;
  const roots = adapter.roots(doc);
  const identity = adapter.identity(doc);
  const visible = visibleRootText(adapter, roots);

  it('is picked by its URL, and only by its own adapter', () => {
    expect(adapter?.id).toBe(page.site);
    expect(adapters.filter((a) => a.matchesUrl(url)).map((a) => a.id)).toEqual([page.site]);
    expect(adapter.isArticle(doc)).toBe(true);
  });

  it('reads the identity of SOURCES.md', () => {
    expect(identity).toEqual(page.identity);
    if (page.identity.pmcid === undefined) expect(identity.pmcid).toBeUndefined();
  });

  it('returns top-level roots in document order', () => {
    expect(roots.length).toBeGreaterThan(0);
    for (let i = 0; i < roots.length; i++) {
      expect(roots[i].ownerDocument).toBe(doc);
      expect(roots[i].isConnected).toBe(true);
      expect(roots[i].closest(adapter.exclude)).toBeNull();
      for (let j = 0; j < roots.length; j++) if (i !== j) expect(roots[i].contains(roots[j])).toBe(false);
      // 4 = DOCUMENT_POSITION_FOLLOWING
      if (i > 0) expect(roots[i - 1].compareDocumentPosition(roots[i]) & 4).toBe(4);
    }
  });

  it('sees the title first, once, and the abstract', () => {
    expect(collapse(roots[0].textContent ?? '')).toBe(page.identity.title);
    expect(roots.filter((r) => collapse(r.textContent ?? '') === page.identity.title)).toHaveLength(1);
    expect(visible).toContain(page.abstract);
  });

  it('does not see the reference list (or other text outside the article prose)', () => {
    // The phrase is on the page, where expected…
    const holder = [...doc.querySelectorAll(page.outsideIn)].map((e) => collapse(e.textContent ?? '')).join('\n');
    expect(holder).toContain(page.outside);
    // …but not in the text the annotator sees.
    expect(visible).not.toContain(page.outside);
  });

  it('excludes MathML and MathJax', () => {
    for (const root of roots) for (const math of root.querySelectorAll('math')) expect(math.closest(adapter.exclude)).not.toBeNull();
  });

  it('does not modify the document', () => {
    adapter.isArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is fast', () => {
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) {
      adapter.roots(doc);
      adapter.identity(doc);
    }
    expect((performance.now() - t0) / 5).toBeLessThan(100);
  });

  if (page.site === 'pubmed') {
    it('takes only the full-view title, the abstract and the full figure captions', () => {
      const heading = doc.querySelector('#full-view-heading h1.heading-title');
      expect(roots[0]).toBe(heading);
      expect(roots[1].matches('#abstract .abstract-content')).toBe(true);
      const captions = doc.querySelectorAll('#figures figure figcaption');
      expect(roots.slice(2)).toEqual([...captions]);
      for (const root of roots) {
        expect(root.closest('#short-view-heading, #similar, #citedby, #references, #mesh-terms, #linkout, aside')).toBeNull();
        expect(root.closest('[aria-hidden="true"]')).toBeNull();
      }
      // The short-view header repeats the title; the roots hold it once.
      expect(count(visible, page.identity.title!)).toBe(1);
      expect(visible).not.toContain('Show details');
      expect(visible).not.toContain('Similar articles');
    });
  }

  if (page.site === 'pmc-new') {
    it('takes the front-matter title and the article body, minus references and UI', () => {
      expect(roots.map((r) => r.matches('section.front-matter h1') || r.matches('section.main-article-body'))).toEqual([true, true]);
      expect(visible).toContain('Abstract');
      expect(visible).not.toContain('Open in a new tab');
      expect(visible).not.toMatch(/\[Google Scholar\]/);
    });
  }

  if (page.site === 'pmc-legacy') {
    it('takes the title and the main article sections, minus references, front matter and sub-articles', () => {
      expect(roots[0].matches('h1.content-title')).toBe(true);
      expect(roots[1].matches('div.tsec') && /^abstract/.test(roots[1].id)).toBe(true);
      for (const root of roots.slice(1)) {
        expect(root.matches('div.tsec:not(.fm-sec)')).toBe(true);
        expect(root.querySelector('.ref-list-sec')).toBeNull();
        expect(root.closest('.sub-content')).toBeNull();
      }
      expect(visible).not.toContain('Open in a separate window');
      expect(visible).not.toContain('Go to:');
    });
  }
});

describe('details', () => {
  const pageOf = (file: string) => PAGES.find((p) => p.file === file)!;
  const load = (page: Page) => {
    const url = urlOf(page);
    const doc = parse(readFileSync(new URL(page.file, PAGES_DIR), 'utf8'), url);
    return { doc, adapter: pickAdapter(url)! };
  };

  it('drops the "Go to:" menus that the jig script injected (post-JS legacy page)', () => {
    const { doc, adapter } = load(pageOf('pmc-legacy-PMC5220672-2024.html'));
    const roots = adapter.roots(doc);
    const raw = roots.map((r) => r.textContent ?? '').join('\n');
    expect(count(raw, 'Go to:')).toBeGreaterThanOrEqual(8);
    expect(visibleRootText(adapter, roots)).not.toContain('Go to:');
  });

  it('drops MathML display formulas (legacy page with 7 formulas)', () => {
    const { doc, adapter } = load(pageOf('pmc-legacy-PMC10162556-mathml-2024.html'));
    const roots = adapter.roots(doc);
    // 7 in a browser; happy-dom's parser moves the later ones out of their
    // section (see the note at the top of this file).
    expect(doc.querySelectorAll('math')).toHaveLength(7);
    const maths = roots.flatMap((r) => [...r.querySelectorAll('math')]);
    expect(maths.length).toBeGreaterThan(0);
    for (const math of maths) expect(math.closest(adapter.exclude)).not.toBeNull();
    const visible = visibleRootText(adapter, roots);
    expect(visible).toContain('The standard score Z of a data sample x is calculated');
    // The raw MathML text of Eq (1), as it reads before MathJax runs.
    expect(collapse(maths[0].textContent ?? '')).toBe('Z=x-\u03bc\u03c3,');
    for (const math of maths) expect(visible).not.toContain(collapse(math.textContent ?? ''));
  });

  it('skips the PLOS decision letters printed after the article', () => {
    const { doc, adapter } = load(pageOf('pmc-legacy-PMC10159190-2024.html'));
    expect(doc.querySelectorAll('.sub-content div.tsec').length).toBe(4);
    expect(visibleRootText(adapter, adapter.roots(doc))).not.toContain('Decision Letter');
  });

  it('keeps PubMed structured-abstract labels and <sub> text inside the roots', () => {
    const { doc, adapter } = load(pageOf('pubmed-38814972-brainage-2024.html'));
    const roots = adapter.roots(doc);
    expect(roots).toHaveLength(12); // title, abstract, 10 figure captions
    expect(roots.some((r) => r.querySelector('sub'))).toBe(true);
  });

  it('reads the PMCID from the PubMed identifier link when the keywords lack it', () => {
    const page = pageOf('pubmed-38814972-brainage-2024.html');
    const { doc, adapter } = load(page);
    doc.querySelector('meta[name="keywords"]')!.setAttribute('content', 'Siamak K Sorooshyari, Brain');
    expect(adapter.identity(doc).pmcid).toBe('PMC11139261');
  });

  it('reads the PMC-new PMCID from the front matter when canonical links are missing', () => {
    const { doc, adapter } = load(pageOf('pmc-new-PMC2633119-2026.html'));
    for (const el of doc.querySelectorAll('link[rel="canonical"], meta[name="og:url"], meta[name="citation_fulltext_html_url"]'))
      el.remove();
    expect(adapter.identity(doc).pmcid).toBe('PMC2633119');
  });
});

describe('non-article pages', () => {
  // Written for this test, after the shape of PubMed's result list
  // (https://pubmed.ncbi.nlm.nih.gov/?term=pain).
  const SEARCH_RESULTS = `<!DOCTYPE html>
<html lang="en"><head>
  <meta name="ncbi_app" content="pubmed">
  <meta name="ncbi_db" content="pubmed">
  <meta name="ncbi_pdid" content="searchresult">
  <meta name="ncbi_term" content="pain">
  <title>pain - Search Results - PubMed</title>
</head><body>
  <main class="search-page">
    <div class="results-amount"><h3><span class="value">1,000,000</span> results</h3></div>
    <section class="search-results-list">
      <div class="search-results-chunk results-chunk">
        <article class="full-docsum" data-rel-pos="1">
          <div class="docsum-wrap"><div class="docsum-content">
            <a class="docsum-title" href="/38000001/">Chronic <b>pain</b> and serotonin: a review.</a>
            <div class="docsum-citation full-citation">
              <span class="docsum-authors full-authors">Doe J, Roe R.</span>
              <span class="docsum-journal-citation full-journal-citation">J Pain. 2024.</span>
              <span class="citation-part">PMID: <span class="docsum-pmid">38000001</span></span>
            </div>
            <div class="full-view-snippet">Serotonin modulates descending <b>pain</b> control.</div>
          </div></div>
        </article>
        <article class="full-docsum" data-rel-pos="2">
          <div class="docsum-wrap"><div class="docsum-content">
            <a class="docsum-title" href="/38000002/">Neuropathic <b>pain</b> after nerve injury.</a>
            <span class="docsum-pmid">38000002</span>
          </div></div>
        </article>
      </div>
    </section>
  </main>
</body></html>`;

  it('treats a PubMed search-results page as no article', () => {
    const url = new URL('https://pubmed.ncbi.nlm.nih.gov/?term=pain');
    const doc = parse(SEARCH_RESULTS, url);
    const adapter = pickAdapter(url)!;
    expect(adapter.id).toBe('pubmed');
    expect(adapter.isArticle(doc)).toBe(false);
    expect(adapter.roots(doc)).toEqual([]);
  });

  it('treats a PubMed page with an article heading but another page id as no article', () => {
    const doc = parse(
      '<html><head><meta name="ncbi_pdid" content="clipboard"></head><body><div id="full-view-heading"><h1 class="heading-title">T</h1></div></body></html>',
      new URL('https://pubmed.ncbi.nlm.nih.gov/clipboard/'),
    );
    expect(pickAdapter(new URL('https://pubmed.ncbi.nlm.nih.gov/clipboard/'))!.roots(doc)).toEqual([]);
  });

  it('treats PMC pages without an article as no article', () => {
    const empty = parse(
      '<html><head><meta name="ncbi_pdid" content="search"></head><body><main>Results</main></body></html>',
      new URL('https://pmc.ncbi.nlm.nih.gov/search/?term=pain'),
    );
    for (const href of ['https://pmc.ncbi.nlm.nih.gov/search/?term=pain', 'https://www.ncbi.nlm.nih.gov/pmc/?term=pain']) {
      const adapter = pickAdapter(new URL(href))!;
      expect(adapter).toBeDefined();
      expect(adapter.isArticle(empty)).toBe(false);
      expect(adapter.roots(empty)).toEqual([]);
    }
  });

  it('picks no NCBI adapter for other sites (the generic scholarly adapter takes web pages, nothing takes other addresses)', () => {
    for (const href of [
      'https://example.org/',
      'https://www.ncbi.nlm.nih.gov/gene/1234',
      'https://www.ncbi.nlm.nih.gov/pmcfoo/',
      'https://europepmc.org/article/MED/38814972',
      'https://pubmed.ncbi.nlm.nih.gov.evil.example/38814972/',
    ]) {
      expect(pickAdapter(new URL(href))?.id, href).toBe('scholarly');
    }
    for (const href of ['file:///home/me/paper.html', 'chrome-extension://abc/popup.html', 'about:blank']) {
      expect(pickAdapter(new URL(href)), href).toBeUndefined();
    }
  });
});

describe('identifier normalisation', () => {
  it('normalises DOIs', () => {
    expect(normalizeDoi('https://doi.org/10.1128/JVI.79.2.884-895.2005')).toBe('10.1128/jvi.79.2.884-895.2005');
    expect(normalizeDoi('doi: 10.1093/NAR/gks1195.')).toBe('10.1093/nar/gks1195');
    expect(normalizeDoi('http://dx.doi.org/10.1371%2Fjournal.pone.0300720')).toBe('10.1371/journal.pone.0300720');
    expect(normalizeDoi('not a doi')).toBeUndefined();
    expect(normalizeDoi(undefined)).toBeUndefined();
  });

  it('normalises PMCIDs and PMIDs', () => {
    expect(normalizePmcid('http://www.ncbi.nlm.nih.gov/pmc/articles/pmc11139261/')).toBe('PMC11139261');
    expect(normalizePmcid('PMCID:\u00a0PMC2633119')).toBe('PMC2633119');
    expect(normalizePmcid('NIHMS86240')).toBeUndefined();
    expect(normalizePmid(' 38814972 ')).toBe('38814972');
    expect(normalizePmid('pmid:38814972')).toBe('38814972');
    expect(normalizePmid('PMC123')).toBeUndefined();
  });
});
