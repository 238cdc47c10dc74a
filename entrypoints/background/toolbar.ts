/**
 * The toolbar: the badge shows how many distinct glossary terms the page
 * has; the 'toggle-annotation' command turns annotation off or on in the
 * current tab only.
 */
import { browser } from 'wxt/browser';
import { onMessages, sendToTab } from '../../lib/messaging';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export function registerToolbar(): void {
  void action().setBadgeBackgroundColor({ color: '#1d4ed8' });
  onMessages({
    'bg:setBadge': ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      void action().setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    },
  });
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-annotation') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void sendToTab(tab.id, 'page:toggle', undefined).catch(() => {});
    });
  });
}
