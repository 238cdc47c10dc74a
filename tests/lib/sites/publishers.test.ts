/**
 * Publisher adapters (the generic scholarly adapter and the small Frontiers
 * and MDPI ones) against the 11 saved publisher pages in
 * tests/fixtures/pages-beyond (SOURCES.md there: where each came from, its
 * licence, its metadata and where its abstract and body sit). Each page is
 * parsed with happy-dom as if served from its real address.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adapters, pickAdapter } from '../../../lib/sites/index';
import type { ArticleIdentity, SiteAdapter, SiteId } from '../../../lib/sites/types';
import { loadPublisherPage, PUBLISHER_PAGES, PUBLISHER_PAGES_DIR, publisherPage } from '../../saved-publisher-pages';

interface Expected {
  name: string;
  site: SiteId;
  identity: ArticleIdentity;
  /** A phrase of the abstract (whitespace collapsed). */
  abstract: string;
  /** A phrase of the body, when the page has the full text. */
  body?: string;
  /** A reference-list entry (or, without references, other text outside the article's prose)… */
  outside: string;
  /** …and a selector of the element that holds it. */
  outsideIn: string;
}

// Identities as SOURCES.md gives them (DOIs lower-cased: they are case-insensitive).
const EXPECTED: Expected[] = [
  {
    name: 'plos',
    site: 'scholarly',
    identity: { doi: '10.1371/journal.pone.0000001', title: 'Neural Substrate of Cold-Seeking Behavior in Endotoxin Shock' },
    abstract: 'Systemic inflammation is a leading cause of hospital death.',
    body: 'thermoregulatory locomotion induced by non-inflammatory stimuli',
    outside: 'Differential thermosensor control of thermoregulatory grooming',
    outsideIn: 'ol.references',
  },
  {
    name: 'frontiers',
    site: 'frontiers',
    identity: { doi: '10.3389/fpsyg.2014.00781', title: 'Using Bayes to get the most out of non-significant results' },
    abstract: 'No scientific conclusion follows automatically from a statistically non-significant result',
    body: 'Bayes factor',
    outside: 'The timing and neuroanatomy of conscious vision as revealed by TMS-induced blindsight',
    outsideIn: 'ul.References',
  },
  {
    name: 'biorxiv',
    site: 'scholarly',
    identity: {
      doi: '10.1101/2020.03.22.002386',
      title: 'A SARS-CoV-2-Human Protein-Protein Interaction Map Reveals Drug Targets and Potential Drug-Repurposing',
    },
    abstract: 'There are currently no antiviral drugs with proven efficacy nor are there vaccines for its prevention.',
    // An abstract page: no references; the "email this article" form.
    outside: 'Thank you for your interest in spreading the word about bioRxiv',
    outsideIn: '.pane-forward',
  },
  {
    name: 'nature',
    site: 'scholarly',
    identity: {
      doi: '10.1038/s41598-020-61892-5',
      title:
        'Intact corticostriatal control of goal-directed action in Alcohol Use Disorder: a Pavlovian-to-instrumental transfer and outcome-devaluation study',
    },
    abstract:
      'Deficits in instrumental, goal-directed control, combined with the influence of drug-associated Pavlovian-conditioned stimuli',
    body: 'Pavlovian-to-instrumental transfer',
    outside: 'Neural systems of reinforcement for drug addiction: from actions to habits to compulsion',
    outsideIn: 'ol.c-article-references',
  },
  {
    name: 'springerlink',
    site: 'scholarly',
    identity: {
      doi: '10.1007/s11682-016-9545-2',
      title:
        'Contributions of self-report and performance-based individual differences measures of social cognitive ability to large-scale neural network functioning',
    },
    abstract: 'Adaptive social behavior appears to require flexible interaction between multiple large-scale brain networks',
    body: 'salience network',
    outside: 'The social brain: neural basis of social knowledge',
    outsideIn: 'ol.BibliographyWrapper',
  },
  {
    name: 'sciencedirect',
    site: 'scholarly',
    identity: {
      doi: '10.1016/j.cognition.2016.08.003',
      title:
        'The selfless mind: How prefrontal involvement in mentalizing with similar and dissimilar others shapes empathy and prosocial behavior',
    },
    abstract: 'Engaging in mentalizing, i.e., reflecting on others’ thoughts, beliefs and feelings, is known to facilitate later empathy',
    body: 'self-projection',
    outside: 'Inclusion of Other in the Self Scale and the structure of interpersonal closeness',
    outsideIn: 'ol.references',
  },
  {
    name: 'wiley',
    site: 'scholarly',
    identity: {
      doi: '10.1111/epi.18058',
      title: 'Predictors of long-term memory and network connectivity 10 years after anterior temporal lobe resection',
    },
    abstract: 'Anterior temporal lobe resection (ATLR) effectively controls seizures in medically refractory temporal lobe epilepsy',
    body: 'episodic memory',
    outside: 'Temporal lobe surgery and memory: lessons, risks, and opportunities',
    outsideIn: 'section.article-section__references',
  },
  {
    name: 'oup',
    site: 'scholarly',
    identity: {
      doi: '10.1093/brain/awl181',
      title: "The basal ganglia are hyperactive during the discrimination of tactile stimuli in writer's cramp",
    },
    abstract: 'Writer’s cramp is a focal hand dystonia that specifically affects handwriting.'.replace('’', "'"),
    body: 'In conclusion, this is the first demonstration of a widespread overactivity of the basal ganglia',
    outside: 'Abnormalities of sensorimotor integration in focal dystonia',
    outsideIn: 'div.ref-list',
  },
  {
    name: 'mdpi',
    site: 'mdpi',
    identity: {
      doi: '10.3390/brainsci15030264',
      title: 'Identification of Brain Activation Areas in Response to Active Tactile Stimulation by Gripping a Stress Ball',
    },
    abstract: 'Research on pleasant tactile perception has primarily focused on C-tactile fibers found in hairy skin',
    body: 'The participants rated the soft and medium stress balls as comfortable',
    outside: 'Coding of pleasant touch by unmyelinated afferents in humans',
    outsideIn: '#html-references_list',
  },
  {
    name: 'jama',
    site: 'scholarly',
    identity: {
      pmid: '11296095',
      doi: '10.1001/archpsyc.58.4.345',
      title: 'Activation of Prefrontal Cortex and Anterior Thalamus in Alcoholic Subjects on Exposure to Alcohol-Specific Cues',
    },
    abstract: 'Functional imaging studies have recently demonstrated that specific brain regions become active in cocaine addicts',
    body: 'During alcohol cue presentations, alcoholic subjects have specific activation in the anterior thalamus',
    outside: 'Opponent process and drug dependence: neurobiological mechanisms',
    outsideIn: 'div.references',
  },
  {
    name: 'sage',
    site: 'scholarly',
    identity: {
      doi: '10.3233/jad-221229',
      title: 'Neurofunctional Correlates of Activities of Daily Living in Patients with Posterior Cortical Atrophy',
    },
    abstract: 'Research on posterior cortical atrophy (PCA) has focused on cognitive decline, especially visual processing deficits.',
    body: 'Hypometabolism of the bilateral superior parietal lobe may play an important role in the decline of ADL in PCA patients.',
    outside: 'Update on posterior cortical atrophy',
    outsideIn: 'section#bibliography',
  },
];

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function load(name: string) {
  const page = publisherPage(name);
  const loaded = loadPublisherPage(page);
  windows.push(loaded.window);
  return { ...loaded, adapter: pickAdapter(loaded.url)! };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The roots' text minus what the annotator skips (the adapter's exclusions, hidden subtrees, scripts, styles, controls), one line per block. */
