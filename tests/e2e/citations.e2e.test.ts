/**
 * Citation superscripts on a real PMC page (PMC2077939, saved after NCBI's
 * scripts ran): every glossary term that a citation follows is found, the
 * wrapper ends where the word ends, and no citation number is wrapped.
 *
 * The page cites with superscript links, `thalamus<a href="#ref10"
 * class="usa-link"><sup>10</sup></a>`. Its body has 48 citation links, some in
 * groups ("studies.1,2,3,4,5"); the words before them (checked by hand) are: studies, damage, brain regions,
 * cerebral cortex, basal forebrain, thalamus, hypothalamus, brain regions,
 * established, interest, schizophrenia, autism, Alzheimer's disease,
 * dementia with Lewy bodies, criteria, Good et al, protocol, volumetry,
 * normalisation, dependence, volumetry, George et al, behaviour, human
 * brains, hippocampus, consumption, hippocampus, dependence, addiction,
 * frontal lobes, addiction, women, men, radicals, diet, WM. Two are glossary
 * terms: thalamus (glued to its citation) and hypothalamus (a full stop
 * between).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openArticle, SAVED, startHarness, type Harness } from './harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await openArticle(h, SAVED.pmcCitations.url);
});
afterAll(async () => {
  await h?.close();
});

/** The glossary terms a citation follows on this page (see above), with the citation's target. */
const CITED = [
  { word: 'thalamus', term: 'thalamus', ref: '#ref10', between: '' },
  { word: 'hypothalamus', term: 'hypothalamus', ref: '#ref11', between: '.' },
];

describe('citation superscripts on a PMC page', () => {
  it('finds every glossary term that a citation follows, wrapped up to the end of the word', async () => {
    const found = await page.evaluate((cited) => {
      return cited.map(({ word, ref, between }) => {
        // The first citation link to `ref` right after the word (an element once wrapped) and what stands between.
        const link = [...document.querySelectorAll<HTMLAnchorElement>(`section.main-article-body a[href="${ref}"]`)].find((a) => {
          const previous = a.previousSibling;
          return between ? previous?.nodeType === 3 && previous.textContent === between : previous?.nodeType === 1;
        });
        if (!link) return { word, missing: 'citation link' };
        let node = link.previousSibling;
        if (node && node.nodeType === 3 && node.textContent === between) node = node.previousSibling;
        const wrapper = node as Element | null;
        return {
          word,
          term: wrapper?.getAttribute?.('data-glossa-term') ?? null,
          text: wrapper?.textContent ?? null,
          citation: link.textContent,
        };
      });
    }, CITED);
    expect(found).toEqual([
      { word: 'thalamus', term: 'thalamus', text: 'thalamus', citation: '10' },
      { word: 'hypothalamus', term: 'hypothalamus', text: 'hypothalamus', citation: '11' },
    ]);
  });

  it('wraps no citation number and leaves every citation link as it was', async () => {
    const { wrappedInCitations, wrappersWithDigits, links } = await page.evaluate(() => {
      const body = document.querySelector('section.main-article-body')!;
      const citations = [...body.querySelectorAll('a.usa-link[href^="#ref"]')];
      return {
        wrappedInCitations: citations.filter((a) => a.querySelector('[data-glossa-term]')).length,
        wrappersWithDigits: [...body.querySelectorAll('[data-glossa-term]')]
          .filter((el) => /\d{2}$/.test(el.textContent ?? ''))
          .map((el) => el.textContent),
        links: citations.map((a) => a.innerHTML),
      };
    });
    expect(wrappedInCitations).toBe(0);
    expect(wrappersWithDigits).toEqual([]);
    expect(links.length).toBe(48);
    expect(links.every((html) => /^<sup>\d+<\/sup>$/.test(html))).toBe(true);
  });
});
