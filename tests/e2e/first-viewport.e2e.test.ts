/**
 * The first viewport is marked before the article is read (lib/match/
 * pipeline.ts earlyMentions), in real Chromium with the built extension: on
 * a PubMed-layout page whose abbreviation in view is defined by the paper
 * further down, the full names in view are marked at once, the abbreviation
 * only once the definition is read, and no wrapper, once in the page, ever
 * changes its term or goes away (a MutationObserver in the page records
 * every wrapper as it arrives).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const URL_ = 'https://pubmed.ncbi.nlm.nih.gov/glossa-first-viewport/';
const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} reports methods and results in words that name no term of the glossary at all, at some length.</p>`,
  ).join('\n');
const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="ncbi_pdid" content="abstract"><title>First viewport</title>
<style>body { font: 16px/1.6 serif; margin: 0 auto; max-width: 900px; } p { margin: 0 0 1em; }</style></head>
<body><main>
<div id="full-view-heading"><h1 class="heading-title">Descending inhibition, KCC2 and diffuse noxious inhibitory controls</h1></div>
<div id="abstract"><div class="abstract-content selected">
<p>Descending inhibition from the periaqueductal gray shapes spinal pain; KCC2 falls after nerve injury, and conditioned pain modulation weakens.</p>
${filler(60)}
<p>Here KCC2 means a kinase-coupled channel 2 (KCC2) of our own assay, not the chloride cotransporter.</p>
</div></div>
</main></body></html>`;

/** In the page's own world, before anything runs: every wrapper as it arrives, and any change to one. */
const RECORDER = `(() => {
  const seen = (window.__wrappers = []);
  const changed = (window.__changed = []);
  new MutationObserver((records) => {
    const early = performance.getEntriesByName('glossa:first-viewport').length === 0;
    for (const r of records) {
      if (r.type === 'attributes' && r.target.localName === 'glossa-term') changed.push(r.attributeName);
      for (const node of r.addedNodes)
        if (node.nodeType === 1 && node.localName === 'glossa-term')
          seen.push({ node, term: node.getAttribute('data-glossa-term'), text: node.textContent, early });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-glossa-term', 'data-glossa-match'] });
})();`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.context.route(URL_, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('first viewport', () => {
  it('marks at once what nothing further down can change; a definition further down still decides the abbreviation in view, and no mark ever changes', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(RECORDER);
    await page.goto(URL_, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-glossa-state="ready"]', { timeout: 20_000 });
    const result = await page.evaluate(() => {
      const w = window as unknown as {
        __wrappers: { node: Element; term: string; text: string; early: boolean }[];
        __changed: string[];
      };
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
      return {
        early: w.__wrappers.filter((x) => x.early).map((x) => `${x.term}:${x.text}`),
        kept: w.__wrappers.every((x) => x.node.isConnected && x.node.getAttribute('data-glossa-term') === x.term),
        changed: w.__changed,
        final: [...document.querySelectorAll('[data-glossa-term]')].map((e) => `${e.getAttribute('data-glossa-term')}:${e.textContent}`),
        marks: ['glossa:start', 'glossa:first-viewport', 'glossa:viewport-complete', 'glossa:pass'].map(mark),
        belowFold: document.querySelectorAll('p')[61].getBoundingClientRect().top > innerHeight,
      };
    });
    expect(result.belowFold).toBe(true);
    // The full names in view were marked before the article was read; KCC2 was not (the paper defines it further down).
    expect(result.early).toEqual(
      expect.arrayContaining([
        'descending-inhibition:Descending inhibition',
        'dnic:diffuse noxious inhibitory controls',
        'cpm:conditioned pain modulation',
      ]),
    );
    expect(result.early.some((e) => e.includes('KCC2'))).toBe(false);
    // Once read: KCC2 is the paper's own abbreviation everywhere, the title's included.
    expect(result.final.filter((e) => e.endsWith(':KCC2'))).toEqual([
      'paper:KCC2:KCC2',
      'paper:KCC2:KCC2',
      'paper:KCC2:KCC2',
      'paper:KCC2:KCC2',
    ]);
    // Nothing marked early changed meaning or went away.
    expect(result.kept).toBe(true);
    expect(result.changed).toEqual([]);
    const [start, firstViewport, complete, pass] = result.marks;
    expect(start).toBeLessThanOrEqual(firstViewport);
    expect(firstViewport).toBeLessThanOrEqual(complete);
    expect(complete).toBeLessThanOrEqual(pass);
    await page.close();
  });
});
