/**
 * The saved publisher pages, the project's own test fixtures
 * (tests/fixtures/pages-beyond, with SOURCES.md: where each came from and its
 * licence), each with the address it was served at.
 */
import { readFileSync } from 'node:fs';
import type { Window } from 'happy-dom';
import { NO_FRAMES_OR_STYLES, staticWindow } from './saved-pages';

export const PUBLISHER_PAGES_DIR = new URL('./fixtures/pages-beyond/', import.meta.url);

export interface PublisherPage {
  /** Short name, also the file name's first word. */
  name: string;
  file: string;
  /** The address the page was served at (SOURCES.md). */
  url: string;
}

export const PUBLISHER_PAGES: readonly PublisherPage[] = [
  {
    name: 'plos',
    file: 'plos-pone.0000001-cold-seeking-endotoxin-2006.html',
    url: 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001',
  },
  {
    name: 'frontiers',
    file: 'frontiers-fpsyg.2014.00781-bayes-nonsignificant-2014.html',
    url: 'https://www.frontiersin.org/journals/psychology/articles/10.3389/fpsyg.2014.00781/full',
  },
  {
    name: 'biorxiv',
    file: 'biorxiv-2020.03.22.002386v3-sarscov2-interactome-2020.html',
    url: 'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3',
  },
  {
    name: 'nature',
    file: 'nature-scirep-s41598-020-61892-5-alcohol-use-disorder-2020.html',
    url: 'https://www.nature.com/articles/s41598-020-61892-5',
  },
  {
    name: 'springerlink',
    file: 'springerlink-s11682-016-9545-2-social-cognition-networks-2016.html',
    url: 'https://link.springer.com/article/10.1007/s11682-016-9545-2',
  },
  {
    name: 'sciencedirect',
    file: 'sciencedirect-S0010027716301937-mentalizing-empathy-2016.html',
    url: 'https://www.sciencedirect.com/science/article/pii/S0010027716301937',
  },
  {
    name: 'wiley',
    file: 'wiley-epi.18058-temporal-lobe-resection-memory-2024.html',
    url: 'https://onlinelibrary.wiley.com/doi/10.1111/epi.18058',
  },
  {
    name: 'oup',
    file: 'oup-brain-awl181-writers-cramp-tactile-2006.html',
    url: 'https://academic.oup.com/brain/article-abstract/129/10/2697/290089',
  },
  { name: 'mdpi', file: 'mdpi-brainsci15030264-tactile-stress-ball-2025.html', url: 'https://www.mdpi.com/2076-3425/15/3/264' },
  {
    name: 'jama',
    file: 'jama-archpsyc.58.4.345-alcohol-cue-fmri-2001.html',
    url: 'https://jamanetwork.com/journals/jamapsychiatry/fullarticle/481747',
  },
  {
    name: 'sage',
    file: 'sage-jad-221229-posterior-cortical-atrophy-2023.html',
    url: 'https://journals.sagepub.com/doi/10.3233/JAD-221229?url_ver=Z39.88-2003&rfr_id=ori%3Arid%3Acrossref.org&rfr_dat=cr_pub++0pubmed',
  },
];

export function publisherPage(name: string): PublisherPage {
  const page = PUBLISHER_PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`no saved publisher page ${name}`);
  return page;
}

export function readPublisherPage(page: PublisherPage): string {
  return readFileSync(new URL(page.file, PUBLISHER_PAGES_DIR), 'utf8');
}

/** Parses a saved page as if served from its address; scripts do not run. */
export function loadPublisherPage(page: PublisherPage): { window: Window; document: Document; url: URL } {
  const window = staticWindow(page.url, NO_FRAMES_OR_STYLES);
  const document = new window.DOMParser().parseFromString(readPublisherPage(page), 'text/html') as unknown as Document;
  return { window, document, url: new URL(page.url) };
}
