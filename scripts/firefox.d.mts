import type { Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR: string;
export const FIREFOX_EXTENSION_UUID: string;
export function findFirefox(): string;
export function launchFirefoxWithExtension(options?: {
  headless?: boolean;
  extensionDir?: string;
}): Promise<{ browser: Browser; addonId: string; baseUrl: string }>;
