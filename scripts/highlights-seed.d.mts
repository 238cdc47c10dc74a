import type { Page, Worker } from 'playwright-core';
import type { HighlightRecord } from '../lib/highlights/model';

export function seedHighlights(worker: Worker, page: Page, count: number, seed?: number): Promise<HighlightRecord[]>;
export function clearHighlights(worker: Worker): Promise<void>;
export function placementPasses(
  page: Page,
  url: string,
  runs: number,
  timeout?: number,
): Promise<Array<{ duration: number; placed: number; orphaned: number }>>;
