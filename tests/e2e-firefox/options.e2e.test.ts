/**
 * The options page in real Firefox ESR with the built add-on: a change made
 * there with a real click is stored and applied at once to an article open
 * in another window, without reloading it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { bundled } from '../../lib/glossary/data';
import type { Category } from '../../lib/glossary/schema';
import { annotatedTerms, DEMO_URL, type FirefoxHarness, startFirefox, tooltipState } from './harness';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await startFirefox();
});
afterAll(async () => {
  await ff?.close();
});

/** A glossary term's category; the paper's own abbreviations ("paper:…") have none. */
const categoryOf = (id: string): Category | 'paper' => bundled.terms.find((t) => t.id === id)?.category ?? 'paper';

const storedOptions = () =>
  ff.inExtension(async (api) => (await api.storage.local.get('options')).options as Record<string, unknown> | undefined, null);

describe('an option changed on the options page', () => {
  let page: Page;
  let options: Page;
  beforeAll(async () => {
    page = await ff.openArticle(DEMO_URL);
    options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('fieldset');
  });
  afterEach(async () => {
    await ff.inExtension((api) => api.storage.local.remove(['options', 'options$']), null);
  });
  afterAll(async () => {
    await Promise.all([page?.close(), options?.close()]);
  });

  it('unchecking a kind of term removes those terms from the open article at once; checking it brings them back', async () => {
    const before = await annotatedTerms(page);
    expect(categoryOf('kcc2')).toBe('molecule');
    const molecules = Object.keys(before).filter((id) => categoryOf(id) === 'molecule');
    expect(molecules.length).toBeGreaterThan(0);
    await options.click('input[name="categories"][value="molecule"]');
    await expect.poll(async () => (await storedOptions())?.categories).not.toContain('molecule');
    await expect
      .poll(() => annotatedTerms(page))
      .toEqual(Object.fromEntries(Object.entries(before).filter(([id]) => !molecules.includes(id))));
    await options.click('input[name="categories"][value="molecule"]');
    await expect.poll(() => annotatedTerms(page)).toEqual(before);
  });

  it('choosing Japanese redoes the open article’s pass, and its tooltip opens in Japanese', async () => {
    const passes = () => page.evaluate(() => performance.getEntriesByName('glossa:pass').length);
    const passesBefore = await passes();
    await options.click('input[name="language"][value="ja"]');
    await expect.poll(async () => (await storedOptions())?.language).toBe('ja');
    await page.waitForFunction(
      (n: number) => performance.getEntriesByName('glossa:pass').length > n && document.documentElement.dataset.glossaState === 'ready',
      {},
      passesBefore,
    );
    await page.hover('#abstract [data-glossa-term="kcc2"]');
    const kcc2 = bundled.terms.find((t) => t.id === 'kcc2')!;
    await expect.poll(() => tooltipState(page)).toMatchObject({ visible: true, text: expect.stringContaining(kcc2.name.ja) });
    expect(
      await page.evaluate(() =>
        document.querySelector('[data-glossa-ui="tooltip"]')!.shadowRoot!.querySelector('.card')!.getAttribute('lang'),
      ),
    ).toBe('ja');
    await page.mouse.move(2, 2);
  });
});
