/**
 * The options page end to end in Chromium with the built extension: every
 * control is labelled and works from the keyboard, each change is stored at
 * once (versioned item local:options), the page redraws in the chosen
 * language, and open tabs apply the options live: per-site off, categories,
 * trigger (click only, hover with a key), language and text size.
 *
 * Tests named "[content script]" check what the content script does with
 * the options; they fail until it reads them (see the wiring notes in
 * lib/settings.ts's report).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotatedTerms, DEMO_URL, openArticle, openPopup, SAVED, startHarness, tabIdOf, type Harness } from './harness';
import { bundled } from '../../lib/glossary/data';
import type { Category } from '../../lib/glossary/schema';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** What is stored under local:options, read in the extension's service worker. */
async function stored(): Promise<Record<string, unknown> | undefined> {
  return h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('options')).options as Record<string, unknown> | undefined;
  });
}

async function clearOptions() {
  await h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }).chrome;
    await api.storage.local.remove(['options', 'options$']);
  });
}

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('fieldset');
  return page;
}

const tooltip = (page: Page) => page.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');
/** A glossary term's category; the paper's own abbreviations ("paper:…") have none and no category option hides them. */
const categoryOf = (id: string) => bundled.terms.find((t) => t.id === id)?.category ?? 'paper';

describe('the options page', () => {
  afterEach(clearOptions);

  it('labels every control and stores each change at once, from the keyboard alone', async () => {
    const options = await openOptions();
    const unlabelled = await options.$$eval('input, select, button', (els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.textContent!.trim()).map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await options.locator('fieldset legend').allTextContents()).toEqual([
      'Sites',
      'Publisher sites',
      'Language (interface and explanations)',
      'Open an explanation',
      'Kinds of terms to annotate',
      'Text size of explanations',
      'Order of an explanation',
    ]);
    // Tab to the first control (PubMed) and switch it off with Space.
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('pubmed');
    await options.keyboard.press('Space');
    await expect.poll(async () => (await stored())?.sites).toEqual({ pubmed: false, 'pmc-new': true, 'pmc-legacy': true });
    await expect.poll(() => options.locator('[role="status"]').textContent()).toBe('Saved.');
    // Tab on to the language radios; arrows choose.
    await options.keyboard.press('Tab');
    await options.keyboard.press('Tab');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('language');
    await options.keyboard.press('ArrowDown');
    await expect.poll(async () => (await stored())?.language).toBe('en');
    // The other fields were kept.
    expect((await stored())?.sites).toEqual({ pubmed: false, 'pmc-new': true, 'pmc-legacy': true });
    await options.close();
  });

  it('redraws in Japanese as soon as Japanese is chosen', async () => {
    const options = await openOptions();
    await options.locator('input[name="language"][value="ja"]').check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Glossa の設定');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await options.locator('fieldset legend').first().textContent()).toBe('サイト');
    await options.close();
  });

  it('enables the key choice only for "hover with a key", and stores both', async () => {
    const options = await openOptions();
    const key = options.locator('select[name="modifierKey"]');
    expect(await key.isDisabled()).toBe(true);
    await options.locator('input[name="trigger"][value="modifier"]').check();
    await expect.poll(() => key.isDisabled()).toBe(false);
    await key.selectOption('Shift');
    await expect.poll(async () => stored()).toMatchObject({ trigger: 'modifier', modifierKey: 'Shift' });
    await options.close();
  });
});

describe('the popup’s Options button', () => {
  it('opens the options page', async () => {
    const page = await openArticle(h, DEMO_URL);
    const popup = await openPopup(h, await tabIdOf(h, DEMO_URL));
    const opened = h.context.waitForEvent('page', (p) => p.url().endsWith('/options.html'));
    await popup.locator('button.options-link').click();
    const options = await opened;
    await options.waitForSelector('fieldset');
    expect(await options.locator('h1').textContent()).toBe('Glossa options');
    await Promise.all([page.close(), popup.close(), options.close()]);
  });
});

