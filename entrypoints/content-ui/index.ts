/**
 * The content script's UI, loaded on first use (so the content
 * script stays small; this holds Preact, Floating UI and the highlight
 * code): the tooltip view and highlights. Built as /content-ui.js, listed in
 * web_accessible_resources for the three NCBI hosts with a per-session URL
 * (as WXT lists the UI stylesheet), and imported by the content script
 * (entrypoints/content/ui.ts); it registers itself on the isolated world's
 * global, which it shares with the content script.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ShadowTooltipView } from './tooltip-view';
import { startHighlights } from './highlights';
import { UI_GLOBAL } from './bridge';
import { startLanguage } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messaging';

export interface ContentUi {
  /** Settles once the language service knows the reader's language and holds its strings. */
  ready: Promise<unknown>;
  ShadowTooltipView: typeof ShadowTooltipView;
  startHighlights: typeof startHighlights;
}

export default defineUnlistedScript(() => {
  // The UI's strings follow the reader's option live; a content script asks the background for a language's messages.
  const language = startLanguage({ loader: (lang) => sendToBackground('bg:getMessages', { lang }) });
  const ui: ContentUi = { ready: language.ready, ShadowTooltipView, startHighlights };
  (globalThis as Record<string, unknown>)[UI_GLOBAL] = ui;
});