function visibleRootText(adapter: SiteAdapter, roots: Element[]): string {
  const skip = `${adapter.exclude}, [hidden], [aria-hidden="true"], script, style, noscript, template, button`;
  const inline = /^(A|ABBR|B|CITE|EM|I|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|FONT|LABEL)$/;
  const walk = (node: Node): string => {
    let text = '';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) {
        const block = !inline.test((child as Element).tagName);
        text += block ? `\n${walk(child)}\n` : walk(child);
      }
    }
    return text;
  };
  return roots
    .map((r) => walk(r))
    .join('\n')
    .split('\n')
    .map(collapse)
    .filter(Boolean)
    .join('\n');
}

it('has the saved publisher pages among the test fixtures, with their sources', () => {
  expect(existsSync(fileURLToPath(new URL('SOURCES.md', PUBLISHER_PAGES_DIR)))).toBe(true);
  expect(PUBLISHER_PAGES).toHaveLength(11);
  expect(EXPECTED.map((e) => e.name).sort()).toEqual(PUBLISHER_PAGES.map((p) => p.name).sort());
  for (const page of PUBLISHER_PAGES) expect(existsSync(fileURLToPath(new URL(page.file, PUBLISHER_PAGES_DIR))), page.file).toBe(true);
});

describe.each(EXPECTED)('$name', (expected) => {
  const { document: doc, url, adapter } = load(expected.name);
  const before = doc.documentElement.outerHTML;
  const roots = adapter.roots(doc);
  const identity = adapter.identity(doc);
  const visible = visibleRootText(adapter, roots);
  const flat = collapse(visible);

  it('is picked by its address', () => {
    expect(adapter.id).toBe(expected.site);
    expect(adapters.find((a) => a.matchesUrl(url))).toBe(adapter);
    expect(adapter.isArticle(doc)).toBe(true);
  });

  it('reads the article identity from the page', () => {
    expect(identity).toEqual(expected.identity);
  });

  it('returns top-level roots in document order, outside every exclusion', () => {
    expect(roots.length).toBeGreaterThan(1);
    for (let i = 0; i < roots.length; i++) {
      expect(roots[i].isConnected).toBe(true);
      expect(roots[i].closest(adapter.exclude)).toBeNull();
      for (let j = 0; j < roots.length; j++) if (i !== j) expect(roots[i].contains(roots[j])).toBe(false);
      if (i > 0) expect(roots[i - 1].compareDocumentPosition(roots[i]) & 4).toBe(4);
    }
  });

  it('holds the title first, as the only heading with it, and the abstract', () => {
    expect(collapse(roots[0].textContent ?? '')).toContain(expected.identity.title);
    // Other copies of the title are citation lines ("Citation: …", "Cite this article"), not a second heading.
    const headings = roots.flatMap((r) => [r, ...r.querySelectorAll('h1, h2')]).filter((h) => /^H[12]$/.test(h.tagName));
    const titled = headings.filter((h) => !h.closest(adapter.exclude) && collapse(h.textContent ?? '').includes(expected.identity.title!));
    expect(titled).toEqual([roots[0]]);
    expect(flat).toContain(expected.abstract);
    if (expected.body) expect(flat).toContain(expected.body);
  });

  it('does not hold the references (or other text outside the prose)', () => {
    const holder = [...doc.querySelectorAll(expected.outsideIn)].map((e) => collapse(e.textContent ?? '')).join('\n');
    expect(holder).toContain(expected.outside);
    expect(flat).not.toContain(expected.outside);
    // Where the list sits inside a root, the adapter's exclusions cover it.
    for (const el of doc.querySelectorAll(expected.outsideIn))
      if (roots.some((r) => r.contains(el))) expect(el.closest(adapter.exclude)).not.toBeNull();
  });

  it('holds each caption and paragraph once (no duplicate figure or table captions)', () => {
    const lines = visible.split('\n').filter((l) => l.length > 60);
    const repeated = lines.filter((l, i) => lines.indexOf(l) !== i);
    expect(repeated).toEqual([]);
  });

  it('reads no script data, navigation or dialogs', () => {
    for (const root of roots) {
      expect(root.closest('nav, aside, dialog, [role="dialog"]')).toBeNull();
      for (const el of root.querySelectorAll('nav, aside, dialog, [role="dialog"], .mfp-hide'))
        expect(el.closest(adapter.exclude)).not.toBeNull();
    }
  });

  it('does not modify the document', () => {
    adapter.isArticle(doc);
    adapter.roots(doc);
    adapter.identity(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is fast', () => {
    adapter.roots(doc); // happy-dom compiles each selector on first use
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) {
      adapter.roots(doc);
      adapter.identity(doc);
    }
    expect((performance.now() - t0) / 5).toBeLessThan(100);
  });
});

