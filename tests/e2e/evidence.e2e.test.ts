/**
 * The evidence a reader can weigh, end to end in real Chromium with the
 * built extension, in English and in Japanese: what a claim is and the
 * legend of the evidence scale in the popup, the tooltip and the side
 * panel; every chip (direction, evidence, "not verified") explained on hover
 * and on keyboard focus, with the explanation as the chip's accessible
 * description; related claims ranked on the smoking-cue paper (PMC2633119)
 * with the rest folded behind a keyboard-operable, announced "more".
 *
 * Japanese: the popup follows the options' language; the tooltip and the
 * side panel speak the browser's language, so they are checked in a
 * Japanese Chromium (LANGUAGE=ja, which needs Debian's chromium-l10n).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_URL, openArticle, openPopup, SAVED, SCREENSHOTS, startHarness, tabIdOf, type Harness } from './harness';
import { bundled } from '../../lib/glossary/data';
import { EVIDENCE_SCALE } from '../../lib/claims/evidence';
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';

type Messages = Record<string, { message: string }>;
const MESSAGES: Record<'en' | 'ja', Messages> = { en, ja };
const msg = (lang: 'en' | 'ja', key: string, ...subs: string[]) =>
  MESSAGES[lang][key].message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
const termName = (id: string, lang: 'en' | 'ja') => bundled.terms.find((t) => t.id === id)!.name[lang];
const claim = (id: string) => bundled.claims.find((c) => c.id === id)!;
const explanation = (lang: 'en' | 'ja', kind: string) => {
  const level = EVIDENCE_SCALE.find((l) => l.kind === kind)!;
  return `${msg(lang, 'evidence_level', String(level.steps), '4')} ${msg(lang, `evidence_explain_${kind.replace(/-/g, '_')}`)}`;
};

const SMOKING = SAVED.pmcNew;
const ESTROGEN = 'ovariectomy-hyperalgesia-reversed-by-estrogen-rodents';
const PFC = 'endogenous-inhibition-needs-pfc-pag-rvm';

async function setLanguage(h: Harness, language: 'en' | 'ja' | undefined) {
  await h.worker.evaluate(async (v) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void>; remove(k: string): Promise<void> } } } }
    ).chrome;
    if (v === undefined) await api.storage.local.remove('options');
    else await api.storage.local.set({ options: { language: v } });
  }, language);
}

/** The explanation a chip names with aria-describedby (its accessible description). */
async function describedBy(chip: Locator): Promise<{ text: string; visible: boolean }> {
  // A chip that is gone (its tooltip closed) fails here at once instead of waiting for the test's timeout.
  return chip.evaluate(
    (el) => {
      const id = el.getAttribute('aria-describedby')!;
      const tip = (el.getRootNode() as Document | ShadowRoot).getElementById(id)!;
      return { text: tip.textContent ?? '', visible: tip.getBoundingClientRect().width > 0 && getComputedStyle(tip).display !== 'none' };
    },
    undefined,
    { timeout: 5000 },
  );
}

/** Hover shows the explanation, leaving hides it; keyboard focus shows it, Escape hides it. */
async function checkExplained(page: Page, chip: Locator, expected: string) {
  const tip = async () => describedBy(chip);
  expect((await tip()).text).toBe(expected);
  expect((await tip()).visible).toBe(false);
  await chip.scrollIntoViewIfNeeded();
  const box = (await chip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(async () => (await tip()).visible).toBe(true);
  await page.mouse.move(1, 1);
  await expect.poll(async () => (await tip()).visible).toBe(false);
}

/** The chip's role, accessible name and description, from Chromium's accessibility tree (CDP). */
async function accessible(page: Page, target: Locator): Promise<{ role: string; name: string; description: string }> {
  await target.evaluate((el) => {
    (globalThis as unknown as { glossaProbe: Element }).glossaProbe = el;
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'globalThis.glossaProbe' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId!, fetchRelatives: false });
    const node = nodes[0];
    return {
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      description: String(node.description?.value ?? ''),
    };
  } finally {
    await cdp.detach();
  }
}

