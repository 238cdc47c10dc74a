/**
 * Late and changing content, end to end: the saved PMC page captured after
 * NCBI's scripts ran, served at its URL; after Glossa's first pass the page's
 * own script (page.evaluate, the main world) adds and changes content.
 * - New content is annotated in one batched pass per burst.
 * - Glossa's own mutations (its wrappers, its tooltip) cause no further pass.
 * Passes are counted two ways: the content script's `glossa:pass` marks
 * (the performance timeline is shared with the page) and every write of
 * <html data-glossa-state>, seen by a MutationObserver of the page.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openArticle, SAVED, startHarness, type Harness } from './harness';

/** Longer than the content script's batching delay (50 ms) many times over: a second pass would have started. */
const QUIET_MS = 800;
const LATE_HTML =
  'Spinal <i>KCC2</i> loss and <b>descending</b> facilitation via 5-HT<sub>3</sub> receptors weaken DNIC in this late paragraph.';
const LATE_TEXT = 'Spinal KCC2 loss and descending facilitation via 5-HT3 receptors weaken DNIC in this late paragraph.';
const LATE_TERMS = ['descending-facilitation', 'dnic', 'htr3', 'kcc2'];

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await openArticle(h, SAVED.pmcLegacyPostJs.url);
  // Count every write of data-glossa-state from now on (a pass ends with one).
  await page.evaluate(() => {
    const w = window as unknown as { __stateWrites: string[] };
    w.__stateWrites = [];
    new MutationObserver((records) => {
      for (const r of records) w.__stateWrites.push((r.target as Element).getAttribute('data-glossa-state') ?? '');
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-glossa-state'] });
  });
});
afterAll(async () => {
  await h?.close();
});

interface Counts {
  passes: number;
  stateWrites: number;
}
const counts = (): Promise<Counts> =>
  page.evaluate(() => ({
    passes: performance.getEntriesByName('glossa:pass').length,
    stateWrites: (window as unknown as { __stateWrites: string[] }).__stateWrites.length,
  }));

/** Waits until nothing has changed for QUIET_MS (no pass in flight). */
async function quiet(): Promise<Counts> {
  let last = await counts();
  for (;;) {
    await page.waitForTimeout(QUIET_MS);
    const now = await counts();
    if (now.passes === last.passes && now.stateWrites === last.stateWrites) return now;
    last = now;
  }
}

const termsIn = (selector: string) =>
  page.$$eval(selector, (els) =>
    els.map((p) => [...new Set([...p.querySelectorAll('[data-glossa-term]')].map((e) => e.getAttribute('data-glossa-term')))].sort()),
  );

describe('late content on a saved PMC page (post-JS capture)', () => {
  let before: Counts;
  beforeEach(async () => {
    before = await quiet();
  });

  it('the first pass ran once and marked itself', async () => {
    expect(before.passes).toBe(1);
    expect(await page.getAttribute('html', 'data-glossa-state')).toBe('ready');
    expect(await page.locator('[data-glossa-term]').count()).toBeGreaterThan(0);
  });

  it('annotates five paragraphs appended at once in one pass, and its own wrappers cause no other', async () => {
    await page.evaluate((html) => {
      const section = document.querySelector('#S26')!; // Discussion, a div.tsec root
      for (let i = 0; i < 5; i++) {
        const p = document.createElement('p');
        p.className = 'late-burst';
        p.innerHTML = html;
        section.appendChild(p);
      }
    }, LATE_HTML);
    await page.waitForFunction(() => [...document.querySelectorAll('p.late-burst')].every((p) => p.querySelector('[data-glossa-term]')));
    const after = await quiet();
    expect(after.passes - before.passes).toBe(1);
    expect(after.stateWrites - before.stateWrites).toBe(1);
    expect(await termsIn('p.late-burst')).toEqual(Array(5).fill(LATE_TERMS));
    expect(await page.$$eval('p.late-burst', (ps) => ps.map((p) => p.textContent))).toEqual(Array(5).fill(LATE_TEXT));
    // 5-HT<sub>3</sub> receptors is one match in three pieces, in each paragraph.
    const htr3 = await page.$$eval('p.late-burst', (ps) =>
      ps.map((p) => new Set([...p.querySelectorAll('[data-glossa-term="htr3"]')].map((e) => e.getAttribute('data-glossa-match'))).size),
    );
    expect(htr3).toEqual([1, 1, 1, 1, 1]);
  });

  it('batches additions made in several tasks within the batching window into one pass', async () => {
    await page.evaluate((html) => {
      const section = document.querySelector('#S18')!; // Results
      for (const delay of [0, 10, 20]) {
        setTimeout(() => {
          const p = document.createElement('p');
          p.className = 'late-trickle';
          p.innerHTML = html;
          section.appendChild(p);
        }, delay);
      }
    }, LATE_HTML);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('p.late-trickle [data-glossa-term]').length > 0 &&
        [...document.querySelectorAll('p.late-trickle')].length === 3 &&
        [...document.querySelectorAll('p.late-trickle')].every((p) => p.querySelector('[data-glossa-term]')),
    );
    const after = await quiet();
    expect(after.passes - before.passes).toBe(1);
    expect(await termsIn('p.late-trickle')).toEqual(Array(3).fill(LATE_TERMS));
  });

  it('annotates text the page changes in place (characterData), in one pass', async () => {
    const changed = await page.evaluate(() => {
      const p = document.querySelector('#S5 p')!; // Introduction
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode() as Text;
      text.data = `Late edit about DNIC and KCC2. ${text.data}`;
      return p.id;
    });
    await page.waitForFunction(
      (id) => document.getElementById(id)!.querySelectorAll('[data-glossa-term="dnic"], [data-glossa-term="kcc2"]').length >= 2,
      changed,
    );
    const after = await quiet();
    expect(after.passes - before.passes).toBe(1);
    expect(await page.$eval(`#${changed}`, (p) => p.textContent!.startsWith('Late edit about DNIC and KCC2. '))).toBe(true);
  });

  it('leaves content added to the reference list alone', async () => {
    await page.evaluate((html) => {
      const refs = document.querySelector('.ref-list-sec, [id^="ref-list"]')!;
      const p = document.createElement('p');
      p.className = 'late-ref';
      p.innerHTML = html;
      refs.appendChild(p);
    }, LATE_HTML);
    await quiet();
    expect(await page.locator('p.late-ref').count()).toBe(1);
    expect(await page.locator('p.late-ref [data-glossa-term]').count()).toBe(0);
    // Page content in an excluded region may cost one (empty) batch, never more.
    expect((await counts()).passes - before.passes).toBeLessThanOrEqual(1);
  });

  it('its own tooltip (shown, moved, hidden) causes no pass', async () => {
    const term = page.locator('p.late-burst [data-glossa-term="kcc2"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await page.waitForSelector('[data-glossa-ui="tooltip"]', { state: 'attached' });
    await page.locator('p.late-burst [data-glossa-term="dnic"]').first().hover();
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
    const after = await quiet();
    // The tooltip's host is added to <body> by Glossa itself: no batch, no pass, no state write.
    expect(after.passes - before.passes).toBe(0);
    expect(after.stateWrites - before.stateWrites).toBe(0);
  });
});
