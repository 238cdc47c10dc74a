// The match-data compiler of lib/match/compiled.ts and the packer of
// lib/match/packed.ts, for Node scripts (scripts/build-forms.mjs, the build's
// match.bin, the benchmark): lib/ is TypeScript, so it is bundled once with
// esbuild (a dependency of the build tools) into a temporary module and
// imported from there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** lib/match/compiled.ts as a module: { compileTerms, …, pack } (pack from lib/match/packed.ts). */
export async function loadCompiler() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'glossa-compile-'));
  const outfile = join(dir, 'compiled.mjs');
  try {
    await build({
      stdin: {
        contents: "export * from './lib/match/compiled'; export { pack } from './lib/match/packed';",
        resolveDir: ROOT,
        loader: 'ts',
      },
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