describe('options applied live to open tabs', () => {
  afterEach(clearOptions);

  it('[content script] turns annotation off and on for one site, and the popup says why', async () => {
    const page = await openArticle(h, SAVED.pmcNew.url);
    expect(await page.locator('[data-glossa-term]').count()).toBeGreaterThan(0);
    const options = await openOptions();
    await options.locator('input[name="sites"][value="pmc-new"]').uncheck();
    // LEAD-WIRING: the content script stops when its site is switched off.
    await page.waitForSelector('html[data-glossa-state="off"]');
    expect(await page.locator('[data-glossa-term], [data-glossa-ui]').count()).toBe(0);
    const popup = await openPopup(h, await tabIdOf(h, SAVED.pmcNew.url));
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toMatch(/turned off for this site/);
    await popup.close();
    await options.locator('input[name="sites"][value="pmc-new"]').check();
    await page.waitForSelector('html[data-glossa-state="ready"]');
    await expect.poll(() => page.locator('[data-glossa-term]').count()).toBeGreaterThan(0);
    await Promise.all([page.close(), options.close()]);
  });

  it('[content script] annotates only the chosen kinds of terms', async () => {
    const page = await openArticle(h, DEMO_URL);
    const before = Object.keys(await annotatedTerms(page));
    const off: Array<Category | 'paper'> = ['receptor', 'drug'];
    expect(before.some((id) => off.includes(categoryOf(id)))).toBe(true);
    const options = await openOptions();
    for (const category of off) await options.locator(`input[name="categories"][value="${category}"]`).uncheck();
    // The content script redoes its pass with only terms of the chosen categories. The new pass marks the first
    // viewport before the rest, so wait for the whole of it, not only for the unchosen kinds to be gone.
    const kept = before.filter((id) => !off.includes(categoryOf(id))).sort();
    expect(kept.length).toBeGreaterThan(0);
    await expect.poll(async () => Object.keys(await annotatedTerms(page)).sort()).toEqual(kept);
    await options.locator('button[data-categories="all"]').click();
    await expect.poll(async () => Object.keys(await annotatedTerms(page)).sort()).toEqual(before.sort());
    await Promise.all([page.close(), options.close()]);
  });

  it('[content script] opens explanations only on click when "click only" is chosen', async () => {
    const page = await openArticle(h, DEMO_URL);
    const options = await openOptions();
    await options.locator('input[name="trigger"][value="click"]').check();
    await expect.poll(async () => (await stored())?.trigger).toBe('click');
    await page.bringToFront();
    const term = page.locator('#abstract [data-glossa-term="kcc2"]').first();
    await term.hover();
    await page.waitForTimeout(900);
    // LEAD-WIRING: the tooltip controller ignores hover in click mode.
    expect(await tooltip(page).isVisible()).toBe(false);
    await term.click();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await Promise.all([page.close(), options.close()]);
  });

  it('[content script] opens explanations on hover only while the chosen key is held', async () => {
    const page = await openArticle(h, DEMO_URL);
    const options = await openOptions();
    await options.locator('input[name="trigger"][value="modifier"]').check();
    await options.locator('select[name="modifierKey"]').selectOption('Shift');
    await expect.poll(async () => stored()).toMatchObject({ trigger: 'modifier', modifierKey: 'Shift' });
    await page.bringToFront();
    const term = page.locator('#abstract [data-glossa-term="dnic"]').first();
    await term.hover();
    await page.waitForTimeout(900);
    // LEAD-WIRING: hover opens nothing without the key…
    expect(await tooltip(page).isVisible()).toBe(false);
    // …and pressing it over the term opens the explanation.
    await page.keyboard.down('Shift');
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Escape');
    await Promise.all([page.close(), options.close()]);
  });

  it('[content script] shows explanations in the chosen language and text size', async () => {
    const page = await openArticle(h, DEMO_URL);
    const term = page.locator('#abstract [data-glossa-term="kcc2"]').first();
    const nameHeight = async () => {
      await term.click();
      await expect.poll(() => tooltip(page).isVisible()).toBe(true);
      const height = await tooltip(page)
        .locator('.card .name')
        .evaluate((el) => el.getBoundingClientRect().height);
      await page.keyboard.press('Escape');
      return height;
    };
    const normal = await nameHeight();
    const options = await openOptions();
    await options.locator('input[name="textSize"][value="130"]').check();
    await options.locator('input[name="language"][value="ja"]').check();
    await expect.poll(async () => stored()).toMatchObject({ textSize: 130, language: 'ja' });
    await page.bringToFront();
    await page.waitForSelector('html[data-glossa-state="ready"]');
    // LEAD-WIRING: the tooltip is drawn in the chosen language and size.
    await expect
      .poll(async () => {
        await term.click();
        const lang = await tooltip(page)
          .locator('.card')
          .getAttribute('lang', { timeout: 2000 })
          .catch(() => null);
        await page.keyboard.press('Escape');
        return lang;
      })
      .toBe('ja');
    expect(await nameHeight()).toBeGreaterThan(normal * 1.2);
    await Promise.all([page.close(), options.close()]);
  });
});
