/**
 * A publisher site in real Firefox ESR: a build of the add-on whose
 * manifest grants the PLOS origin at install (MV2: in `permissions`). The
 * background registers the publisher content script for the origin with
 * scripting.registerContentScripts at start-up, and that is all it takes:
 * the saved PLOS page served at its address is read inside its article and
 * never in its reference list (the places the Chromium test checks, in
 * tests/e2e/publisher-pages.e2e.test.ts), and a real mouse hover on a term
 * opens the tooltip with its plain-language part.
 *
 * The page's address carries its DOI in the query (?id=10.1371/…): this
 * test is the one that caught the publisher script stopping before its first
 * pass in Firefox, where the iterators URLSearchParams returns are not
 * iterable in a content script (lib/sites/metadata.ts, doiFromUrl).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { bundled } from '../../lib/glossary/data';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/firefox.mjs';
import { publisherPage, readPublisherPage } from '../saved-publisher-pages';
import { annotatedTerms, type FirefoxHarness, startFirefox, TEST_RESULTS, tooltipState, type TooltipState } from './harness';

const PLOS = publisherPage('plos');
const ORIGIN = 'https://journals.plos.org/*';
/** Where the PLOS page's prose is, and where its references are (as in the Chromium test). */
const ARTICLE = '#artText';
const REFERENCES = 'ol.references';
let ff: FirefoxHarness;

beforeAll(async () => {
  const dir = fileURLToPath(new URL('extensions/firefox-plos-granted/', TEST_RESULTS));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as { permissions: string[] };
  manifest.permissions = [...manifest.permissions, ORIGIN];
  writeFileSync(`${dir}manifest.json`, JSON.stringify(manifest, null, 2));
  ff = await startFirefox({ extensionDir: dir });
  ff.serve(PLOS.url, readPublisherPage(PLOS));
});
afterAll(async () => {
  await ff?.close();
});

/** The origins the background registered the publisher content script for. */
const registered = () =>
  ff.inExtension(async (api) => (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []), null);

/** The English name of a glossary term. */
const nameOf = (termId: string) => bundled.terms.find((t) => t.id === termId)?.name.en;

it('registers the publisher content script for the origin the manifest grants', async () => {
  await expect.poll(registered, { timeout: 20_000 }).toEqual([ORIGIN]);
});

it('reads the saved PLOS page inside its article, never in its references, and opens the tooltip on a real hover', async () => {
  // The page is opened once the script is registered for its origin (the background does it at start-up).
  await expect.poll(registered, { timeout: 20_000 }).toEqual([ORIGIN]);
  const page: Page = await ff.openArticle(PLOS.url);

  const terms = await annotatedTerms(page);
  expect(Object.keys(terms).length).toBeGreaterThan(0);
  const placed = await page.evaluate(
    (article: string, references: string) => {
      const all = [...document.querySelectorAll('[data-glossa-term]')];
      return {
        inArticle: all.filter((el) => el.closest(article)).length,
        inReferences: all.filter((el) => el.closest(references)).length,
        referencesOnPage: document.querySelectorAll(references).length,
        referenceItems: document.querySelectorAll(`${references} li`).length,
        inScripts: all.filter((el) => el.closest('script, style, nav, aside, header nav, footer')).length,
        // Words read as terms in the article that the reference list has too (so that none there means it was left out).
        sharedWithReferences: [...new Set(all.filter((el) => el.closest(article)).map((el) => el.textContent ?? ''))].filter(
          (text) => text.length > 2 && document.querySelector(references)?.textContent?.includes(text),
        ),
      };
    },
    ARTICLE,
    REFERENCES,
  );
  expect(placed.inArticle).toBeGreaterThan(0);
  expect(placed.referencesOnPage).toBeGreaterThan(0);
  expect(placed.referenceItems).toBeGreaterThan(0);
  expect(placed.sharedWithReferences.length).toBeGreaterThan(0);
  expect(placed.inReferences).toBe(0);
  expect(placed.inScripts).toBe(0);

  // A real hover (the mouse moved over it by WebDriver BiDi input actions) on a glossary term of the article's body
  // (not one of the paper's own abbreviations, whose tooltip has no plain-language part).
  const term = await page.waitForSelector(`${ARTICLE} [data-glossa-term][tabindex="0"]:not([data-glossa-term^="paper:"])`);
  const id = (await term!.evaluate((el) => el.getAttribute('data-glossa-term')))!;
  await term!.hover();
  await expect.poll(() => tooltipState(page)).toMatchObject({ visible: true } satisfies Partial<TooltipState>);
  const state = await tooltipState(page);
  expect(nameOf(id), `${id} is a glossary term`).toBeDefined();
  expect(state.text).toContain(nameOf(id));
  expect(state.plain.length).toBeGreaterThan(0);
  expect(state.definition.length).toBeGreaterThan(0);
  expect(await term!.evaluate((el) => el.getAttribute('aria-describedby'))).toBe('glossa-tooltip');
  await page.mouse.move(2, 2);
  await expect.poll(() => tooltipState(page)).toMatchObject({ visible: false } satisfies Partial<TooltipState>);
  await term!.dispose();
  await page.close();
});
