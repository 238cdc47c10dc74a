/**
 * Injects the content script's UI (entrypoints/content-ui) into the asking
 * frame, where the content script cannot import it itself:
 * - Firefox (MV2): always (store review rejects import() of a computed URL);
 * - Chrome: on publisher pages. There the file is not web-accessible (the
 *   manifest lists it for the NCBI hosts only, so other pages cannot probe
 *   for it); the background may inject it because it holds host access to
 *   the tab — the granted site, or activeTab for "Read this page" — which is
 *   exactly where the content script runs.
 * Either way it runs in the content script's isolated world.
 */
import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messaging';
import { UI_PATH } from '../content-ui/bridge';

export function registerContentUi(): void {
  onMessages({
    'bg:loadContentUi': async (_data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('bg:loadContentUi: not sent from a tab');
      const frameId = sender.frameId ?? 0;
      if (import.meta.env.MANIFEST_VERSION === 2) {
        const tabs = browser.tabs as unknown as {
          executeScript(tabId: number, details: { file: string; frameId?: number }): Promise<unknown[]>;
        };
        await tabs.executeScript(tabId, { file: UI_PATH, frameId });
        return;
      }
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [UI_PATH as '/content-ui.js'] });
    },
  });
}
