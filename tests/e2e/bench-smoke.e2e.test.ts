/**
 * The benchmark's smoke run, as CI runs it: `npm run bench -- --smoke`
 * completes, measures every method on both pages and prints the figures.
 * It asserts that the benchmark works, never how fast Glossa is (speed is
 * read from BENCHMARKS.md, measured on a quiet machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');
const SMOKE_TIMEOUT_MS = 240_000;

interface Sample {
  error?: string;
  matches?: number;
  added?: Record<string, number>;
  total?: Record<string, number>;
  passLongest?: number;
  scriptEvaluation?: number;
}
interface BenchResult {
  pages: Array<{ id: string }>;
  glossaries: Array<{ id: string; forms: number }>;
  samples: Record<string, Record<string, Record<string, Sample[]>>>;
  matcher: Record<string, Array<{ buildMs: number; heapBytes: number }>>;
  size: { raw: number; gzip: number };
}

describe('npm run bench -- --smoke', () => {
  it(
    'runs one iteration of every method on both pages and prints the figures',
    () => {
      const before = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : undefined;
      const json = join(mkdtempSync(join(tmpdir(), 'glossa-bench-smoke-')), 'bench.json');
      const run = spawnSync('npm', ['run', 'bench', '--', '--smoke', '--json', json], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: SMOKE_TIMEOUT_MS,
      });
      expect(run.status, run.stderr + run.stdout.slice(-2000)).toBe(0);

      // Printed: the targets, ratios and one table per page with figures in ms.
      const out = run.stdout;
      expect(out).toContain('## Targets');
      expect(out).toMatch(/Glossa pass ÷ mark\.js: \d+\.\d\d×/);
      expect(out).toMatch(/### saved PMC page pmc-legacy-PMC10159190-2024\.html/);
      expect(out).toMatch(/### generated article \([\d,]+ words, PMC layout\)/);
      expect(out).toMatch(/\| \*\*Glossa pass\*\* \(switched on in the loaded page\) \| \*\*[\d,.]+ ms\*\*/);
      expect(out).toMatch(/\| mark\.js markRegExp, one regex of [\d,]+ forms \| [\d,.]+ ms/);
      expect(out).toMatch(/content script ≤ 40 KB gzipped \| [\d.]+ KB gzipped/);

      // Measured: every scenario of every page and glossary, without errors, finding terms.
      const result = JSON.parse(readFileSync(json, 'utf8')) as BenchResult;
      expect(result.pages.map((p) => p.id)).toEqual(['pmc', 'generated']);
      expect(result.glossaries.map((g) => g.id)).toEqual(['bundled', '300']);
      for (const page of result.pages) {
        const base = result.samples[page.id]['-'].baseline[0];
        expect(base.total!.TaskDuration).toBeGreaterThan(0);
        for (const g of result.glossaries) {
          const s = result.samples[page.id][g.id];
          for (const scenario of ['markjs', 'glossaLoad', 'glossaPass', 'glossaTrace']) {
            expect(s[scenario], `${page.id} ${g.id} ${scenario}`).toHaveLength(1);
            expect(s[scenario][0].error, `${page.id} ${g.id} ${scenario}`).toBeUndefined();
          }
          expect(s.glossaPass[0].added!.TaskDuration).toBeGreaterThan(0);
          expect(s.markjs[0].added!.TaskDuration).toBeGreaterThan(0);
          expect(s.glossaPass[0].matches).toBeGreaterThan(0);
          expect(s.glossaLoad[0].matches).toBe(s.glossaPass[0].matches);
          expect(s.markjs[0].matches).toBeGreaterThan(0);
          expect(s.glossaTrace[0].passLongest).toBeGreaterThan(0);
          expect(s.glossaTrace[0].scriptEvaluation).toBeGreaterThan(0);
        }
        // The 300-term pack was really injected: it finds more on the generated article than the bundled glossary.
        if (page.id === 'generated')
          expect(result.samples.generated['300'].glossaPass[0].matches).toBeGreaterThan(
            result.samples.generated.bundled.glossaPass[0].matches!,
          );
      }
      expect(result.matcher['300'][0].buildMs).toBeGreaterThan(0);
      expect(result.size.gzip).toBeGreaterThan(0);
      // 500 saved highlights, all placed again on a revisit, timed by the content script.
      expect(out).toMatch(/500 saved highlights re-anchored on a revisit of the saved PMC page .*median [\d.,]+ ms/);
      const highlights = (result as unknown as { highlights: { samples: Array<{ duration: number; placed: number; orphaned: number }> } })
        .highlights;
      expect(highlights.samples).toHaveLength(1);
      expect(highlights.samples[0]).toMatchObject({ placed: 500, orphaned: 0 });
      expect(highlights.samples[0].duration).toBeGreaterThan(0);

      // A smoke run writes nothing.
      expect(existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : undefined).toBe(before);
    },
    SMOKE_TIMEOUT_MS + 10_000,
  );
});
