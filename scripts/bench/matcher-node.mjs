// Unit-level figures of the matcher, in Node: the time to make it from a
// glossary's packed match data (match.bin, lib/match/packed.ts) as the
// content script does — read in place, cold, in a fresh process — and the
// memory it keeps (the file's bytes plus the JavaScript heap). lib/match is TypeScript, so it is bundled once with esbuild (a
// dependency of the build tools) into a temporary module first.
//
// As a child process: node --expose-gc matcher-node.mjs <bundle.mjs> <match.bin>
// prints one JSON line {readMs, heapBytes, bytes, forms, states}.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

/** Bundles lib/match/matcher.ts (with its imports) into a temporary ES module; returns its path. */
export async function bundleMatcher(dir = mkdtempSync(join(tmpdir(), 'glossa-bench-'))) {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'matcher.mjs');
  await build({
    stdin: {
      contents: "export { Matcher } from './lib/match/matcher'; export { PackedMatchData } from './lib/match/packed';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** Makes the matcher from a packed file in a fresh Node process; returns its figures. */
export function measureMatcher(bundle, packFile) {
  const result = spawnSync(process.execPath, ['--expose-gc', SELF, bundle, packFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`matcher measurement failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

async function child(bundle, packFile) {
  const { Matcher, PackedMatchData } = await import(pathToFileURL(bundle).href);
  const file = readFileSync(packFile);
  // As fetch gives it: an ArrayBuffer of its own.
  const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.length);
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  globalThis.gc();
  const before = used();
  const start = performance.now();
  const matcher = new Matcher(new PackedMatchData(buffer));
  const readMs = performance.now() - start;
  globalThis.gc();
  const heapBytes = used() - before;
  // Keep the matcher alive until after the measurement.
  const states = matcher.states ?? null;
  process.stdout.write(`${JSON.stringify({ readMs, heapBytes, bytes: buffer.byteLength, forms: matcher.forms.length, states })}\n`);
}

if (process.argv[1] === SELF) {
  const [bundle, packFile] = process.argv.slice(2);
  if (!bundle || !packFile) {
    // Stand-alone use: node scripts/bench/matcher-node.mjs (the bundled glossary's match.bin, as the build packs it).
    const { packMatch } = await import('../pack-match.mjs');
    console.log(measureMatcher(await bundleMatcher(), await packMatch()));
  } else {
    await child(bundle, packFile);
  }
}