/** Presses Tab from `from` (focused first) until `chip` has focus. */
async function tabTo(page: Page, from: Locator, chip: Locator, maxTabs = 40) {
  await from.focus();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await chip.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el)) return;
  }
  throw new Error('the chip was not reached with Tab');
}

const tooltipBox = (page: Page) => page.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');

/** Pins the tooltip of a term on the demo page (a click) and returns its evidence section. */
async function pinTooltip(page: Page, termId: string): Promise<Locator> {
  await page.keyboard.press('Escape');
  await page.locator(`#abstract [data-glossa-term="${termId}"]`).first().click();
  await expect.poll(() => tooltipBox(page).isVisible()).toBe(true);
  const section = page.locator('[data-glossa-ui="tooltip"] [data-glossa-term-evidence]');
  await expect.poll(() => section.isVisible()).toBe(true);
  return section;
}

/** The kinds of a term's claims, strongest first, with their counts. */
function expectedCounts(termId: string) {
  const kinds = bundled.claims.filter((c) => c.terms.includes(termId)).map((c) => c.evidence);
  return EVIDENCE_SCALE.flatMap(({ kind }) => {
    const n = kinds.filter((k) => k === kind).length;
    return n ? [{ kind, count: n }] : [];
  });
}

/** Checks the tooltip's evidence section of a term in `lang`: counts, hover and keyboard explanations, the legend. */
async function checkTooltip(page: Page, lang: 'en' | 'ja', termId: string) {
  const section = await pinTooltip(page, termId);
  const total = bundled.claims.filter((c) => c.terms.includes(termId)).length;
  expect(await section.locator('.gl-term-evidence-heading').textContent()).toBe(msg(lang, 'evidence_term_heading', String(total)));
  const chips = section.locator('button.gl-chip.evidence');
  const counts = await chips.evaluateAll((els) =>
    els.map((el) => ({
      kind: (el as HTMLElement).dataset.evidence,
      count: Number(el.querySelector('.gl-chip-count')!.textContent!.slice(1)),
    })),
  );
  expect(counts).toEqual(expectedCounts(termId));
  const first = chips.first();
  await checkExplained(page, first, explanation(lang, counts[0].kind!));
  // Keyboard: from the legend, Shift+Tab goes back to the last chip.
  const last = chips.last();
  await section.locator('[data-glossa-evidence-legend] summary').focus();
  await page.keyboard.press('Shift+Tab');
  expect(await last.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
  await expect.poll(async () => (await describedBy(last)).visible).toBe(true);
  expect((await describedBy(last)).text).toBe(explanation(lang, counts[counts.length - 1].kind!));
  // Escape closes the explanation first, then the tooltip.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await describedBy(last)).visible).toBe(false);
  expect(await tooltipBox(page).isVisible()).toBe(true);
  // The legend opens with the keyboard and lists the scale.
  const summary = section.locator('[data-glossa-evidence-legend] summary');
  expect(await summary.textContent()).toBe(msg(lang, 'evidence_legend'));
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => section.locator('.gl-legend-scale').isVisible()).toBe(true);
  expect(await section.locator('.gl-legend-claim').textContent()).toBe(msg(lang, 'evidence_what_claim'));
  expect(await section.locator('.gl-legend-scale li .gl-chip-label').allTextContents()).toEqual(
    EVIDENCE_SCALE.map((l) => msg(lang, `evidence_${l.kind.replace(/-/g, '_')}`)),
  );
  await page.screenshot({ path: fileURLToPath(new URL(`evidence-tooltip-${lang}.png`, SCREENSHOTS)) });
  await page.keyboard.press('Escape');
}

async function openSidePanel(h: Harness, tabId: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 460, height: 960 });
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
  await page.waitForSelector('#panel-claims li.claim');
  return page;
}

