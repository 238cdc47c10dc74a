/** Where Glossa runs: match patterns, the pattern a page's site is granted with, the origins it registers for. */
import { describe, expect, it } from 'vitest';
import { ARTICLE_MATCHES, matchesPattern, onNcbiArticleHost, patternHost, sitePattern, siteOrigins } from '../../../lib/sites/hosts';

describe('matchesPattern', () => {
  it('matches like the browser matches content scripts', () => {
    expect(matchesPattern('https://www.mdpi.com/*', 'https://www.mdpi.com/2076-3425/15/3/264')).toBe(true);
    expect(matchesPattern('https://www.mdpi.com/*', 'https://mdpi.com/2076-3425/15/3/264')).toBe(false);
    expect(matchesPattern('https://www.mdpi.com/*', 'http://www.mdpi.com/')).toBe(false);
    expect(matchesPattern('https://*.plos.org/*', 'https://journals.plos.org/plosone/article?id=1')).toBe(true);
    expect(matchesPattern('https://*.plos.org/*', 'https://plos.org/')).toBe(true);
    expect(matchesPattern('https://*.plos.org/*', 'https://evilplos.org/')).toBe(false);
    expect(matchesPattern('https://*/*', 'https://anything.example/x')).toBe(true);
    expect(matchesPattern('*://*/*', 'http://anything.example/x')).toBe(true);
    expect(matchesPattern('https://www.ncbi.nlm.nih.gov/pmc/*', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/')).toBe(true);
    expect(matchesPattern('https://www.ncbi.nlm.nih.gov/pmc/*', 'https://www.ncbi.nlm.nih.gov/gene/1')).toBe(false);
    expect(matchesPattern('<all_urls>', 'https://x.example/')).toBe(true);
    expect(matchesPattern('not a pattern', 'https://x.example/')).toBe(false);
  });
});

describe('sitePattern', () => {
  it('is the page’s secure origin, one host', () => {
    expect(sitePattern('https://www.mdpi.com/2076-3425/15/3/264')).toBe('https://www.mdpi.com/*');
    expect(sitePattern('https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001#abstract0')).toBe(
      'https://journals.plos.org/*',
    );
  });

  it('is none for pages a site cannot be enabled on', () => {
    for (const url of [
      'http://www.mdpi.com/',
      'https://pubmed.ncbi.nlm.nih.gov/38814972/',
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/',
      'chrome://extensions/',
      'about:blank',
      'file:///tmp/a.html',
      undefined,
      'not a url',
    ]) {
      expect(sitePattern(url), String(url)).toBeUndefined();
    }
    expect(patternHost('https://www.mdpi.com/*')).toBe('www.mdpi.com');
  });
});

describe('siteOrigins', () => {
  it('keeps the granted publisher origins, not NCBI’s', () => {
    expect(
      siteOrigins([
        ...ARTICLE_MATCHES,
        'https://www.ncbi.nlm.nih.gov/*',
        'https://www.mdpi.com/*',
        'https://journals.plos.org/*',
        'https://www.mdpi.com/*',
      ]),
    ).toEqual(['https://journals.plos.org/*', 'https://www.mdpi.com/*']);
    expect(siteOrigins(ARTICLE_MATCHES)).toEqual([]);
  });

  it('leaves out plain http origins (granted only for the PDF reader to download a PDF)', () => {
    expect(siteOrigins(['http://www.example.org/*', 'https://www.mdpi.com/*', 'http://*/*'])).toEqual(['https://www.mdpi.com/*']);
  });

  it('knows the NCBI article hosts', () => {
    expect(onNcbiArticleHost('https://pubmed.ncbi.nlm.nih.gov/38814972/')).toBe(true);
    expect(onNcbiArticleHost('https://www.ncbi.nlm.nih.gov/gene/1')).toBe(false);
    expect(onNcbiArticleHost('https://www.mdpi.com/')).toBe(false);
  });
});
