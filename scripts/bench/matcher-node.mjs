// Unit-level figures of the matcher, in Node: the time to build it from a
// pack's compiled match data (cold, in a fresh process, as a content script would) and the heap it
// keeps. lib/match is TypeScript, so it is bundled once with esbuild (a
// dependency of the build tools) into a temporary module first.
//
// As a child process: node --expose-gc matcher-node.mjs <bundle.mjs> <pack.json>
// prints one JSON line {buildMs, heapBytes, forms, states}.
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
      contents: "export { Matcher } from './lib/match/matcher'; export { fromFile } from './lib/match/compiled';",
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

/** Builds the matcher for the pack in a fresh Node process; returns its figures. */
export function measureMatcher(bundle, packFile) {
  const result = spawnSync(process.execPath, ['--expose-gc', SELF, bundle, packFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`matcher measurement failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

async function child(bundle, packFile) {
  const { Matcher, fromFile } = await import(pathToFileURL(bundle).href);
  // Compiled match data (lib/match/compiled.ts), as the content script carries it.
  const data = fromFile(JSON.parse(readFileSync(packFile, 'utf8')));
  // The trie lives in typed arrays, outside the JS heap: count both.
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  globalThis.gc();
  const before = used();
  const start = performance.now();
  const matcher = new Matcher(data);
  const buildMs = performance.now() - start;
  globalThis.gc();
  const heapBytes = used() - before;
  // Keep the matcher alive until after the measurement.
  const states = matcher.states ?? null;
  process.stdout.write(`${JSON.stringify({ buildMs, heapBytes, forms: matcher.forms.length, states })}\n`);
}

if (process.argv[1] === SELF) {
  const [bundle, packFile] = process.argv.slice(2);
  if (!bundle || !packFile) {
    // Stand-alone use: node scripts/bench/matcher-node.mjs (bundled glossary only).
    console.log(measureMatcher(await bundleMatcher(), join(ROOT, 'data/generated/match.json')));
  } else {
    await child(bundle, packFile);
  }
}
