/**
 * Messages about reading publisher sites (see lib/messaging.ts for the
 * protocol's shape).
 */
declare module '../messaging' {
  interface ProtocolMap {
    /** Popup → background: run the content script in this tab (activeTab, or a site just granted); answers once its first pass is done. */
    'bg:readPage': { request: { tabId: number }; response: void };
    /** Background → content script: answers once the page's first pass is done (at once if it is). */
    'page:whenRead': { request: void; response: void };
    /** Background → every tab: these site patterns were removed; a content script on one of them stops and restores its page. */
    'page:siteRemoved': { request: { patterns: string[] }; response: { stopped: boolean } };
  }
}

export {};
