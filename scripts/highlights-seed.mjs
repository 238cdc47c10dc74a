// Saved highlights for measuring their re-anchoring, shared by `npm run bench`
// (scripts/bench/browser.mjs) and the highlights end-to-end test: records made
// in the page itself from its own text (tests/lib/highlights/bench-page.ts,
// bundled with esbuild), stored through the extension's service worker, and
// the content script's own measure of each placement pass on reloads.
import { fileURLToPath } from 'node:url';

const HELPER = fileURLToPath(new URL('../tests/lib/highlights/bench-page.ts', import.meta.url));
const PREFIX = 'highlight:';

/** Makes `count` highlights from the text of `page` (already at the article) and stores them. */
export async function seedHighlights(worker, page, count, seed = 11) {
  const { build } = await import('esbuild');
  const helper = await build({ entryPoints: [HELPER], bundle: true, write: false, format: 'iife', logLevel: 'error' });
  await page.addScriptTag({ content: helper.outputFiles[0].text });
  const records = await page.evaluate(({ n, s }) => window.glossaHighlightBench.records(n, s), { n: count, s: seed });
  await worker.evaluate(
    ({ items, prefix }) => globalThis.chrome.storage.local.set(Object.fromEntries(items.map((r) => [`${prefix}${r.id}`, r]))),
    { items: records, prefix: PREFIX },
  );
  return records;
}

/** Removes every stored highlight. */
export function clearHighlights(worker) {
  return worker.evaluate(async (prefix) => {
    const local = globalThis.chrome.storage.local;
    await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith(prefix)));
  }, PREFIX);
}

/**
 * Loads `url` in `page` `runs` times; for each load, the content script's
 * measure of its placement pass (`glossa:highlights`): duration and counts.
 */
export async function placementPasses(page, url, runs, timeout = 30_000) {
  const passes = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const handle = await page.waitForFunction(
      () => {
        const m = performance.getEntriesByName('glossa:highlights')[0];
        return m ? { duration: m.duration, placed: m.detail.placed, orphaned: m.detail.orphaned } : undefined;
      },
      undefined,
      { timeout },
    );
    passes.push(await handle.jsonValue());
  }
  return passes;
}
