/**
 * Injected into a page's main world by the highlights benchmark (bundled
 * by esbuild in scripts/highlights-seed.mjs, for `npm run bench` and the
 * highlights end-to-end test): makes highlight records
 * from the page's own text, exactly as the content script would describe
 * selections there, so the benchmark measures a reader's revisit.
 */
import { pickAdapter } from '../../../lib/sites';
import { buildTextIndex } from '../../../lib/highlights/text';
import { selectorsAt } from '../../../lib/highlights/describe';
import { SCHEMA_VERSION, type HighlightRecord } from '../../../lib/highlights/model';
import { sampleSpans } from './changed-page';

function records(count: number, seed: number): HighlightRecord[] {
  const adapter = pickAdapter(new URL(location.href))!;
  const identity = adapter.identity(document);
  const index = buildTextIndex(adapter.roots(document), adapter.exclude);
  const now = new Date().toISOString();
  return sampleSpans(index.text, count, seed).map((s, k) => ({
    v: SCHEMA_VERSION,
    id: `bench-${k}`,
    article: { pmid: identity.pmid, pmcid: identity.pmcid, doi: identity.doi },
    colour: 'yellow',
    note: '',
    tags: [],
    created: now,
    modified: now,
    ...selectorsAt(index, s.start, s.end, adapter.id)!,
  }));
}

(globalThis as unknown as { glossaHighlightBench: unknown }).glossaHighlightBench = { records };
