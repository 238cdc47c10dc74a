/**
 * What both end-to-end harnesses (Chromium: tests/e2e/harness.ts, Firefox:
 * tests/e2e-firefox/harness.ts) serve and read: our demo page and the saved
 * NCBI pages at their real URLs, where test outputs go, and functions that
 * run in the page to read Glossa's annotation. The page functions are
 * self-contained: each browser driver sends their source to the page.
 */
import { readFileSync } from 'node:fs';
import { PAGES_DIR } from '../saved-pages';

export { PAGES_DIR };

export const DEMO_URL = 'https://pubmed.ncbi.nlm.nih.gov/glossa-demo/';
export const DEMO_FILE = new URL('../../demo/pubmed-demo.html', import.meta.url);
/** Test outputs (git-ignored); a run never writes a tracked file. */
export const TEST_RESULTS = new URL('../../test-results/', import.meta.url);

export interface SavedPage {
  file: string;
  url: string;
}

/** The saved pages the e2e suites use, at their real URLs (SOURCES.md). */
export const SAVED = {
  pubmed: { file: 'pubmed-38814972-brainage-2024.html', url: 'https://pubmed.ncbi.nlm.nih.gov/38814972/' },
  pmcNew: { file: 'pmc-new-PMC2633119-2026.html', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2633119/' },
  pmcLegacy: { file: 'pmc-legacy-PMC10159190-2024.html', url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC10159190/' },
  pmcLegacyPostJs: { file: 'pmc-legacy-PMC5220672-2024.html', url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5220672/' },
} satisfies Record<string, SavedPage>;

/** The demo page and the saved pages, by URL, as each harness serves them. */
export function servedPages(): Map<string, Buffer> {
  const served = new Map<string, Buffer>();
  served.set(DEMO_URL, readFileSync(DEMO_FILE));
  for (const page of Object.values(SAVED)) served.set(page.url, readFileSync(new URL(page.file, PAGES_DIR)));
  return served;
}

/** In the page: term ids annotated, with counts of matches (not pieces). */
export function countAnnotatedTerms(): Record<string, number> {
  const seen = new Set<string>();
  const counts: Record<string, number> = {};
  for (const el of document.querySelectorAll('[data-glossa-term]')) {
    const match = el.getAttribute('data-glossa-match')!;
    if (seen.has(match)) continue;
    seen.add(match);
    const id = el.getAttribute('data-glossa-term')!;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** In the page: every match in document order, as "term-id: text" (a match's pieces joined). */
export function listMatches(): string[] {
  const byMatch = new Map<string, { term: string; text: string }>();
  for (const el of document.querySelectorAll('[data-glossa-term]')) {
    const match = el.getAttribute('data-glossa-match')!;
    const entry = byMatch.get(match) ?? { term: el.getAttribute('data-glossa-term')!, text: '' };
    entry.text += el.textContent;
    byMatch.set(match, entry);
  }
  return [...byMatch.values()].map((m) => `${m.term}: ${m.text.replace(/\s+/g, ' ')}`);
}