/** The side panel's related claims in `lang`: ranked and folded, legend, chips explained by hover and by Tab. */
async function checkSidePanel(panel: Page, lang: 'en' | 'ja') {
  const shown = await panel.$$eval('#panel-claims ul.claims:not(.gl-more-claims) > li.claim', (els) =>
    els.map((el) => (el as HTMLElement).dataset.claim),
  );
  expect(shown[0]).toBe(PFC);
  expect(shown).not.toContain(ESTROGEN);
  expect(await panel.locator('#panel-claims .gl-claim-intro').textContent()).toBe(msg(lang, 'evidence_what_claim'));
  const summary = panel.locator('#panel-claims [data-glossa-evidence-legend] summary');
  expect(await summary.textContent()).toBe(msg(lang, 'evidence_legend'));
  await summary.focus();
  await panel.keyboard.press('Enter');
  await expect.poll(() => panel.locator('#panel-claims .gl-legend-scale').isVisible()).toBe(true);
  const c = claim(PFC);
  const item = panel.locator(`#panel-claims [data-claim="${PFC}"]`);
  const direction = item.locator('button.gl-chip.direction');
  expect(await direction.textContent()).toBe(
    `${termName(c.subject, lang)} → ${msg(lang, `evidence_dir_${c.direction}`)} → ${termName(c.object, lang)}`,
  );
  await checkExplained(
    panel,
    direction,
    msg(lang, `evidence_dir_explain_${c.direction}`, termName(c.subject, lang), termName(c.object, lang)),
  );
  const evidence = item.locator('button.gl-chip.evidence');
  await tabTo(panel, summary, evidence);
  await expect.poll(async () => (await describedBy(evidence)).visible).toBe(true);
  expect((await describedBy(evidence)).text).toBe(explanation(lang, c.evidence));
  await panel.screenshot({ path: fileURLToPath(new URL(`evidence-sidepanel-${lang}.png`, SCREENSHOTS)) });
  await panel.keyboard.press('Escape');
  await expect.poll(async () => (await describedBy(evidence)).visible).toBe(false);
  const more = panel.locator('#panel-claims button[data-claims-more]');
  await tabTo(panel, evidence, more);
  await panel.keyboard.press('Enter');
  await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
  expect(await panel.locator(`#panel-claims .gl-more-claims [data-claim="${ESTROGEN}"]`).isVisible()).toBe(true);
}

