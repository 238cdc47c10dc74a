/**
 * The saved NCBI pages, the project's own test fixtures (tests/fixtures/pages,
 * with SOURCES.md: where each came from and its licence), each with the URL it
 * was served from, and a happy-dom loader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export const PAGES_DIR = new URL('./fixtures/pages/', import.meta.url);

/** The real URL of a saved page, from its file name (SOURCES.md). */
export function urlOf(file: string): string {
  let m = /^pubmed-(\d+)-/.exec(file);
  if (m) return `https://pubmed.ncbi.nlm.nih.gov/${m[1]}/`;
  m = /^pmc-new-(PMC\d+)-/.exec(file);
  if (m) return `https://pmc.ncbi.nlm.nih.gov/articles/${m[1]}/`;
  m = /^pmc-legacy-(PMC\d+)-/.exec(file);
  if (m) return `https://www.ncbi.nlm.nih.gov/pmc/articles/${m[1]}/`;
  throw new Error(`unknown saved page ${file}`);
}

export const SAVED_FILES = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

/** Settings that also keep frames from loading and skip computed styles (the large publisher pages). */
export const NO_FRAMES_OR_STYLES = { disableIframePageLoading: true, disableComputedStyleRendering: true } as const;

/** A happy-dom window at `url` where a page's scripts and style sheets are never run or loaded. */
export function staticWindow(url: string, more: Partial<typeof NO_FRAMES_OR_STYLES> = {}): Window {
  return new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, ...more },
  });
}

/** Parses a saved page as if served from its URL; scripts do not run. */
export function loadPage(file: string): { window: Window; document: Document; url: URL } {
  const url = urlOf(file);
  const window = staticWindow(url);
  const html = readFileSync(new URL(file, PAGES_DIR), 'utf8');
  window.document.write(html);
  return { window, document: window.document as unknown as Document, url: new URL(url) };
}
