/**
 * Glossa's PDF reader, pdf.html?file=<url-encoded address> (or a file the
 * reader picks or drops here): PDF.js renders the PDF (pdfjs-dist, its
 * worker shipped in the extension), and the same reading as on article
 * pages (entrypoints/content: annotator, tooltip, the paper's own
 * abbreviations, highlights, the popup's and side panel's messages) runs on
 * its text layers through the 'pdf' site adapter below.
 *
 * Network: the one request is the PDF itself, with the host permission of
 * its origin (already held for NCBI and sites the reader enabled, else
 * asked for from the reader's click on "Allow"); a file:// address or a
 * picked or dropped file needs none.
 */
import '../../components/theme.css';
import './style.css';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import { reader } from '../content/index';
import { UI_GLOBAL } from '../content-ui/bridge';
import { ShadowTooltipView } from '../content-ui/tooltip-view';
import { startHighlights } from '../content-ui/highlights';
import type { ContentUi } from '../content-ui';
import { STATE_ATTR } from '../../lib/annotate/annotator';
import { collectSegments } from '../../lib/annotate/segments';
import { t } from '../../lib/i18n';
import { fileName, pdfAddress, type PdfAddress } from '../../lib/pdf/address';
import { pdfIdentity } from '../../lib/pdf/identity';
import type { ArticleIdentity, SiteAdapter } from '../../lib/sites/types';
import { PdfPages } from './viewer';

/** The reader's state on <html data-glossa-pdf>: what it shows (tests wait on it). */
type ReaderState = 'pick' | 'permission' | 'loading' | 'error' | 'open' | 'laid-out';
/** Text layers laid out before Glossa's first pass; the rest arrive one page at a time, as late content. */
const FIRST_PAGES = 2;

/** An extension file that is not an entrypoint (added to the build by scripts/pdfjs-assets.mjs). */
const extensionUrl = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

GlobalWorkerOptions.workerSrc = extensionUrl('/pdfjs/pdf.worker.min.mjs');
// The tooltip and highlights UI is part of this page's bundle: no loading on first use, as on article pages.
(globalThis as Record<string, unknown>)[UI_GLOBAL] = { ShadowTooltipView, startHighlights } satisfies ContentUi;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = document.documentElement;

function setState(state: ReaderState): void {
  root.setAttribute('data-glossa-pdf', state);
}

function status(text: string): void {
  $('status').textContent = text;
}

/** Shows one of the reader's panels (pick, permission, error) or none. */
function panel(id: 'pick' | 'permission' | 'failure' | undefined): void {
  for (const name of ['pick', 'permission', 'failure'] as const) $(name).hidden = name !== id;
}

function translatePage(): void {
  document.title = t('pdf_title');
  root.lang = root.lang || navigator.language;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
}

/** Fetches an address's bytes: the reader's one network request. */
async function download(url: URL): Promise<ArrayBuffer> {
  const response = await fetch(url.href, { credentials: 'include' });
  if (!response.ok) throw new Error(t('pdf_errorStatus', String(response.status)));
  return response.arrayBuffer();
}

async function openAddress(address: PdfAddress): Promise<void> {
  if (address.kind === 'web' && !(await browser.permissions.contains({ origins: [address.origin] }))) {
    askPermission(address);
    return;
  }
  setState('loading');
  panel(undefined);
  status(t('pdf_downloading', fileName(address.url)));
  let data: ArrayBuffer;
  try {
    data = await download(address.url);
  } catch (error) {
    // file:// needs "Allow access to file URLs" in Chrome, and Firefox never lets an add-on read it: pick the file instead.
    fail(
      address.kind === 'file' ? t('pdf_errorLocalFile') : t('pdf_errorDownload', error instanceof Error ? error.message : String(error)),
    );
    return;
  }
  await openData(data, fileName(address.url));
}

/** The reader's click asks for the PDF's origin (the browser shows its own prompt). */
function askPermission(address: Extract<PdfAddress, { kind: 'web' }>): void {
  setState('permission');
  panel('permission');
  $('permission-text').textContent = t('pdf_permissionText', address.url.hostname);
  status(t('pdf_permissionText', address.url.hostname));
  $('allow').onclick = () => {
    void browser.permissions.request({ origins: [address.origin] }).then((granted) => {
      if (granted) void openAddress(address);
      else status(t('pdf_permissionDenied', address.url.hostname));
    });
  };
}

function fail(message: string): void {
  setState('error');
  panel('failure');
  $('failure-text').textContent = message;
  status(message);
}

let current: PdfPages | undefined;

