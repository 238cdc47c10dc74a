// Launching Firefox ESR with the built Glossa add-on (.output/firefox-mv2),
// for the Firefox end-to-end tests. Firefox is Debian's (`apt-get install -y
// firefox-esr`); FIREFOX_PATH overrides the path. puppeteer-core drives it over
// WebDriver BiDi and installs the unpacked build as a temporary add-on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser, ROOT } from './browser.mjs';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');

/**
 * The add-on's internal UUID, fixed by the pref extensions.webextensions.uuids
 * so that its pages have a known address (moz-extension://<uuid>/popup.html).
 */
export const FIREFOX_EXTENSION_UUID = '6f1c2a4e-3b7d-4c8e-9a5f-0d2b4e6a8c1f';

/** The Firefox binary (version 140 or later), or an error that says how to install it. */
export function findFirefox() {
  return findBrowser({
    name: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'firefox-esr',
  });
}

/** Launches Firefox with the built add-on installed; returns the browser and the add-on's base URL. */
export async function launchFirefoxWithExtension({ headless = true, extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built add-on at ${extensionDir}: run \`npm run build\` first.`);
  }
  const addonId = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    defaultViewport: { width: 1280, height: 900 },
    // Opening the add-on's own pages by address over WebDriver BiDi needs system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, addonId, baseUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}/` };
}
