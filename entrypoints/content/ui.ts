/**
 * Loads the content script's UI (entrypoints/content-ui) once, on first
 * use, from the extension's own files (no network): in Chrome on the NCBI
 * hosts a module import of the web-accessible file; in Firefox (MV2, where
 * store review rejects import() of a computed URL) and on publisher pages
 * (where the file is not web-accessible) the background injects it into
 * this frame (entrypoints/background/content-ui.ts). Either way it runs in
 * this isolated world and registers itself on its global.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging';
import type { ContentUi } from '../content-ui';
import { UI_GLOBAL, UI_PATH } from '../content-ui/bridge';
import { onNcbiArticleHost } from '../../lib/sites/hosts';

let loading: Promise<ContentUi> | undefined;

export function loadUi(): Promise<ContentUi> {
  // Already here: Glossa's PDF reader (entrypoints/pdf) bundles the UI with its page.
  const bundled = (globalThis as Record<string, unknown>)[UI_GLOBAL] as ContentUi | undefined;
  if (bundled) return bundled.ready.catch(() => undefined).then(() => bundled);
  const load =
    import.meta.env.MANIFEST_VERSION === 2 || !onNcbiArticleHost(location.href)
      ? () => sendToBackground('bg:loadContentUi', undefined)
      : () => import(/* @vite-ignore */ browser.runtime.getURL(UI_PATH as '/content-ui.js'));
  loading ??= load().then(async () => {
    const ui = (globalThis as Record<string, unknown>)[UI_GLOBAL] as ContentUi | undefined;
    if (!ui) throw new Error('Glossa: the content UI did not register itself');
    // Its first words in the reader's language, not the browser's.
    await ui.ready.catch(() => undefined);
    return ui;
  });
  loading.catch(() => {
    loading = undefined; // let a later use try again
  });
  return loading;
}
