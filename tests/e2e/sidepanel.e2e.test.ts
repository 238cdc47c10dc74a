/**
 * The side panel and its mechanism map, end to end in real Chromium with the
 * built extension: the demo article (5-HT3, KCC2, DNIC) is the tab described;
 * its terms light their nodes and only those; the chronic-pain view redraws
 * the edges; Enter and clicks open cards; the text alternative; SVG and PNG
 * export; following the active tab; and a screenshot for the README. Also
 * checks that nothing of the map is bundled into the content script.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activeTabId, annotatedTerms, DEMO_URL, openArticle, SCREENSHOTS, startHarness, tabIdOf, type Harness } from './harness';
import map from '../../data/mechanism.json';

const out = new URL('../../.output/chrome-mv3/', import.meta.url);
const mapTerms = new Set(map.nodes.map((n) => n.term));

let h: Harness;
let article: Page;
let panel: Page;

/** Opens the side panel page as a tab, for a given tab or (without one) following the active tab. */
async function openSidePanel(tabId?: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 460, height: 960 });
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return page;
}

const litNodes = (page: Page) =>
  page.$$eval('[data-glossa-node][data-lit="true"]', (els) => els.map((e) => e.getAttribute('data-glossa-node')!).sort());
const edgeAttr = (page: Page, id: string, attr: string) => page.locator(`[data-glossa-edge="${id}"] path.line`).getAttribute(attr);
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-glossa-node') ?? el?.getAttribute('data-glossa-edge') ?? el?.tagName;
  });

beforeAll(async () => {
  h = await startHarness();
  mkdirSync(SCREENSHOTS, { recursive: true });
  article = await openArticle(h, DEMO_URL);
  panel = await openSidePanel(await tabIdOf(h, DEMO_URL));
  await panel.waitForSelector('[data-glossa-node="htr3"][data-lit="true"]');
});
afterAll(async () => {
  await h?.close();
});

describe('built extension', () => {
  it('declares the side panel (Chrome side_panel with its permission)', () => {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', out), 'utf8'));
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.permissions).toContain('sidePanel');
  });

  it('keeps the mechanism map out of the content script', () => {
    const content = readFileSync(new URL('content-scripts/content.js', out), 'utf8');
    for (const marker of ['data-glossa-edge', 'nrm-dorsal-horn-switch', 'glossa-mechanism-map', 'markerUnits'])
      expect(content).not.toContain(marker);
  });
});

