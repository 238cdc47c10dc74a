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

/**
 * A browser binary: the path in the environment variable `env`, else the
 * first candidate that exists; or an error that says how to install it.
 */
export function findBrowser({ name, env, candidates, install }) {
  const path = process.env[env] ?? candidates.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new Error(
      `${name} was not found (looked at ${process.env[env] ?? candidates.join(', ')}).\n` +
        `Install it with: sudo apt-get update && sudo apt-get install -y ${install}\n` +
        `(or set ${env} to the path of its binary).`,
    );
  }
  return path;
}

/** The Chromium binary, or an error that says how to install it. */
export function findChromium() {
  return findBrowser({
    name: 'Chromium',
    env: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    install: 'chromium',
  });
}

/** Launches Chromium with the built extension loaded. */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR, args = [] } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'glossa-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
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
