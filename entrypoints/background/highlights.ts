/**
 * Background side of highlights: the context-menu item
 * "Highlight selection" (on article pages) and the 'highlight-selection'
 * keyboard command (default Alt+Shift+H, changeable in the browser's
 * shortcut settings) both ask the active tab's content script to highlight
 * its selection. A second menu item on the toolbar button opens the
 * library. Stored highlights from older schema versions are migrated when
 * the extension is installed or updated.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { sendToTab } from '../../lib/messaging';
import type {} from '../../lib/highlights/protocol';
import { migrateStored } from '../../lib/highlights/store';
import { t } from '../../lib/i18n';
import { createReadPdfMenu } from './pdf';
import { createReadPageMenu, readingPatterns } from './sites';

export const MENU_HIGHLIGHT = 'glossa-highlight-selection';
export const MENU_LIBRARY = 'glossa-open-library';
export const COMMAND_HIGHLIGHT = 'highlight-selection';
export const LIBRARY_PAGE = '/library.html';

/** The toolbar button's menu context: `action` in MV3, `browser_action` in Firefox's MV2 build. */
const actionContext = (): `${Browser.contextMenus.ContextType}` => (import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action');

async function createMenus(): Promise<void> {
  // Menus persist in Chrome; Firefox's event page makes them again: start clean either way.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_HIGHLIGHT,
    title: t('menuHighlightSelection'),
    contexts: ['selection'],
    // Wherever the content script runs: the NCBI hosts and the sites the reader enabled.
    documentUrlPatterns: await readingPatterns(),
  });
  browser.contextMenus.create({ id: MENU_LIBRARY, title: t('menuOpenLibrary'), contexts: [actionContext()] });
  createReadPageMenu();
  createReadPdfMenu();
}

/** Follows the sites the reader enables or removes (entrypoints/background/sites.ts). */
export function updateHighlightMenu(patterns: string[]): Promise<unknown> {
  return Promise.resolve(browser.contextMenus.update(MENU_HIGHLIGHT, { documentUrlPatterns: patterns })).catch(() => undefined);
}

async function highlightIn(tab: Browser.tabs.Tab | undefined): Promise<void> {
  let tabId = tab?.id;
  if (tabId === undefined || tabId < 0) tabId = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // No content script (not an article page): nothing to do.
  await sendToTab(tabId, 'page:highlightSelection', {}).catch(() => undefined);
}

export function openLibrary(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
}

export function registerHighlightsBackground(): void {
  browser.runtime.onInstalled.addListener(() => {
    void createMenus();
    void migrateStored().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_HIGHLIGHT) void highlightIn(tab);
    else if (info.menuItemId === MENU_LIBRARY) void openLibrary();
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_HIGHLIGHT) void highlightIn(tab);
  });
}
