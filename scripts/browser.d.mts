import type { BrowserContext, Worker } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;
export function findBrowser(browser: { name: string; env: string; candidates: string[]; install: string }): string;
export function findChromium(): string;
export function launchWithExtension(options?: {
  headless?: boolean;
  extensionDir?: string;
  args?: string[];
  /** Extra environment variables for the browser (LANGUAGE=ja: a Japanese browser, with chromium-l10n). */
  env?: Record<string, string>;
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string }>;
