/**
 * The options page's list of enabled publisher sites: the origins Glossa
 * holds beyond the NCBI hosts, kept current whoever changes them (the popup,
 * this page, the browser's own site-access menu). Removing one gives the
 * permission back; the background then unregisters the content script
 * there and restores the site's open pages (entrypoints/background/sites.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteOrigins } from '../../lib/sites/hosts';

/** Origins the manifest grants at install (a build may ship with publishers enabled): not removable from here. */
export function installedOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
  return siteOrigins([...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes('://'))]);
}

export function useEnabledSites(): { sites: string[]; remove: (pattern: string) => Promise<boolean> } {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    const load = () => void browser.permissions.getAll().then(({ origins = [] }) => setSites(siteOrigins(origins)));
    load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    return () => {
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
    };
  }, []);
  return { sites, remove: (pattern) => browser.permissions.remove({ origins: [pattern] }) };
}
