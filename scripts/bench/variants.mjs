// Copies of the built Chrome extension for the benchmark, one per glossary.
// The content script fetches its match data from the extension's match.bin
// (data/generated/match.json packed with its trie prebuilt, lib/match/packed.ts);
// a variant replaces that one file with the pack, packed the same way, and
// changes nothing else. The bundled variant is a plain copy, so a rebuild of
// .output during a run cannot change what is measured.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT = join(ROOT, '.output', 'chrome-mv3');
const CONTENT = join('content-scripts', 'content.js');
const MATCH_FILE = 'match.bin';

/** Builds the Chrome extension when it is missing. */
export function ensureBuilt() {
  if (existsSync(join(BUILT, 'manifest.json')) && existsSync(join(BUILT, CONTENT)) && existsSync(join(BUILT, MATCH_FILE))) return false;
  console.log('No build in .output/chrome-mv3: running `npx wxt build`…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npx wxt build` failed');
  return true;
}

/**
 * Size of the built content script, raw and gzipped (level 9, as stores and
 * servers compress), and of its UI, loaded on first use (content-ui.js).
 */
export function contentScriptSize(dir = BUILT) {
  const bytes = readFileSync(join(dir, CONTENT));
  const ui = existsSync(join(dir, 'content-ui.js')) ? readFileSync(join(dir, 'content-ui.js')) : undefined;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    ...(ui ? { uiRaw: ui.length, uiGzip: gzipSync(ui, { level: 9 }).length } : {}),
  };
}

/**
 * A copy of the built extension whose match data (match.bin, lib/match/packed.ts)
 * is `packed` (the bytes of a packed pack) instead of the bundled glossary's; undefined = unchanged.
 */
export function makeVariant(name, packed, base = mkdtempSync(join(tmpdir(), 'glossa-bench-ext-')), from = BUILT) {
  const dir = join(base, name);
  cpSync(from, dir, { recursive: true });
  if (packed) writeFileSync(join(dir, MATCH_FILE), packed);
  return dir;
}
