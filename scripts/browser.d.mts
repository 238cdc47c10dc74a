import type { BrowserContext, Worker } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;
export function findBrowser(browser: { name: string; env: string; candidates: string[]; install: string }): string;
export function findChromium(): string;
export function launchWithExtension(options?: {
  headless?: boolean;
  extensionDir?: string;
  args?: string[];
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string }>;
