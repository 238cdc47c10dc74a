/**
 * Glossa's content script on publisher sites: the same reader as on NCBI
 * (entrypoints/content), with the publisher adapters (lib/sites: the
 * generic scholarly adapter and the small ones beside it). Not in the
 * manifest: the background registers it for every site the reader enabled
 * and injects it once for "Read this page" (entrypoints/background/sites.ts).
 * Built as /content-scripts/publisher.js.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickAdapter } from '../lib/sites';
import { reader } from './content/index';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: (ctx) => reader.main(ctx, pickAdapter),
});
