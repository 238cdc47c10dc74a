import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ARTICLE_MATCHES } from './lib/sites/hosts';
import { buildForms } from './scripts/build-forms.mjs';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // lib/ is imported explicitly; WXT APIs come from their own modules.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Inflected forms of glossary variants are a build product (issue #3).
    'build:before': () => void buildForms(),
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: the "Highlight selection" item (issue #5).
    permissions: ['storage', 'contextMenus'],
    // The three NCBI article hosts and nothing else.
    host_permissions: ARTICLE_MATCHES,
    action: { default_title: '__MSG_extName__' },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      'toggle-annotation': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggle__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'glossa@glossa-reader.org', strict_min_version: '115.0' },
    },
  },
});
