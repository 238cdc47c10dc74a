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
  passLongestCpu?: number;
  loadLongest?: number;
  scriptEvaluation?: number;
  firstViewport?: number | null;
}
interface BenchResult {
  pages: Array<{ id: string; glossaries?: string[] }>;
  glossaries: Array<{ id: string; forms: number }>;
  samples: Record<string, Record<string, Record<string, Sample[]>>>;
  matcher: Record<string, Array<{ readMs: number; heapBytes: number; bytes: number }>>;
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
      expect(out).toMatch(/≤ 0\.5× mark\.js at its best .*\| pmc: -?[\d.]+× \/ [\d.]+× .*generated: -?[\d.]+× \/ [\d.]+×/);
      expect(out).toMatch(/first viewport annotated within 50 ms .*\| generated: [\d,.]+ ms wall .*pubmed: [\d,.]+ ms wall/);
      expect(out).toMatch(/≤ 8× the bare TreeWalker floor .*\| pmc: [\d.]+× \/ [\d.]+×/);
      expect(out).toMatch(/### saved PMC page pmc-legacy-PMC10159190-2024\.html/);
      expect(out).toMatch(/### generated article \([\d,]+ words, PMC layout\)/);
      expect(out).toMatch(/### saved PubMed abstract pubmed-38814972-brainage-2024\.html/);
      expect(out).toMatch(/\| \*\*Glossa pass\*\* \(switched on in the loaded page\) \| -?[\d,.]+ ms \| [\d,.]+ ms/);
      expect(out).toMatch(
        /\| mark\.js \*\*at its best\*\* on page load: one regex of [\d,]+ forms, whole body, no exclusions \(added to the load\) \| -?[\d,.]+ ms \| [\d,.]+ ms/,
      );
      expect(out).toMatch(/\| mark\.js over Glossa's roots and exclusions .* \| [\d,.]+ ms \| [\d,.]+ ms/);
      expect(out).toMatch(/content script ≤ 40 KB gzipped \| [\d.]+ KB gzipped/);

      // Measured: every scenario of every page and glossary, without errors, finding terms.
      const result = JSON.parse(readFileSync(json, 'utf8')) as BenchResult;
      expect(result.pages.map((p) => p.id)).toEqual(['pmc', 'generated', 'pubmed']);
      expect(result.glossaries.map((g) => g.id)).toEqual(['bundled', '300']);
      for (const page of result.pages) {
        const base = result.samples[page.id]['-'].baseline[0];
        expect(base.total!.TaskDuration).toBeGreaterThan(0);
        expect(base.total!.ThreadTime).toBeGreaterThan(0);
        for (const g of result.glossaries.filter((x) => !page.glossaries || page.glossaries.includes(x.id))) {
          const s = result.samples[page.id][g.id];
          for (const scenario of ['markjs', 'markjsLoad', 'glossaLoad', 'glossaPass', 'glossaTrace']) {
            expect(s[scenario], `${page.id} ${g.id} ${scenario}`).toHaveLength(1);
            expect(s[scenario][0].error, `${page.id} ${g.id} ${scenario}`).toBeUndefined();
          }
          expect(s.glossaPass[0].added!.TaskDuration).toBeGreaterThan(0);
          expect(s.markjs[0].added!.TaskDuration).toBeGreaterThan(0);
          expect(s.glossaPass[0].matches).toBeGreaterThan(0);
          expect(s.glossaLoad[0].matches).toBe(s.glossaPass[0].matches);
          expect(s.markjs[0].matches).toBeGreaterThan(0);
          expect(s.markjsLoad[0].matches).toBeGreaterThan(0);
          expect(s.markjsLoad[0].total!.ThreadTime).toBeGreaterThan(0);
          expect(s.glossaTrace[0].passLongest).toBeGreaterThan(0);
          expect(s.glossaTrace[0].passLongestCpu).toBeGreaterThan(0);
          expect(s.glossaTrace[0].scriptEvaluation).toBeGreaterThan(0);
          expect(s.glossaTrace[0].loadLongest).toBeGreaterThan(0);
        }
        // Pages whose article starts in view get a first-viewport figure; the saved PMC page's article starts below it.
        const load = result.samples[page.id].bundled.glossaLoad[0];
        if (page.id === 'pmc') expect(load.firstViewport).toBeNull();
        else expect(load.firstViewport).toBeGreaterThan(0);
        // The 300-term pack was really injected: it finds more on the generated article than the bundled glossary.
        if (page.id === 'generated')
          expect(result.samples.generated['300'].glossaPass[0].matches).toBeGreaterThan(
            result.samples.generated.bundled.glossaPass[0].matches!,
          );
      }
      expect(result.matcher['300'][0].readMs).toBeGreaterThan(0);
      expect(result.matcher['300'][0].bytes).toBeGreaterThan(result.matcher.bundled[0].bytes);
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