describe('side panel on the demo article', () => {
  it('lights exactly the map nodes whose terms are on the page', async () => {
    const lit = await litNodes(panel);
    expect(lit).toEqual(expect.arrayContaining(['dnic', 'htr3', 'kcc2']));
    const onPage = Object.keys(await annotatedTerms(article));
    expect(lit).toEqual(onPage.filter((id) => mapTerms.has(id)).sort());
    for (const id of ['insular-cortex', 'acc', 'amygdala', 'locus-coeruleus', 'nkcc1']) {
      const node = panel.locator(`[data-glossa-node="${id}"]`);
      await expect.poll(() => node.count()).toBe(1);
      expect(await node.getAttribute('data-lit')).toBeNull();
    }
    // The page's terms are listed too, the paper's own abbreviations included: the popup's list and count.
    const listed = await panel.$$eval('.page-terms [data-term]', (els) => els.map((e) => e.getAttribute('data-term')));
    expect(new Set(listed)).toEqual(new Set(onPage));
  });

  it('gives every node and edge an accessible name', async () => {
    const names = await panel.$$eval('[data-glossa-node], [data-glossa-edge]', (els) =>
      els.map((e) => ({ role: e.getAttribute('role'), name: e.getAttribute('aria-label') ?? '' })),
    );
    expect(names.length).toBe(map.nodes.length + map.edges.length);
    for (const { role, name } of names) {
      expect(role).toBe('button');
      expect(name.length).toBeGreaterThan(3);
    }
    expect(await panel.locator('[data-glossa-node="htr3"]').getAttribute('aria-label')).toMatch(/5-HT3 receptor, on this page/);
  });

  it('redraws the edges for chronic pain: weaker inhibition, stronger 5-HT3 facilitation, the KCC2 switch', async () => {
    const before = {
      kcc2: Number(await edgeAttr(panel, 'kcc2-chloride', 'stroke-width')),
      htr3: Number(await edgeAttr(panel, 'nrm-htr3', 'stroke-width')),
      dnic: Number(await edgeAttr(panel, 'dnic-projection', 'stroke-width')),
      pfc: Number(await edgeAttr(panel, 'pfc-pag', 'stroke-width')),
      switchMarker: await edgeAttr(panel, 'nrm-dorsal-horn-switch', 'marker-end'),
      caption: await panel.locator('.caption-evidence').textContent(),
    };
    await panel.locator('[data-glossa-view="chronic"]').check();
    await panel.waitForSelector('svg.mechanism-map.view-chronic');
    expect(Number(await edgeAttr(panel, 'kcc2-chloride', 'stroke-width'))).toBeLessThan(before.kcc2);
    expect(Number(await edgeAttr(panel, 'dnic-projection', 'stroke-width'))).toBeLessThan(before.dnic);
    expect(Number(await edgeAttr(panel, 'nrm-htr3', 'stroke-width'))).toBeGreaterThan(before.htr3);
    expect(Number(await edgeAttr(panel, 'pfc-pag', 'stroke-width'))).toBe(before.pfc);
    expect(before.switchMarker).toContain('glossa-bar-switches');
    expect(await edgeAttr(panel, 'nrm-dorsal-horn-switch', 'marker-end')).toContain('glossa-arrow-switches');
    expect(await panel.locator('[data-glossa-edge="nrm-dorsal-horn-switch"]').getAttribute('aria-label')).toMatch(/switched/);
    // Human evidence is solid, animal-only dashed.
    expect(await edgeAttr(panel, 'dnic-projection', 'stroke-dasharray')).toBeNull();
    expect(await edgeAttr(panel, 'kcc2-chloride', 'stroke-dasharray')).toBe('7 4');
    const caption = await panel.locator('.caption-evidence').textContent();
    expect(caption).not.toBe(before.caption);
    expect(caption).toMatch(/nerve-injured mice/);
    // The lit nodes stay lit in the other view.
    expect(await litNodes(panel)).toEqual(expect.arrayContaining(['dnic', 'htr3', 'kcc2']));
  });

  it('moves along edges with the arrow keys; Enter opens the glossary card; Escape closes it', async () => {
    await panel.locator('[data-glossa-node="prefrontal-cortex"]').focus();
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => focused(panel)).toBe('pfc-pag');
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => focused(panel)).toBe('pag');
    await panel.keyboard.press('Enter');
    const detail = panel.locator('#mechanism-detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    await expect.poll(() => detail.textContent()).toMatch(/Periaqueductal gray/);
    expect(await detail.locator('a.review').getAttribute('href')).toMatch(/^https:\/\/(pmc|pubmed)\.ncbi\.nlm\.nih\.gov\//);
    await panel.keyboard.press('Escape');
    await expect.poll(() => detail.isVisible()).toBe(false);
    await expect.poll(() => focused(panel)).toBe('pag');
  });

  it("opens a link's claims with citations and the review on click", async () => {
    await panel.locator('[data-glossa-edge="dnic-projection"]').click();
    const card = panel.locator('[data-glossa-edge-detail="dnic-projection"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('[data-claim]').count()).toBe(map.edges.find((e) => e.id === 'dnic-projection')!.claims.length);
    const links = await card.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(3);
    for (const url of links) expect(url).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
    expect(await card.locator('a.review').count()).toBe(1);
    await card.locator('button.close').click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('shows the text alternative in one click', async () => {
    await panel.locator('[data-glossa-text-toggle]').click();
    const list = panel.locator('ol[data-glossa-text] > li');
    await expect.poll(() => list.count()).toBe(map.nodes.length);
    expect(await panel.locator('ol[data-glossa-text] button.link').count()).toBe(map.edges.length);
    expect(await list.first().textContent()).toMatch(/Prefrontal cortex/);
    await panel.locator('[data-glossa-text-toggle]').click();
    await panel.waitForSelector('svg.mechanism-map');
  });

  it('exports the view as a valid SVG with its caption and citations', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-glossa-export="svg"]').click()]);
    expect(download.suggestedFilename()).toBe('glossa-mechanism-map-chronic.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    const parsed = await panel.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        title: doc.querySelector('title')?.textContent,
        lit: [...doc.querySelectorAll('[data-lit="true"]')].map((e) => e.getAttribute('data-glossa-node')),
        nodes: doc.querySelectorAll('[data-glossa-node]').length,
        caption: [...doc.querySelectorAll('text.caption')].map((e) => e.textContent).join(' '),
        citations: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe('Glossa mechanism map');
    expect(parsed.nodes).toBe(map.nodes.length);
    expect(parsed.lit).toEqual(expect.arrayContaining(['dnic', 'htr3', 'kcc2']));
    expect(parsed.caption).toMatch(/Shown in people:.*Shown only in animals:/s);
    expect(parsed.citations.length).toBeGreaterThan(10);
    for (const url of parsed.citations) expect(url).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
  });

  it('exports a PNG', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-glossa-export="png"]').click()]);
    expect(download.suggestedFilename()).toBe('glossa-mechanism-map-chronic.png');
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR width: the export is drawn at twice its size.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
  });

  it('draws the healthy and the chronic-pain map, each in its screenshot', async () => {
    await panel.setViewportSize({ width: 560, height: 1000 });
    await panel.locator('[data-glossa-view="healthy"]').check();
    await panel.waitForSelector('svg.mechanism-map.view-healthy');
    // No hover or focus ring in the picture.
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.mouse.move(550, 5);
    await panel.locator('svg.mechanism-map').screenshot({ path: fileURLToPath(new URL('mechanism-map.png', SCREENSHOTS)) });
    await panel.locator('[data-glossa-view="chronic"]').check();
    await panel.locator('svg.mechanism-map').screenshot({ path: fileURLToPath(new URL('mechanism-map-chronic.png', SCREENSHOTS)) });
  });
});

describe('side panel and the active tab', () => {
  it('says so when the tab is not a page Glossa runs on', async () => {
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const other = await openSidePanel(await activeTabId(h, blank));
    await expect.poll(() => other.locator('[role="status"]').textContent()).toMatch(/works on PubMed and PMC article pages/);
    expect(await other.locator('[data-glossa-node]').count()).toBe(map.nodes.length);
    expect(await litNodes(other)).toEqual([]);
    await Promise.all([blank.close(), other.close()]);
  });

  it('follows the active tab and its page loads', async () => {
    // Opened as a tab, the panel's window's active tab is at first the panel itself: not an article.
    const follower = await openSidePanel();
    await expect.poll(() => follower.locator('[role="status"]').textContent()).toMatch(/works on PubMed and PMC article pages/);
    await article.bringToFront();
    await expect.poll(() => litNodes(follower), { timeout: 10_000 }).toEqual(expect.arrayContaining(['dnic', 'htr3', 'kcc2']));
    // The tab loads another page: the panel asks again.
    await article.goto('about:blank');
    await expect.poll(() => litNodes(follower), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => follower.locator('[role="status"]').textContent()).toMatch(/works on PubMed and PMC article pages/);
    await follower.close();
  });
});
