/**
 * A publisher site in real Firefox ESR: a build of the add-on whose
 * manifest grants the PLOS origin at install (MV2: in `permissions`). The
 * background registers the publisher content script for the origin with
 * scripting.registerContentScripts at start-up.
 *
 * NOT YET: the saved PLOS page served at its address is not annotated in
 * Firefox (no `data-glossa-state` within 20 s), although the registration
 * is in place; the cause is open (the same page is read in Chromium:
 * tests/e2e/publisher-pages.e2e.test.ts). The annotation test is written
 * below as `it.todo` until it is found.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/firefox.mjs';
import { publisherPage, readPublisherPage } from '../saved-publisher-pages';
import { type FirefoxHarness, startFirefox, TEST_RESULTS } from './harness';

const PLOS = publisherPage('plos');
const ORIGIN = 'https://journals.plos.org/*';
let ff: FirefoxHarness;

beforeAll(async () => {
  const dir = fileURLToPath(new URL('extensions/firefox-plos-granted/', TEST_RESULTS));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as { permissions: string[] };
  manifest.permissions = [...manifest.permissions, ORIGIN];
  writeFileSync(`${dir}manifest.json`, JSON.stringify(manifest, null, 2));
  ff = await startFirefox({ extensionDir: dir });
  ff.serve(PLOS.url, readPublisherPage(PLOS));
});
afterAll(async () => {
  await ff?.close();
});

it('registers the publisher content script for the origin the manifest grants', async () => {
  await expect
    .poll(() => ff.inExtension(async (api) => (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []), null), {
      timeout: 20_000,
    })
    .toEqual([ORIGIN]);
});

it.todo('reads the saved PLOS page inside its article, never in its references, and opens the tooltip on a real hover');
