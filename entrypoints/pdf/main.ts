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
import { onLanguageChange, startLanguage, t } from '../../lib/i18n';
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
// The reader's language, as on Glossa's other pages: the option's, followed live (<html lang> too).
const language = startLanguage({ page: { document } });
// The tooltip and highlights UI is part of this page's bundle: no loading on first use, as on article pages.
(globalThis as Record<string, unknown>)[UI_GLOBAL] = { ready: language.ready, ShadowTooltipView, startHighlights } satisfies ContentUi;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = document.documentElement;

function setState(state: ReaderState): void {
  root.setAttribute('data-glossa-pdf', state);
}

/** The reader's own texts that change (status, panels, title): each element's text as a function of the language. */
const texts = new Map<HTMLElement, () => string>();

/** Shows a text in an element, and again in the new language whenever it changes. */
function say(el: HTMLElement, text: () => string): void {
  texts.set(el, text);
  el.textContent = text();
}

function status(text: () => string): void {
  say($('status'), text);
}

/** The tab's title: the document's own title, or the reader's name. */
let titleOf: () => string = () => t('pdf_title');

function setTitle(text: () => string): void {
  titleOf = text;
  document.title = text();
}

/** Shows one of the reader's panels (pick, permission, error) or none. */
function panel(id: 'pick' | 'permission' | 'failure' | undefined): void {
  for (const name of ['pick', 'permission', 'failure'] as const) $(name).hidden = name !== id;
}

/** The page's fixed texts (data-i18n), the texts shown so far and the title, in the current language. */
function translatePage(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (!texts.has(el)) el.textContent = t(el.dataset.i18n!);
  }
  for (const [el, text] of texts) el.textContent = text();
  document.title = titleOf();
  current?.relabel();
}

/** Fetches an address's bytes: the reader's one network request. */
async function download(url: URL): Promise<ArrayBuffer> {
  const response = await fetch(url.href, { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function openAddress(address: PdfAddress): Promise<void> {
  if (address.kind === 'web' && !(await browser.permissions.contains({ origins: [address.origin] }))) {
    askPermission(address);
    return;
  }
  setState('loading');
  panel(undefined);
  status(() => t('pdf_downloading', fileName(address.url)));
  let data: ArrayBuffer;
  try {
    data = await download(address.url);
  } catch (error) {
    // file:// needs "Allow access to file URLs" in Chrome, and Firefox never lets an add-on read it: pick the file instead.
    const reason = downloadError(error);
    fail(() => (address.kind === 'file' ? t('pdf_errorLocalFile') : t('pdf_errorDownload', reason())));
    return;
  }
  await openData(data, fileName(address.url));
}

/** The reader's click asks for the PDF's origin (the browser shows its own prompt). */
function askPermission(address: Extract<PdfAddress, { kind: 'web' }>): void {
  setState('permission');
  panel('permission');
  say($('permission-text'), () => t('pdf_permissionText', address.url.hostname));
  status(() => t('pdf_permissionText', address.url.hostname));
  $('allow').onclick = () => {
    void browser.permissions.request({ origins: [address.origin] }).then((granted) => {
      if (granted) void openAddress(address);
      else status(() => t('pdf_permissionDenied', address.url.hostname));
    });
  };
}

function fail(message: () => string): void {
  setState('error');
  panel('failure');
  say($('failure-text'), message);
  status(message);
}

/** Why a download failed, in the current language where it is the server's answer ("the server answered 404"). */
function downloadError(error: unknown): () => string {
  const message = error instanceof Error ? error.message : String(error);
  const code = /^HTTP (\d+)$/.exec(message)?.[1];
  return code ? () => t('pdf_errorStatus', code) : () => message;
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
  setTitle(() => `${name} – ${t('pdf_title')}`);
  let pages: PdfPages;
  try {
    const doc = await getDocument({
      data: new Uint8Array(data),
      isEvalSupported: false,
      cMapUrl: extensionUrl('/pdfjs/cmaps/'),
      cMapPacked: true,
    }).promise;
    pages = await PdfPages.open(doc, $('viewer'), (n) => status(() => t('pdf_readingPage', [String(n), String(doc.numPages)])));
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
    const message = error instanceof Error ? error.message : String(error);
    fail(() => t('pdf_errorOpen', message));
  }
}

function show(name: string, identity: ArticleIdentity): void {
  const title = identity.title ?? name;
  setTitle(() => `${title} – ${t('pdf_title')}`);
  // The document's title replaces the reader's name, in every language.
  say($('doc-title'), () => title);
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
    status(() => t('pdf_layingOut', [String(n), String(pages.count)]));
    // A pass is due for the new page: "ready" again only once it has run.
    const reading = root.getAttribute(STATE_ATTR) === 'ready';
    if (reading) root.removeAttribute(STATE_ATTR);
    await pages.layOut(n);
    if (reading) await passDone();
  }
  settle();
  setState('laid-out');
  status(() => t('pdf_ready', String(pages.count)));
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
    else status(() => t('pdf_notPdf'));
  });
}

/** Starts the reader once its language is known: its first words are in the reader's language, not the browser's. */
async function start(): Promise<void> {
  await language.ready;
  translatePage();
  onLanguageChange(translatePage);
  listenForFiles();
  const address = pdfAddress(location.search);
  if (address) await openAddress(address);
  else if (new URLSearchParams(location.search).has('file')) fail(() => t('pdf_errorAddress'));
  else {
    setState('pick');
    panel('pick');
  }
}

void start();
