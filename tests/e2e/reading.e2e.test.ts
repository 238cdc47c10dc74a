/**
 * Reading with Glossa as a patient would, in real Chromium with real mouse
 * and keyboard, in a Japanese and an English browser: the tooltip's compact
 * head and plain words first; the keyboard into and out of a pinned
 * tooltip; a hover right after a blur; the paper's own abbreviations; one
 * language (the option) on every surface, changing live; the popup and the
 * side panel at their sizes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO_URL,
  JAPANESE_BROWSER,
  openArticle,
  openExtensionPage,
  SAVED,
  setOptions,
  startHarness,
  tabIdOf,
  type Harness,
} from './harness';

const tooltip = (page: Page) => page.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');

/** The element focused inside the tooltip's shadow root, described. */
const focusedInTooltip = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-glossa-ui="tooltip"]');
    if (document.activeElement !== host) return undefined;
    const el = host!.shadowRoot!.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}.${el.className}` : undefined;
  });

describe('in a Japanese browser', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness({ args: JAPANESE_BROWSER });
    page = await openArticle(h, DEMO_URL);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the tooltip head gives the Japanese name and the English one once, and plain words come first', async () => {
    await page.locator('#abstract [data-glossa-term="dnic"]').first().hover();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    const head = (await tooltip(page).locator('.head').textContent()) ?? '';
    expect(head).toContain('広汎性侵害抑制調節（DNIC）');
    // The English name once, no "DNIC = …" expansion and no repeat.
    expect(head.split('Diffuse noxious inhibitory controls').length - 1).toBe(1);
    expect(head).not.toContain('=');
    // The plain words first, the expert definition after them.
    const parts = await tooltip(page).evaluate((box) =>
      [...box.querySelectorAll('[data-glossa-part]')].map((p) => p.getAttribute('data-glossa-part')),
    );
    expect(parts).toEqual(['plain', 'definition']);
    expect(await tooltip(page).locator('[data-glossa-part="plain"]').textContent()).toMatch(/^やさしい説明/);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
  });

  it('the extension pages speak Japanese, with lang="ja"', async () => {
    const tabId = await tabIdOf(h, DEMO_URL);
    for (const path of [`popup.html?tab=${tabId}`, `sidepanel.html?tab=${tabId}`, 'library.html', 'options.html']) {
      const ext = await openExtensionPage(h, path);
      await ext.waitForSelector('main');
      expect(await ext.evaluate(() => document.documentElement.lang), path).toBe('ja');
      await ext.close();
    }
  });

  it('with English chosen in the options, every surface switches to English at once, the open ones included', async () => {
    const tabId = await tabIdOf(h, DEMO_URL);
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`, { width: 360, height: 900 });
    const library = await openExtensionPage(h, 'library.html', { width: 900, height: 700 });
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    await panel.waitForSelector('.mechanism h2');
    expect(await panel.locator('.mechanism h2').textContent()).toBe('痛みが強まる・弱まるしくみ');
    const options = await openExtensionPage(h, 'options.html', { width: 900, height: 900 });
    await options.locator('[data-glossa-setting="language"][value="en"]').click();
    for (const [surface, heading, text] of [
      [panel, '.mechanism h2', 'How pain is turned up and down'],
      [library, 'h1', 'Glossa highlights library'],
      [popup, 'h1', 'Glossa'],
      [options, 'h1', 'Glossa options'],
    ] as const) {
      await expect.poll(() => surface.evaluate(() => document.documentElement.lang)).toBe('en');
      await expect.poll(() => surface.locator(heading).first().textContent()).toBe(text);
    }
    await expect.poll(() => popup.locator('#terms-heading').textContent()).toMatch(/^Terms on this page/);
    // The open article's tooltip too, without a reload.
    await page.bringToFront();
    await page.locator('#abstract [data-glossa-term="kcc2"]').first().click();
    await expect.poll(() => tooltip(page).locator('.card').getAttribute('lang')).toBe('en');
    await expect.poll(() => tooltip(page).locator('[data-glossa-part="plain"]').textContent()).toMatch(/^In plain words/);
    await page.keyboard.press('Escape');
    await setOptions(h, { language: 'auto' });
    await Promise.all([panel.close(), library.close(), popup.close(), options.close()]);
  });
});

