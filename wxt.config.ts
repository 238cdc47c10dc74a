import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are the three NCBI article hosts and nothing else (issue #2).
export const ARTICLE_HOSTS = [
  'https://pubmed.ncbi.nlm.nih.gov/*',
  'https://pmc.ncbi.nlm.nih.gov/*',
  'https://www.ncbi.nlm.nih.gov/pmc/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // lib/ is imported explicitly; WXT APIs come from their own modules.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ARTICLE_HOSTS,
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: { id: 'glossa@glossa-reader.org', strict_min_version: '115.0' },
    },
  },
});
