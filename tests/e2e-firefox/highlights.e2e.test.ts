/**
 * Highlights in real Firefox ESR with the built add-on: text selected by
 * dragging the mouse, highlighted from the selection's action bar (a real
 * click in its shadow root), saved in the add-on's storage, and placed again
 * after a reload of the saved PMC page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { HighlightRecord } from '../../lib/highlights/model';
import { type FirefoxHarness, SAVED, startFirefox } from './harness';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await startFirefox();
});
afterAll(async () => {
  await ff?.close();
});

const LEGACY = SAVED.pmcLegacy;
const QUOTE = 'Anhedonia is defined as a markedly diminished interest or pleasure in previously enjoyable activities';
const BAR = '[data-glossa-ui="actions"]';

/** The highlights saved in the add-on's storage (not deleted). */
async function stored(): Promise<HighlightRecord[]> {
  const all = await ff.inExtension((api) => api.storage.local.get(null), null);
  return Object.entries(all as Record<string, HighlightRecord>)
    .filter(([key, value]) => key.startsWith('highlight:') && !value.deleted)
    .map(([, value]) => value);
}

/**
 * Where a reader presses and releases the mouse to select `text` in `scope`:
 * the left edge of its first character and the right edge of its last.
 */
async function dragPoints(page: Page, scope: string, text: string) {
  const points = await page.evaluate(
    (scope: string, text: string) => {
      const root = document.querySelector(scope)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(text);
        if (at < 0) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        const charBox = (offset: number) => {
          const range = document.createRange();
          range.setStart(n, offset);
          range.setEnd(n, offset + 1);
          return range.getBoundingClientRect();
        };
        const first = charBox(at);
        const last = charBox(at + text.length - 1);
        return {
          from: { x: first.left + 1, y: first.top + first.height / 2 },
          to: { x: last.right - 1, y: last.top + last.height / 2 },
        };
      }
      return null;
    },
    scope,
    text,
  );
  expect(points, `"${text}" in one text node of ${scope}`).not.toBeNull();
  return points!;
}

/** The highlights on the page: id, colour and text of their wrappers. */
function highlightsOnPage(page: Page) {
  return page.evaluate(() => {
    const byId = new Map<string, { id: string; colour: string | null; text: string }>();
    for (const mark of document.querySelectorAll('[data-glossa-highlight]')) {
      const id = mark.getAttribute('data-glossa-highlight')!;
      const entry = byId.get(id) ?? { id, colour: mark.getAttribute('data-colour'), text: '' };
      entry.text += mark.textContent;
      byId.set(id, entry);
    }
    return [...byId.values()].map((h) => ({ ...h, text: h.text.replace(/\s+/g, ' ').trim() }));
  });
}

describe('a highlight on the saved PMC legacy page', () => {
  let page: Page;
  let id: string;
  beforeAll(async () => {
    page = await ff.openArticle(LEGACY.url);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('is made by selecting text with the mouse and clicking a colour in the action bar', async () => {
    const { from, to } = await dragPoints(page, '#sec005', QUOTE);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ' ').trim())).toBe(QUOTE);
    const green = await page.waitForSelector(`${BAR} >>> [data-glossa-action="highlight"][data-colour="green"]`, { visible: true });
    await green!.click();
    await green!.dispose();
    await expect.poll(() => highlightsOnPage(page)).toEqual([{ id: expect.any(String), colour: 'green', text: QUOTE }]);
    [{ id }] = await highlightsOnPage(page);
    await expect.poll(async () => (await stored()).map((r) => r.id)).toEqual([id]);
    const [record] = await stored();
    expect(record.quote.exact).toBe(QUOTE);
    expect(record.colour).toBe('green');
    expect(record.article).toMatchObject({ pmid: '37141274', pmcid: 'PMC10159190', doi: '10.1371/journal.pone.0277158' });
  });

  it('comes back in place, in its colour, after the page is reloaded', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-glossa-state="ready"]');
    await expect.poll(() => highlightsOnPage(page)).toEqual([{ id, colour: 'green', text: QUOTE }]);
    const paragraph = await page.$eval(`[data-glossa-highlight="${id}"]`, (mark) => mark.closest('p')!.textContent!.replace(/\s+/g, ' '));
    expect(paragraph).toContain(`${QUOTE}`);
  });
});
