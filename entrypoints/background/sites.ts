/**
 * Publisher sites: the host permission is the setting.
 *
 * - At start-up and whenever permissions change (permissions.onAdded /
 *   onRemoved, whoever changed them: the popup's "Read papers on this site",
 *   the options page's remove button, the browser's own site-access menu),
 *   the content script is registered with scripting.registerContentScripts
 *   for every origin Glossa holds beyond the NCBI hosts the manifest covers
 *   (one registration, id `glossa-sites`, updated in place), and
 *   unregistered when none is left. The same API serves Chrome (MV3) and
 *   Firefox (MV2, where it exists from Firefox 102).
 * - A site just granted is read at once in its open tabs; a site removed is
 *   given back its pages as they were (the content script there stops and
 *   removes its marks).
 * - "Read this page" (popup button, context menu, keyboard command) injects
 *   the content script once into the active tab under activeTab, which the
 *   click or key press grants until the tab navigates: no lasting permission.
 * - The content script's lazily loaded UI is injected by the background on
 *   these pages (see content-ui.ts).
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { onMessages, sendToTab } from '../../lib/messaging';
import type {} from '../../lib/sites/protocol';
import { ARTICLE_MATCHES, CONTENT_MARK, CONTENT_SCRIPT_FILE, OPTIONAL_SITE_MATCHES, siteOrigins } from '../../lib/sites/hosts';
import { t } from '../../lib/i18n';

/** The script's path as both browsers resolve it in registrations (Firefox takes a leading "/" literally). */
const SCRIPT_PATH = CONTENT_SCRIPT_FILE.replace(/^\//, '');

/** The one dynamic registration, for every granted publisher origin. */
export const REGISTRATION_ID = 'glossa-sites';
export const MENU_READ_PAGE = 'glossa-read-page';
export const COMMAND_READ_PAGE = 'read-page';

/** The patterns where Glossa's content script runs: the NCBI hosts and every granted site. */
export async function readingPatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return [...ARTICLE_MATCHES, ...siteOrigins(origins)];
}

let syncing: Promise<void> = Promise.resolve();
/** Told the patterns where the content script now runs, after each change (the "Highlight selection" menu follows them). */
let afterSync: (patterns: string[]) => Promise<unknown> = async () => {};

/** Brings the registration in line with the granted origins. Runs one at a time. */
export function syncSites(): Promise<void> {
  const run = syncing.then(syncOnce, syncOnce);
  syncing = run.catch((e) => console.error('Glossa: registering the content script failed', e));
  return run;
}

async function syncOnce(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = siteOrigins(origins);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (!matches.length) {
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  } else if (registered.length) {
    await browser.scripting.updateContentScripts([{ id: REGISTRATION_ID, matches, js: [SCRIPT_PATH] }]);
  } else {
    await browser.scripting.registerContentScripts([
      {
        id: REGISTRATION_ID,
        matches,
        // The manifest's content script has the NCBI hosts (a grant of all sites must not run it twice there).
        excludeMatches: ARTICLE_MATCHES,
        js: [SCRIPT_PATH],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  await afterSync([...ARTICLE_MATCHES, ...matches]);
}

/** Per tab, the injection under way: a grant and the popup's request may ask at once, and must not inject twice. */
const injecting = new Map<number, Promise<void>>();

/**
 * Runs the content script in a tab's top frame unless it already runs
 * there. Needs host access to the tab: a granted site or activeTab.
 */
export function readTab(tabId: number): Promise<void> {
  const run = (injecting.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(() => injectOnce(tabId));
  injecting.set(tabId, run);
  void run
    .finally(() => {
      if (injecting.get(tabId) === run) injecting.delete(tabId);
    })
    .catch(() => undefined);
  return run;
}

async function injectOnce(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: (mark: string) => !!(globalThis as Record<string, unknown>)[mark],
    args: [CONTENT_MARK],
  });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** The tab a menu or command acted on, else the active one. */
async function tabOf(tab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

async function readOnce(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const tabId = await tabOf(tab);
  if (tabId !== undefined) await readTab(tabId).catch(() => undefined); // a page Glossa may not run on (the browser's own pages)
}

export function createReadPageMenu(): void {
  browser.contextMenus.create({
    id: MENU_READ_PAGE,
    title: t('site_menuReadPage'),
    contexts: ['page'],
    documentUrlPatterns: OPTIONAL_SITE_MATCHES,
  });
}

export function registerSites(options: { afterSync?: (patterns: string[]) => Promise<unknown> } = {}): void {
  if (options.afterSync) afterSync = options.afterSync;
  void syncSites();
  browser.permissions.onAdded.addListener((added) => {
    void syncSites().then(async () => {
      // Read the new site's open tabs now, without a reload.
      const origins = siteOrigins(added.origins ?? []);
      if (!origins.length) return;
      const tabs = await browser.tabs.query({ url: origins });
      await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : readTab(tab.id).catch(() => undefined))));
    });
  });
  browser.permissions.onRemoved.addListener((removed) => {
    void syncSites();
    const patterns = siteOrigins(removed.origins ?? []);
    if (!patterns.length) return;
    // Tab addresses are no longer visible to us there: every tab is told, and the content script checks its own address.
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void sendToTab(tab.id, 'page:siteRemoved', { patterns }).catch(() => undefined);
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_READ_PAGE) void readOnce(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_READ_PAGE) void readOnce(tab);
  });
  onMessages({
    // From the popup: "Read this page" (activeTab), or a site just granted. Answers once the first pass is done.
    'bg:readPage': async ({ tabId }) => {
      await readTab(tabId);
      await sendToTab(tabId, 'page:whenRead', undefined);
    },
  });
}
