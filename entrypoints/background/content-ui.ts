/**
 * Firefox (MV2): the content script's UI is injected into the asking
 * frame on request (entrypoints/content/ui.ts), instead of a module import
 * of a web-accessible file. Chrome imports it itself.
 */
import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messaging';
import { UI_PATH } from '../content-ui/bridge';

export function registerContentUi(): void {
  if (import.meta.env.MANIFEST_VERSION !== 2) return;
  onMessages({
    'bg:loadContentUi': async (_data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('bg:loadContentUi: not sent from a tab');
      const tabs = browser.tabs as unknown as {
        executeScript(tabId: number, details: { file: string; frameId?: number }): Promise<unknown[]>;
      };
      await tabs.executeScript(tabId, { file: UI_PATH, frameId: sender.frameId ?? 0 });
    },
  });
}
