/**
 * Which tab the side panel describes: the tab named by `?tab=<id>` (tests,
 * like the popup), or else the active tab of the panel's own window,
 * followed as the reader switches tabs (tabs.onActivated) and as the tab
 * loads a new page (tabs.onUpdated, status "complete"). Needs no "tabs"
 * permission: only tab ids are used.
 */
import { browser } from 'wxt/browser';

export function pinnedTab(search: string): number | undefined {
  const param = new URLSearchParams(search).get('tab');
  return param && /^\d+$/.test(param) ? Number(param) : undefined;
}

export interface TabEvents {
  /** The panel now describes this tab (undefined: no tab). */
  onTab: (tabId: number | undefined) => void;
  /** The tab described finished loading a page. */
  onLoaded: (tabId: number) => void;
}

/** Starts following; returns a function that stops. */
export function followTab(search: string, events: TabEvents): () => void {
  const pinned = pinnedTab(search);
  let current = pinned;
  let windowId: number | undefined;
  let stopped = false;

  const updated = (tabId: number, change: { status?: string }) => {
    if (tabId === current && change.status === 'complete') events.onLoaded(tabId);
  };
  const activated = (info: { tabId: number; windowId: number }) => {
    if (windowId !== undefined && info.windowId !== windowId) return;
    current = info.tabId;
    events.onTab(current);
  };

  browser.tabs.onUpdated.addListener(updated);
  if (pinned !== undefined) {
    events.onTab(pinned);
  } else {
    browser.tabs.onActivated.addListener(activated);
    void browser.windows
      .getCurrent()
      .then((win) => {
        windowId = win.id;
        return browser.tabs.query({ active: true, windowId: win.id });
      })
      .then(([tab]) => {
        if (stopped) return;
        current = tab?.id;
        events.onTab(current);
      })
      .catch(() => events.onTab(undefined));
  }
  return () => {
    stopped = true;
    browser.tabs.onUpdated.removeListener(updated);
    browser.tabs.onActivated.removeListener(activated);
  };
}
