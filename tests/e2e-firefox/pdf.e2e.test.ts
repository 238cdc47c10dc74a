/**
 * Glossa's PDF reader in real Firefox ESR (the MV2 build): the test PDF
 * (scripts/make-test-pdf.mjs) opened as a local file picked on the reader
 * (no permission), its text layer annotated as Chromium annotates it (each
 * hard case), a term's tooltip on a real hover, and the popup's reading map
 * for the reader's tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEMO_PDF, pdfPath, termMatches } from '../e2e/pdf';
import { centreOf, type FirefoxHarness, startFirefox, tooltipState } from './harness';

const DONE = 'html[data-glossa-pdf="laid-out"][data-glossa-state="ready"]';

let ff: FirefoxHarness;
let reader: Page;

beforeAll(async () => {
  ff = await startFirefox();
  reader = await ff.openExtensionPage('pdf.html');
  await reader.waitForSelector('html[data-glossa-pdf="pick"]');
  const input = await reader.$('#file-input');
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(pdfPath(DEMO_PDF.file));
  await reader.waitForSelector(DONE, { timeout: 40_000 });
});
afterAll(async () => {
  await ff?.close();
});

/** Each match of a term: its pieces' text joined with "|" (pieces in DOM order). */
function matchesOf(page: Page, termId: string): Promise<string[]> {
  return page.evaluate(termMatches, termId);
}

describe('the PDF reader in Firefox', () => {
  it('reads the test PDF’s hard cases as in Chromium', async () => {
    expect(await reader.$eval('#doc-id', (el) => el.textContent)).toBe('doi:10.5555/glossa-demo.2026');
    expect(await matchesOf(reader, 'dnic')).toContain('Diffuse noxious inhibi-|tory controls');
    expect(await matchesOf(reader, 'chronic-tension-type-headache')).toEqual(
      expect.arrayContaining(['chronic tension-type head-|ache', 'chronic tension-|type headache']),
    );
    expect(await matchesOf(reader, 'descending-facilitation')).toContain('facilitation|Descending');
    expect(await matchesOf(reader, 'htr3')).toContain('5-HT|3|receptors');
    expect(await matchesOf(reader, 'kcc2')).toContain('KCC2');
    expect(await matchesOf(reader, 'fibromyalgia')).toEqual(['fibromyalgia']);
    const pageTwo = await reader.$$eval('.page[data-page-number="2"] [data-glossa-term]', (els) =>
      els.map((e) => e.getAttribute('data-glossa-term')),
    );
    expect(pageTwo).toEqual(expect.arrayContaining(['dnic', 'cpm', 'kcc2']));
  });

  it('opens a term’s tooltip on a real hover', async () => {
    const { x, y } = await centreOf(reader, '[data-glossa-term="kcc2"]');
    await reader.mouse.move(x, y);
    await expect.poll(() => tooltipState(reader)).toMatchObject({ visible: true });
    expect((await tooltipState(reader)).text).toMatch(/KCC2/);
    await reader.mouse.move(2, 2);
  });

  it('gives the popup the reader tab’s reading map', async () => {
    const tabId = await ff.inExtension(async (api) => {
      const tabs = await api.tabs.query({});
      return tabs.find((t) => (t.url ?? '').includes('/pdf.html'))!.id!;
    }, null);
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await expect.poll(() => popup.evaluate(() => document.body.textContent ?? '')).toContain('5-HT3 receptor');
    await popup.close();
  });
});
