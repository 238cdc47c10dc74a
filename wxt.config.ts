import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ARTICLE_MATCHES, OPTIONAL_SITE_MATCHES } from './lib/sites/hosts';
import { PDF_ORIGINS } from './lib/pdf/address';
import { MATCH_FILE } from './lib/glossary/match-file';
import { buildForms } from './scripts/build-forms.mjs';
import { packMatch } from './scripts/pack-match.mjs';
import { pdfjsAssets, withoutEval } from './scripts/pdfjs-assets.mjs';

/**
 * Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`, which
 * Glossa never uses; store linters flag the assignment all the same. This
 * replaces it with a throw, so the shipped code has no innerHTML sink at all
 * (`web-ext lint` clean), and fails the build loudly if Preact changes shape.
 */
function noDangerousHtml() {
  return {
    name: 'glossa:no-dangerous-html',
    transform(code: string, id: string) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0])) return undefined;
      const out = code.replace(
        /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/,
        '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Glossa")})()',
      );
      if (out === code) throw new Error('preact: innerHTML assignment not found; update noDangerousHtml in wxt.config.ts');
      return { code: out, map: null };
    },
  };
}

/** PDF.js's main bundle without its eval probe (scripts/pdfjs-assets.mjs; the worker is patched as it is copied). */
function pdfjsWithoutEval() {
  return {
    name: 'glossa:pdfjs-without-eval',
    transform(code: string, id: string) {
      if (!/[\\/]node_modules[\\/]pdfjs-dist[\\/]build[\\/]pdf(\.min)?\.mjs$/.test(id.split('?')[0])) return undefined;
      return { code: withoutEval(code, id), map: null };
    },
  };
}

/** The optional host permissions: publisher sites (https) and PDFs' origins (https, http). */
const OPTIONAL_ORIGINS = [...new Set([...OPTIONAL_SITE_MATCHES, ...PDF_ORIGINS])];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // lib/ is imported explicitly; WXT APIs come from their own modules.
  imports: false,
  // GLOSSA_NO_MINIFY=1 npx wxt build: readable function names in CPU profiles (BENCHMARKS.md).
  vite: () => ({
    plugins: [preact(), noDangerousHtml(), pdfjsWithoutEval()],
    build: { minify: process.env.GLOSSA_NO_MINIFY ? false : undefined },
  }),
  // The sources zip (for the Firefox store's review) holds what builds Glossa, not test outputs or fixtures.
  zip: { excludeSources: ['test-results/**', 'tests/fixtures/**', 'docs/screenshots/**'] },
  hooks: {
    // Inflected forms of glossary variants are a build product (scripts/build-forms.mjs).
    'build:before': async () => {
      await buildForms();
    },
    // The content script's match data, packed with its trie prebuilt (lib/match/packed.ts), as an
    // extension file it fetches: no glossary data in the content script, nothing to parse or build in the page.
    // And the PDF reader's worker and character maps, from pdfjs-dist, as extension resources.
    'build:publicAssets': async (_, files) => {
      files.push({ absoluteSrc: await packMatch(), relativeDest: MATCH_FILE }, ...pdfjsAssets());
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Highlight selection" and "Read this page with Glossa". scripting: registering the content
    // script on the sites the reader enables, and running it once on a page. activeTab: "Read this page" (popup
    // button, menu item, keyboard command) without a lasting permission, and the popup seeing the page's address.
    // Every permission is explained in the README.
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    // The three NCBI article hosts, granted at install.
    host_permissions: ARTICLE_MATCHES,
    // Any other secure site, only when the reader enables it (one origin at a time, from the popup); and the origin of
    // a PDF the reader opens in Glossa's PDF reader, asked for from that click (which adds plain http). MV2 has no
    // optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_ORIGINS } : { optional_permissions: OPTIONAL_ORIGINS }),
    action: { default_title: '__MSG_extName__' },
    // The content script's UI, loaded on first use (entrypoints/content-ui), and its match data.
    // Chrome: what the content script imports or fetches must be web-accessible. The UI only on the
    // article hosts (on publisher pages the background injects it); the match data (the public
    // glossary's forms, nothing of the reader's) wherever the content script may run: the article
    // hosts and the sites a reader may enable. Both at a per-session URL, so pages cannot probe for
    // them. Firefox (MV2): the UI is injected by the background, not listed.
    ...(manifestVersion === 3
      ? {
          web_accessible_resources: [
            {
              resources: ['content-ui.js'],
              matches: [...new Set(ARTICLE_MATCHES.map((m) => `${new URL(m.replace('*', 'x')).origin}/*`))],
              use_dynamic_url: true,
            },
            { resources: [MATCH_FILE], matches: OPTIONAL_SITE_MATCHES, use_dynamic_url: true },
          ],
        }
      : // Firefox (MV2): the content script fetches its match data (the URL holds the install's own random id).
        { web_accessible_resources: [MATCH_FILE] }),
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      'toggle-annotation': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggle__',
      },
      'read-page': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_site_commandReadPage__',
      },
    },
    // Firefox 140 added data_collection_permissions; Glossa collects nothing.
    browser_specific_settings: {
      gecko: { id: 'glossa@glossa-reader.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    } as Record<string, unknown>,
  }),
});
