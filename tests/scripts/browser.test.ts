// The browsers the end-to-end tests need: a missing one is an error that says how to install it
// (npm test fails on it, never skips), and the environment variable names another binary.
import { afterEach, describe, expect, it } from 'vitest';
import { findBrowser, findChromium } from '../../scripts/browser.mjs';
import { findFirefox } from '../../scripts/firefox.mjs';

const saved = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, FIREFOX_PATH: process.env.FIREFOX_PATH };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('finding the test browsers', () => {
  it('says how to install a browser that is not there', () => {
    expect(() =>
      findBrowser({ name: 'Firefox ESR', env: 'GLOSSA_NO_SUCH_VAR', candidates: ['/nonexistent/firefox-esr'], install: 'firefox-esr' }),
    ).toThrow(
      /Firefox ESR was not found \(looked at \/nonexistent\/firefox-esr\)\.\nInstall it with: sudo apt-get update && sudo apt-get install -y firefox-esr/,
    );
  });

  it('takes the binary the environment variable names, and fails when that path is missing', () => {
    process.env.FIREFOX_PATH = process.execPath;
    expect(findFirefox()).toBe(process.execPath);
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow(/sudo apt-get install -y chromium\n\(or set CHROMIUM_PATH/);
  });
});