async function openData(data: ArrayBuffer, name: string): Promise<void> {
  if (current) {
    // One PDF per page: a second one opens in a fresh reader (Glossa's reading holds on to its roots).
    location.reload();
    return;
  }
  setState('loading');
  panel(undefined);
  document.title = `${name} – ${t('pdf_title')}`;
  let pages: PdfPages;
  try {
    const doc = await getDocument({
      data: new Uint8Array(data),
      isEvalSupported: false,
      cMapUrl: extensionUrl('/pdfjs/cmaps/'),
      cMapPacked: true,
    }).promise;
    pages = await PdfPages.open(doc, $('viewer'), (n) => status(t('pdf_readingPage', [String(n), String(doc.numPages)])));
    current = pages;
    const meta = await doc.getMetadata().catch(() => undefined);
    const identity = pdfIdentity({
      info: meta?.info as Record<string, unknown> | undefined,
      xmp: meta?.metadata ? Object.fromEntries(meta.metadata as unknown as Iterable<[string, unknown]>) : undefined,
      firstPage: pages.pageText(0),
      lastPage: pages.count > 1 ? pages.pageText(pages.count - 1) : undefined,
      fingerprint: doc.fingerprints[0] ?? '',
    });
    show(name, identity);
    await read(pages, identity);
  } catch (error) {
    fail(t('pdf_errorOpen', error instanceof Error ? error.message : String(error)));
  }
}

function show(name: string, identity: ArticleIdentity): void {
  const title = identity.title ?? name;
  document.title = `${title} – ${t('pdf_title')}`;
  $('doc-title').textContent = title;
  $('doc-id').textContent = identity.doi ? `doi:${identity.doi}` : '';
  setState('open');
}

/** Text layers in page order, Glossa's reading on them: the first pages, then each further page as late content. */
async function read(pages: PdfPages, identity: ArticleIdentity): Promise<void> {
  pages.drawWhenVisible();
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const adapter: SiteAdapter = {
    id: 'pdf',
    matchesUrl: () => true,
    isArticle: () => true,
    roots: () => pages.layers(),
    exclude: '',
    identity: () => identity,
    segments: (layer, exclude) => pages.textOf(layer)?.segment() ?? collectSegments(layer, exclude),
    parts: (layer) => pages.textOf(layer)?.parts(),
    settled: () => settled,
  };
  for (let n = 1; n <= Math.min(FIRST_PAGES, pages.count); n++) await pages.layOut(n);
  const ctx = new ContentScriptContext('glossa-pdf-reader');
  // Resolves after the first pass.
  await reader.main(ctx, () => adapter);
  for (let n = FIRST_PAGES + 1; n <= pages.count; n++) {
    status(t('pdf_layingOut', [String(n), String(pages.count)]));
    // A pass is due for the new page: "ready" again only once it has run.
    const reading = root.getAttribute(STATE_ATTR) === 'ready';
    if (reading) root.removeAttribute(STATE_ATTR);
    await pages.layOut(n);
    if (reading) await passDone();
  }
  settle();
  setState('laid-out');
  status(t('pdf_ready', String(pages.count)));
}

/** Resolves when Glossa's pass over new content is done (<html data-glossa-state> "ready"), or annotation is off. */
function passDone(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      const state = root.getAttribute(STATE_ATTR);
      if (state !== 'ready' && state !== 'off') return false;
      observer.disconnect();
      resolve();
      return true;
    };
    const observer = new MutationObserver(done);
    observer.observe(root, { attributes: true, attributeFilter: [STATE_ATTR] });
    done();
  });
}

async function openFile(file: File): Promise<void> {
  await openData(await file.arrayBuffer(), file.name);
}

function listenForFiles(): void {
  const input = $<HTMLInputElement>('file-input');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void openFile(file);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-pick]')) button.addEventListener('click', () => input.click());
  // Dropping a PDF anywhere on the reader opens it.
  document.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      root.classList.add('dropping');
    }
  });
  document.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) root.classList.remove('dropping');
  });
  document.addEventListener('drop', (e) => {
    root.classList.remove('dropping');
    const file = [...(e.dataTransfer?.files ?? [])].find((f) => f.type === 'application/pdf' || /\.pdf$/i.test(f.name));
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    if (file) void openFile(file);
    else status(t('pdf_notPdf'));
  });
}

translatePage();
listenForFiles();
const address = pdfAddress(location.search);
if (address) void openAddress(address);
else if (new URLSearchParams(location.search).has('file')) fail(t('pdf_errorAddress'));
else {
  setState('pick');
  panel('pick');
}
