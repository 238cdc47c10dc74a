/**
 * What the publisher-site e2e tests share: the saved publisher pages served
 * at their real addresses, a copy of the built extension whose manifest
 * grants some publisher origins at install, the toolbar button pressed
 * through the DevTools protocol, and Chrome's own site-access settings.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../scripts/browser.mjs';
import { PUBLISHER_PAGES, PUBLISHER_PAGES_DIR, readPublisherPage } from '../saved-publisher-pages';
import { TEST_RESULTS, type Harness } from './harness';
import { ARTICLE_MATCHES } from '../../lib/sites/hosts';

/** Every saved publisher page, by the address it was served at. */
export const PUBLISHER_SERVED: Record<string, string> = Object.fromEntries(PUBLISHER_PAGES.map((p) => [p.url, readPublisherPage(p)]));

/** Our PubMed-layout copy of the PLOS article (tests/fixtures/pages-beyond/SOURCES.md), at a PubMed test address. */
export const PUBMED_COPY_URL = 'https://pubmed.ncbi.nlm.nih.gov/glossa-test-pone-0000001/';
export const PUBMED_COPY_HTML = readFileSync(new URL('pubmed-layout-pone.0000001-test-page.html', PUBLISHER_PAGES_DIR), 'utf8');

/** The site pattern of a page address: "https://journals.plos.org/*". */
export const originOf = (url: string) => `${new URL(url).origin}/*`;

/**
 * A copy of the built extension (test-results/extensions/<name>) whose
 * manifest also grants `origins` at install, as a build for a site that
 * ships with its publishers enabled would.
 */
export function buildGranting(name: string, origins: string[]): string {
  const dir = fileURLToPath(new URL(`extensions/${name}/`, TEST_RESULTS));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = `${dir}manifest.json`;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...origins];
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return dir;
}

/** The origins the background registered the content script for. */
export async function registeredMatches(h: Harness): Promise<string[]> {
  return h.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }
    ).chrome;
    return (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).sort();
  });
}

/** Waits until the registration holds exactly `origins` (the background does it at start-up and on every change). */
export async function waitForRegistration(h: Harness, origins: string[], timeout = 20_000): Promise<void> {
  const want = [...origins].sort().join(' ');
  const until = Date.now() + timeout;
  for (;;) {
    const got = (await registeredMatches(h)).join(' ');
    if (got === want) return;
    if (Date.now() > until) throw new Error(`registration is "${got}", not "${want}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The origins the extension holds. */
export async function grantedOrigins(h: Harness): Promise<string[]> {
  return h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome;
    return ((await api.permissions.getAll()).origins ?? []).sort();
  });
}

/**
 * Presses Glossa's toolbar button on `page`'s tab, as the reader's click
 * would: Chrome opens the popup and grants activeTab for that tab. Needs
 * Chromium started with --enable-unsafe-extension-debugging (the DevTools
 * protocol's Extensions.triggerAction).
 */
export async function pressToolbarButton(h: Harness, page: Page): Promise<void> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser session');
  const cdp = await browser.newBrowserCDPSession();
  const url = page.url();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}

/**
 * Allows a site for Glossa in Chrome's own extension settings
 * (chrome://extensions → Glossa → Site access → "On specific sites" → add),
 * through the API that page calls. A site allowed there is granted without a
 * further prompt (which a headless test cannot answer) when the extension
 * asks for it. The manifest's NCBI hosts stay allowed too ("on specific
 * sites" withholds all others).
 */
export async function allowInSiteAccess(h: Harness, pattern: string): Promise<void> {
  const page = await h.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ({ id, pattern, ncbi }) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            developerPrivate: {
              updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
              addHostPermission(id: string, host: string): Promise<void>;
            };
          };
        }
      ).chrome.developerPrivate;
      await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      for (const site of [...ncbi, pattern]) await api.addHostPermission(id, site);
    },
    { id: h.extensionId, pattern, ncbi: [...new Set(ARTICLE_MATCHES.map(originOf))] },
  );
  await page.close();
}

/** The number of term wrappers on a page. */
export function termCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-glossa-term]').length);
}