describe('in an English browser', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await openArticle(h, DEMO_URL);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('Tab from a pinned term goes into its tooltip and through its controls; Escape returns to the term', async () => {
    await page.bringToFront();
    const term = page.locator('#abstract [data-glossa-term="dnic"][tabindex="0"]').first();
    await term.focus();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    expect(await term.getAttribute('aria-describedby')).toBe('glossa-tooltip');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-glossa-ui="tooltip"] button.close').count()).toBe(1);
    const controls = await tooltip(page).evaluate((box) =>
      [...box.querySelectorAll<HTMLElement>('button, a[href], summary, [tabindex="0"]')].map(
        (el) => `${el.tagName.toLowerCase()}.${el.className}`,
      ),
    );
    expect(controls.length).toBeGreaterThan(3);
    const visited: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      await page.keyboard.press('Tab');
      visited.push((await focusedInTooltip(page))!);
    }
    expect(visited).toEqual(controls);
    expect(visited.at(-1)).toBe('button.close');
    // Back up to the term with Shift+Tab from the first control…
    for (let i = 0; i < controls.length - 1; i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedInTooltip(page)).toBe(controls[0]);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glossa-term'))).toBe('dnic');
    expect(await tooltip(page).isVisible()).toBe(true);
    // …then in again, and Escape closes it and gives the focus back to the term.
    await page.keyboard.press('Tab');
    expect(await focusedInTooltip(page)).toBe(controls[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glossa-term'))).toBe('dnic');
    expect(await term.getAttribute('aria-describedby')).toBeNull();
  });

  it('Tab from the last control goes on to what follows the term in the page', async () => {
    const term = page.locator('#abstract [data-glossa-term="kcc2"][tabindex="0"]').first();
    await term.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-glossa-ui="tooltip"] button.close').count()).toBe(1);
    const expected = await term.evaluate((el) => {
      const all = [...document.querySelectorAll<HTMLElement>('#abstract [tabindex="0"], #abstract a[href]')];
      const next = all.find((x) => el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING && !el.contains(x));
      return next?.getAttribute('data-glossa-term') ?? next?.textContent;
    });
    const count = await tooltip(page).evaluate((box) => box.querySelectorAll('button, a[href], summary, [tabindex="0"]').length);
    for (let i = 0; i <= count; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glossa-term'))).toBe(expected);
    await page.keyboard.press('Escape');
  });

  it('a hover right after a keyboard focus and blur opens the hovered term', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = page.locator('#abstract [data-glossa-term][tabindex="0"]').first();
    await first.focus();
    await expect.poll(() => tooltip(page).isVisible()).toBe(true);
    // Another term in view, clear of the open tooltip.
    const target = await page.evaluate(() => {
      const host = document.querySelector('[data-glossa-ui="tooltip"]')!;
      const tip = host.shadowRoot!.querySelector('[role="tooltip"]')!.getBoundingClientRect();
      const focused = document.activeElement!.getAttribute('data-glossa-term');
      for (const el of document.querySelectorAll('#abstract [data-glossa-term]')) {
        const r = el.getBoundingClientRect();
        const clear = r.top > tip.bottom + 10 || r.bottom < tip.top - 10 || r.left > tip.right + 10 || r.right < tip.left - 10;
        if (
          clear &&
          r.bottom < innerHeight &&
          r.top > 0 &&
          el.getAttribute('data-glossa-term') !== focused &&
          !el.getAttribute('data-glossa-term')!.startsWith('paper:')
        )
          return { id: el.getAttribute('data-glossa-term')!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return undefined;
    });
    expect(target).toBeDefined();
    // Blur with a click on the empty margin, then at once onto the other term.
    await page.mouse.click(1250, 200);
    const blurred = Date.now();
    await page.mouse.move(target!.x, target!.y, { steps: 2 });
    expect(Date.now() - blurred).toBeLessThan(150);
    const name = await page.evaluate((id) => id, target!.id);
    await expect
      .poll(() => page.locator(`[data-glossa-term="${name}"][aria-describedby="glossa-tooltip"]`).count(), { timeout: 3000 })
      .toBeGreaterThan(0);
    expect(await tooltip(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
  });

  it("the paper's own abbreviation shows the paper's definition and the jump, no empty sections", async () => {
    await page.keyboard.press('Escape');
    await page.locator('[data-glossa-term="paper:VAS"]').nth(1).click();
    await expect.poll(() => tooltip(page).textContent()).toContain('visual analogue scale');
    const text = await tooltip(page).textContent();
    expect(text).not.toMatch(/Related claims|Related:|In plain words/);
    expect(await tooltip(page).locator('button.switch-lang').count()).toBe(0);
    expect(await tooltip(page).locator('button.goto-definition').count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('"Larger" text enlarges the box, and the order option puts the expert definition first', async () => {
    const term = page.locator('#abstract [data-glossa-term="kcc2"]').first();
    const measure = async () => {
      await term.click();
      await expect.poll(() => tooltip(page).isVisible()).toBe(true);
      const box = (await tooltip(page).boundingBox())!;
      const parts = await tooltip(page).evaluate((b) =>
        [...b.querySelectorAll('[data-glossa-part]')].map((p) => p.getAttribute('data-glossa-part')),
      );
      await page.keyboard.press('Escape');
      return { width: box.width, parts };
    };
    const normal = await measure();
    expect(normal.parts).toEqual(['plain', 'definition']);
    const options = await openExtensionPage(h, 'options.html', { width: 900, height: 900 });
    await options.locator('[data-glossa-setting="textSize"][value="130"]').click();
    await options.locator('[data-glossa-setting="cardOrder"][value="expert-first"]').click();
    await options.close();
    await page.bringToFront();
    await expect.poll(async () => (await measure()).parts).toEqual(['definition', 'plain']);
    expect((await measure()).width).toBeGreaterThan(normal.width * 1.2);
    await setOptions(h, {});
  });

  it('the options say what Language sets, and mark every control', async () => {
    const options = await openExtensionPage(h, 'options.html', { width: 900, height: 900 });
    await options.waitForSelector('fieldset');
    expect(await options.locator('#language-help').textContent()).toMatch(/interface.*explanations/);
    const unmarked = await options.$$eval('input, select', (els) =>
      els.filter((el) => !el.hasAttribute('data-glossa-setting')).map((el) => el.outerHTML),
    );
    expect(unmarked).toEqual([]);
    expect(
      await options.locator('[data-glossa-setting="language"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(expect.arrayContaining(['en', 'ja']));
    await options.close();
  });

  it('the popup: counts in words, folded groups, one count with the side panel', async () => {
    const tabId = await tabIdOf(h, DEMO_URL);
    const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('button.term', { state: 'attached' });
    const total = Number(await popup.locator('#terms-heading .count').textContent());
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`, { width: 360, height: 900 });
    await expect.poll(() => panel.locator('#tab-terms .count').textContent()).toBe(String(total));
    expect(await panel.locator('.page-terms button').count()).toBe(total);
    await panel.close();
    // Folded: the popup is short; a group opens with a click on its heading.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2400);
    const group = popup.locator('.group').filter({ has: popup.locator('button.term[data-term="kcc2"]') });
    await group.locator('summary').click();
    const count = (await popup.locator('button.term[data-term="kcc2"] .term-count').textContent()) ?? '';
    expect(count).toMatch(/^\d+ occurrences?$/);
    expect(count).not.toContain('×');
    await popup.close();
  });

  it('the popup on a PMC page: the DOI wraps at a slash, a section jump lands below the sticky header', async () => {
    const pmc = await openArticle(h, SAVED.pmcNew.url);
    const popup = await openExtensionPage(h, `popup.html?tab=${await tabIdOf(h, SAVED.pmcNew.url)}`, { width: 320, height: 600 });
    await popup.waitForSelector('.identity');
    const lines = await popup.locator('.identity .identifier').evaluateAll((els) =>
      els.map((el) => {
        // The text of each rendered line of the identifier.
        const range = document.createRange();
        const words: Array<{ top: number; text: string }> = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < (n as Text).length; i++) {
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            const last = words.at(-1);
            if (last && last.top === top) last.text += (n as Text).data[i];
            else words.push({ top, text: (n as Text).data[i] });
          }
        }
        return words.map((w) => w.text);
      }),
    );
    // No line of an identifier ends or starts inside a run of digits.
    for (const id of lines) {
      for (let i = 1; i < id.length; i++) expect(/\d$/.test(id[i - 1]) && /^\d/.test(id[i]), id.join(' | ')).toBe(false);
    }
    await popup.locator('.map-nav a[href="#map-paper"]').click();
    await expect
      .poll(async () => {
        const header = (await popup.locator('header.top').boundingBox())!;
        const heading = (await popup.locator('#paper-heading').boundingBox())!;
        return heading.y >= header.y + header.height - 1;
      })
      .toBe(true);
    await Promise.all([popup.close(), pmc.close()]);
  });

  it('the side panel at 360 px: the map first, legible labels, a chronic-pain view whose changes are marked and listed', async () => {
    const tabId = await tabIdOf(h, DEMO_URL);
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`, { width: 360, height: 900 });
    await panel.waitForSelector('[data-glossa-node][data-lit="true"]');
    expect((await panel.locator('.mechanism-map').boundingBox())!.y).toBeLessThan(450);
    const smallest = await panel.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.mechanism-map text')].map(
          (t) => Number.parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')!.getBoundingClientRect().width / 480),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
    await panel.locator('.views label').nth(1).click();
    await panel.waitForSelector('.changes li');
    const changed = await panel.locator('[data-glossa-edge][data-change]').count();
    expect(changed).toBeGreaterThan(0);
    expect(await panel.locator('.changes li').count()).toBe(changed);
    expect(await panel.locator('[data-glossa-edge][data-change] .halo').count()).toBe(changed);
    // Details open under the map, never over the node that opened them.
    const node = panel.locator('[data-glossa-node="pag"]');
    await node.click();
    await panel.waitForSelector('#mechanism-detail:not([hidden])');
    const a = (await node.boundingBox())!;
    const d = (await panel.locator('#mechanism-detail').boundingBox())!;
    expect(a.y + a.height <= d.y || d.y + d.height <= a.y).toBe(true);
    // The text view closes them.
    await panel.locator('[data-glossa-text-toggle]').click();
    await expect.poll(() => panel.locator('#mechanism-detail').isHidden()).toBe(true);
    // The term list is one tab away, by keyboard too.
    await panel.locator('[data-glossa-panel-tab="map"]').focus();
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => panel.locator('.page-terms').isVisible()).toBe(true);
    await panel.close();
  });
});
