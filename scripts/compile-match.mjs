// The match-data compiler of lib/match/compiled.ts, for Node scripts
// (scripts/build-forms.mjs, the benchmark): lib/ is TypeScript, so it is
// bundled once with esbuild (a dependency of the build tools) into a
// temporary module and imported from there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** lib/match/compiled.ts as a module: { compileTerms, … }. */
export async function loadCompiler() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'glossa-compile-'));
  const outfile = join(dir, 'compiled.mjs');
  try {
    await build({
      entryPoints: [join(ROOT, 'lib/match/compiled.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