describe('details', () => {
  it('Frontiers: the JSON copy of the text in a script is never a root nor inside one', () => {
    const { document: doc, adapter } = load('frontiers');
    const data = doc.querySelector('script#__NUXT_DATA__')!;
    expect(data.textContent!.length).toBeGreaterThan(500_000);
    expect(data.textContent).toContain('No scientific conclusion follows automatically');
    for (const root of adapter.roots(doc)) expect(root.contains(data)).toBe(false);
  });

  it('MDPI: div#abstract wraps the whole article, and is not taken as the abstract', () => {
    const { document: doc, adapter } = load('mdpi');
    const wrapper = doc.querySelector('div#abstract')!;
    expect(collapse(wrapper.textContent ?? '').length).toBeGreaterThan(50_000);
    const roots = adapter.roots(doc);
    expect(roots).not.toContain(wrapper);
    expect(roots.map((r) => r.matches('section#html-abstract') || r.matches('div.html-body') || r.tagName === 'H1')).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('SAGE: no citation_* tags; the DOI comes from og:url', () => {
    const { document: doc, adapter } = load('sage');
    expect(doc.querySelector('meta[name^="citation_doi"], meta[name="citation_title"]')).toBeNull();
    expect(adapter.identity(doc).doi).toBe('10.3233/jad-221229');
  });

  it('JAMA: the PMID comes from citation_pmid', () => {
    const { document: doc, adapter } = load('jama');
    expect(adapter.identity(doc).pmid).toBe('11296095');
  });

  it('the generic adapter is not enough for Frontiers and MDPI (why they have their own)', () => {
    const generic = adapters.find((a) => a.id === 'scholarly')!;
    const frontiers = load('frontiers').document;
    expect(generic.roots(frontiers)).toEqual([]);
    // On MDPI it falls back to the <article>, which holds the author list and the references.
    const mdpi = load('mdpi').document;
    const text = collapse(visibleRootText(generic, generic.roots(mdpi)));
    expect(text).toContain('Coding of pleasant touch by unmyelinated afferents in humans');
  });
});
