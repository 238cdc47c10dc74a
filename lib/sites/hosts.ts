/**
 * Where Glossa runs. The NCBI article hosts are granted at install (host
 * permissions and the manifest's content script). Any other site is read
 * only where the reader enabled it: the host permission for its origin is
 * the setting (entrypoints/background/sites.ts registers the content script
 * for every origin Glossa holds), asked for one site at a time from the
 * popup, and never for all sites at once.
 */

/** The NCBI article hosts Glossa runs on: host permissions and content-script matches. */
export const ARTICLE_MATCHES = [
  'https://pubmed.ncbi.nlm.nih.gov/*',
  'https://pmc.ncbi.nlm.nih.gov/*',
  'https://www.ncbi.nlm.nih.gov/pmc/*',
];

/**
 * What the reader may grant beyond NCBI (optional host permissions): a
 * secure site's origin, one at a time. Plain http pages are left out.
 */
export const OPTIONAL_SITE_MATCHES = ['https://*/*'];

/** The pattern Glossa asks for to read a page's site: "https://www.mdpi.com/*". Undefined for pages it cannot be enabled on. */
export function sitePattern(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || onNcbiArticleHost(url.href)) return undefined;
  return `${url.protocol}//${url.hostname}/*`;
}

/** The host of a site pattern, for showing it ("www.mdpi.com"); the pattern itself when it has none. */
export function patternHost(pattern: string): string {
  const m = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern);
  return m ? m[1] : pattern;
}

/**
 * Whether a URL matches a match pattern (scheme://host/path, "*." host
 * wildcards, "*" in the path), as the browser matches content scripts.
 */
export function matchesPattern(pattern: string, href: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|ftp|file):/.test(href);
  const m = /^(\*|https?|wss?|ftp|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(url.pathname + url.search);
}

/** Whether a URL is on one of the NCBI article hosts (where the manifest's content script runs). */
export function onNcbiArticleHost(href: string): boolean {
  return ARTICLE_MATCHES.some((p) => matchesPattern(p, href));
}

/** Whether a match pattern's host is NCBI's (the manifest's content script and its own exclusions cover those). */
function ncbiPattern(pattern: string): boolean {
  const host = patternHost(pattern);
  return host === 'ncbi.nlm.nih.gov' || host.endsWith('.ncbi.nlm.nih.gov');
}

/**
 * The granted origins Glossa registers its content script for: every
 * secure one but NCBI's (Chrome also lists https://www.ncbi.nlm.nih.gov/*
 * among the granted origins, from the manifest; the script must not run on
 * NCBI pages other than articles). A plain http origin is only ever granted
 * for the PDF reader to download a PDF from it (lib/pdf/address.ts): plain
 * http pages are not read.
 */
export function siteOrigins(granted: readonly string[]): string[] {
  return [...new Set(granted.filter((o) => o.startsWith('https://') && !ncbiPattern(o)))].sort();
}

/** The publisher sites' content script in the build (entrypoints/publisher.content.ts), registered and injected by the background. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/publisher.js';

/**
 * The content script's mark on its isolated world (set first thing, before
 * any await): the background checks it before injecting the script into a
 * tab, so a page never runs two copies.
 */
export const CONTENT_MARK = '__glossaContent';
