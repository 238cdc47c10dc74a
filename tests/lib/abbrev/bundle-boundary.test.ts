/**
 * compromise must never enter the content script's start-up bundle: the
 * reading pipeline and everything it imports stay free of it (only the
 * popup's claim extraction, loaded lazily, uses it). A static walk of the
 * import graph from the pipeline.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Every bare specifier imported, directly or not, by `entry` (a repo path). */
function importsOf(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(resolve(ROOT, file), 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (/^import\s+type\b|^export\s+type\b/.test(m[0].trim())) continue;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      if (spec.endsWith('.json')) continue;
      visit(resolve(dirname(resolve(ROOT, file)), spec).slice(ROOT.length + 1) + (spec.endsWith('.ts') ? '' : '.ts'));
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the NLP library stays out of the pipeline', () => {
  it('the pipeline and its imports use no compromise', () => {
    const { files, packages } = importsOf('lib/match/pipeline.ts');
    expect(files).toContain('lib/abbrev/schwartz-hearst.ts');
    expect(files).toContain('lib/match/disambiguate.ts');
    expect([...packages].filter((p) => p.startsWith('compromise'))).toEqual([]);
  });

  it('the claim extractor is a module that brings it (the walk sees it)', () => {
    expect([...importsOf('lib/claims/extract.ts').packages]).toContain('compromise');
  });
});
