// Launching Chromium with the built Glossa extension, shared by `npm start`
// and the end-to-end tests. Chromium is Debian's (`apt-get install -y
// chromium`); CHROMIUM_PATH overrides the path.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary, or an error that says how to install it. */
export function findChromium() {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new Error(
      `Chromium was not found (looked at ${process.env.CHROMIUM_PATH ?? CANDIDATES.join(', ')}).\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
  }
  return path;
}

/**
 * Launches Chromium with the built extension loaded. `env` adds environment
 * variables: on Linux, LANGUAGE=ja gives a Japanese browser (chrome.i18n
 * speaks Japanese) when Debian's chromium-l10n is installed.
 */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR, args = [], env = {} } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'glossa-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    env: { ...process.env, ...env },
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}