describe('in English', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('the popup on the smoking-cue paper', () => {
    let article: Page;
    let popup: Page;
    beforeAll(async () => {
      article = await openArticle(h, SMOKING.url);
      popup = await openPopup(h, await tabIdOf(h, SMOKING.url));
      await popup.waitForSelector('#map-claims li.claim');
    });
    afterAll(async () => {
      await Promise.all([article.close(), popup.close()]);
    });

    it('shows the claims central to the paper first and folds the estrogen claim behind "more"', async () => {
      const shown = await popup.$$eval('#map-claims ul.claims:not(.gl-more-claims) > li.claim', (els) =>
        els.map((el) => (el as HTMLElement).dataset.claim),
      );
      expect(shown[0]).toBe(PFC);
      expect(shown).not.toContain(ESTROGEN);
      expect(await popup.locator(`[data-claim="${ESTROGEN}"]`).count()).toBe(0);
      const more = popup.locator('#map-claims button[data-claims-more]');
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      // Keyboard: Tab to "more" and press Enter.
      await tabTo(popup, popup.locator('#map-claims summary'), more);
      await popup.keyboard.press('Enter');
      await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
      expect(await popup.locator(`#map-claims .gl-more-claims [data-claim="${ESTROGEN}"]`).isVisible()).toBe(true);
      const folded = await popup.locator('#map-claims .gl-more-claims li.claim').count();
      expect(await popup.locator('#map-claims [data-claims-announce]').textContent()).toBe(
        msg('en', 'evidence_more_shown', String(folded)),
      );
      expect(await popup.locator('#map-claims [data-claims-announce]').getAttribute('aria-live')).toBe('polite');
      await popup.keyboard.press('Enter');
      await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    });

    it('says what a claim is and opens the legend of the scale by keyboard, strongest kind first', async () => {
      expect(await popup.locator('#map-claims .gl-claim-intro').textContent()).toBe(msg('en', 'evidence_what_claim'));
      const summary = popup.locator('#map-claims [data-glossa-evidence-legend] summary');
      expect(await summary.textContent()).toBe(msg('en', 'evidence_legend'));
      expect(await popup.locator('#map-claims .gl-legend-scale').isVisible()).toBe(false);
      await summary.focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('#map-claims .gl-legend-scale').isVisible()).toBe(true);
      const items = await popup.$$eval('#map-claims .gl-legend-scale li', (els) =>
        els.map((el) => ({
          kind: (el as HTMLElement).dataset.evidence,
          label: el.querySelector('.gl-chip-label')!.textContent,
          steps: el.querySelectorAll('.gl-step.on').length,
        })),
      );
      expect(items).toEqual(
        EVIDENCE_SCALE.map((l) => ({ kind: l.kind, label: msg('en', `evidence_${l.kind.replace(/-/g, '_')}`), steps: l.steps })),
      );
      await popup.screenshot({ path: fileURLToPath(new URL('evidence-popup-legend.png', SCREENSHOTS)) });
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('#map-claims .gl-legend-scale').isVisible()).toBe(false);
    });

    it('names subject and object on the direction chip and explains both chips on hover and on focus', async () => {
      const item = popup.locator(`#map-claims [data-claim="${PFC}"]`);
      const c = claim(PFC);
      const direction = item.locator('button.gl-chip.direction');
      expect(await direction.textContent()).toBe(
        `${termName(c.subject, 'en')} → ${msg('en', `evidence_dir_${c.direction}`)} → ${termName(c.object, 'en')}`,
      );
      const directionText = msg('en', `evidence_dir_explain_${c.direction}`, termName(c.subject, 'en'), termName(c.object, 'en'));
      await checkExplained(popup, direction, directionText);
      const evidence = item.locator('button.gl-chip.evidence');
      expect(await evidence.textContent()).toBe(msg('en', `evidence_${c.evidence.replace(/-/g, '_')}`));
      await checkExplained(popup, evidence, explanation('en', c.evidence));

      // Keyboard: Tab reaches the chips in order; focus shows the explanation, Escape hides it.
      await tabTo(popup, popup.locator('#map-claims summary'), direction);
      await expect.poll(async () => (await describedBy(direction)).visible).toBe(true);
      await popup.keyboard.press('Tab');
      expect(await evidence.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(async () => (await describedBy(evidence)).visible).toBe(true);
      expect((await describedBy(direction)).visible).toBe(false);
      await popup.screenshot({ path: fileURLToPath(new URL('evidence-popup-chip.png', SCREENSHOTS)) });
      await popup.keyboard.press('Escape');
      await expect.poll(async () => (await describedBy(evidence)).visible).toBe(false);
      // What a screen reader announces with the chip: its name, and the explanation as its description.
      expect(await accessible(popup, evidence)).toEqual({
        role: 'button',
        name: msg('en', `evidence_${c.evidence.replace(/-/g, '_')}`),
        description: explanation('en', c.evidence),
      });
    });
  });

  it('explains the evidence in the tooltip: kinds of its claims, chips on hover and focus, the legend', async () => {
    const page = await openArticle(h, DEMO_URL);
    await checkTooltip(page, 'en', 'kcc2');
    await page.close();
  });

  it('ranks and explains the claims in the side panel', async () => {
    const article = await openArticle(h, SMOKING.url);
    const panel = await openSidePanel(h, await tabIdOf(h, SMOKING.url));
    await checkSidePanel(panel, 'en');
    await Promise.all([article.close(), panel.close()]);
  });

  it('marks a citation without a verified identifier and explains why it has no link', async () => {
    const article = await openArticle(h, DEMO_URL);
    const popup = await openPopup(h, await tabIdOf(h, DEMO_URL));
    await popup.waitForSelector('#map-claims li.claim');
    const unverified = popup.locator('#map-claims button.gl-chip.unverified').first();
    if (!(await unverified.count())) {
      // Every citation among the first claims is verified: open the folded ones.
      await popup.locator('#map-claims button[data-claims-more]').click();
    }
    await expect.poll(() => popup.locator('#map-claims button.gl-chip.unverified').count()).toBeGreaterThan(0);
    const mark = popup.locator('#map-claims button.gl-chip.unverified').first();
    expect(await mark.textContent()).toBe(msg('en', 'evidence_unverified'));
    await checkExplained(popup, mark, msg('en', 'evidence_unverified_explain'));
    // Its citation has no link.
    expect(await mark.evaluate((el) => el.closest('.citation-unverified')!.querySelector('a'))).toBeNull();
    await Promise.all([article.close(), popup.close()]);
  });

  it('follows the options language in the popup: Japanese legend, chips and explanations', async () => {
    await setLanguage(h, 'ja');
    const article = await openArticle(h, SMOKING.url);
    const popup = await openPopup(h, await tabIdOf(h, SMOKING.url));
    await popup.waitForSelector('#map-claims li.claim');
    expect(await popup.locator('main').getAttribute('lang')).toBe('ja');
    expect(await popup.locator('#map-claims .gl-claim-intro').textContent()).toBe(msg('ja', 'evidence_what_claim'));
    expect(await popup.locator('#map-claims [data-glossa-evidence-legend] summary').textContent()).toBe(msg('ja', 'evidence_legend'));
    const c = claim(PFC);
    const item = popup.locator(`#map-claims [data-claim="${PFC}"]`);
    const direction = item.locator('button.gl-chip.direction');
    expect(await direction.textContent()).toBe(
      `${termName(c.subject, 'ja')} → ${msg('ja', `evidence_dir_${c.direction}`)} → ${termName(c.object, 'ja')}`,
    );
    const evidence = item.locator('button.gl-chip.evidence');
    await checkExplained(popup, evidence, explanation('ja', c.evidence));
    await tabTo(popup, popup.locator('#map-claims summary'), evidence);
    await expect.poll(async () => (await describedBy(evidence)).visible).toBe(true);
    const total = Number(await popup.locator('#map-claims h2 .count').textContent());
    const shownCount = await popup.locator('#map-claims li.claim').count();
    expect(await popup.locator('#map-claims button[data-claims-more]').textContent()).toBe(
      msg('ja', 'evidence_more', String(total - shownCount)),
    );
    await popup.screenshot({ path: fileURLToPath(new URL('evidence-popup-ja.png', SCREENSHOTS)) });
    await setLanguage(h, undefined);
    await Promise.all([article.close(), popup.close()]);
  });
});

describe('in a Japanese browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { LANGUAGE: 'ja' } });
    const ui = await h.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    if (!ui.startsWith('ja'))
      throw new Error(`Chromium speaks "${ui}", not Japanese: install its language packs (apt-get install chromium-l10n)`);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('explains the evidence in the tooltip in Japanese', async () => {
    const page = await openArticle(h, DEMO_URL);
    await checkTooltip(page, 'ja', 'kcc2');
    await page.close();
  });

  it('ranks and explains the claims in the side panel in Japanese', async () => {
    const article = await openArticle(h, SMOKING.url);
    const panel = await openSidePanel(h, await tabIdOf(h, SMOKING.url));
    await checkSidePanel(panel, 'ja');
    await Promise.all([article.close(), panel.close()]);
  });
});
