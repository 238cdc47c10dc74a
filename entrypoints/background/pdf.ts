/**
 * Background side of the PDF reader: the context-menu item "Read this PDF
 * with Glossa" on links to PDFs (any page), which opens the reader on the
 * link's address in a new tab next to the page. The reader asks for the
 * PDF's origin itself, from the reader's click, when Glossa does not hold it.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { PDF_LINK_PATTERNS, readerPath } from '../../lib/pdf/address';

export const MENU_READ_PDF = 'glossa-read-pdf';

/** Opens the reader on a PDF's address, in a tab after `from`. */
export function openReader(fileUrl: string, from?: Browser.tabs.Tab): Promise<unknown> {
  const url = (browser.runtime.getURL as (p: string) => string)(readerPath(fileUrl));
  return browser.tabs.create({ url, ...(from?.index !== undefined ? { index: from.index + 1 } : {}) });
}

/** Made with the other menus (entrypoints/background/highlights.ts, after their removeAll). */
export function createReadPdfMenu(): void {
  browser.contextMenus.create({
    id: MENU_READ_PDF,
    title: t('pdf_menuRead'),
    contexts: ['link'],
    targetUrlPatterns: PDF_LINK_PATTERNS,
  });
}

export function registerPdfBackground(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_READ_PDF && info.linkUrl) void openReader(info.linkUrl, tab);
  });
}
