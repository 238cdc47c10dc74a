/**
 * The popup's offer on a page Glossa does not read (components/SiteAccess.tsx):
 * which site the tab shows (its address is visible to the popup through
 * activeTab, granted by the click that opened it), asking for the site's
 * permission, and reading the page once.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging';
import { patternHost, sitePattern } from '../../lib/sites/hosts';
import type {} from '../../lib/sites/protocol';
import type { SiteAccessState } from '../../components/SiteAccess';

export interface SiteOffer {
  /** "https://www.mdpi.com/*" */
  pattern: string;
  /** "www.mdpi.com" */
  host: string;
  state: SiteAccessState;
  /** Call from the click handler itself: the browser asks the reader only in response to their gesture. */
  enable: () => void;
  readOnce: () => void;
}

/**
 * The offer for tab `tabId` when no content script answered there
 * (`unread`); undefined when the page is not one Glossa can be enabled on
 * (the browser's own pages, plain http, NCBI itself). `onRead` is called
 * once the page has been read (its first pass done).
 */
export function useSiteOffer(tabId: number | undefined, unread: boolean, onRead: () => void): SiteOffer | undefined {
  const [pattern, setPattern] = useState<string>();
  const [state, setState] = useState<SiteAccessState>('idle');
  useEffect(() => {
    if (!unread || tabId === undefined) return setPattern(undefined);
    void browser.tabs.get(tabId).then(
      (tab) => setPattern(sitePattern(tab.url)),
      () => setPattern(undefined),
    );
  }, [tabId, unread]);
  if (!pattern || tabId === undefined) return undefined;

  const read = () => {
    setState('reading');
    sendToBackground('bg:readPage', { tabId }).then(
      () => {
        setState('idle');
        onRead();
      },
      () => setState('failed'),
    );
  };
  return {
    pattern,
    host: patternHost(pattern),
    state,
    enable: () => {
      // Synchronously in the click: permissions.request needs the reader's gesture.
      const asking = browser.permissions.request({ origins: [pattern] });
      setState('reading');
      asking.then(
        (granted) => (granted ? read() : setState('denied')),
        () => setState('failed'),
      );
    },
    readOnce: read,
  };
}
