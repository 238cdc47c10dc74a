// Copies of the built Chrome extension for the benchmark, one per glossary.
// The content script carries its match data as the JSON of
// data/generated/match.json (lib/glossary/match-data.ts), which Vite emits
// as one `JSON.parse(`…`)` call; a variant replaces that one literal with the
// pack and changes nothing else. The bundled variant is a plain copy, so a
// rebuild of .output during a run cannot change what is measured.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT = join(ROOT, '.output', 'chrome-mv3');
const CONTENT = join('content-scripts', 'content.js');

/** Builds the Chrome extension when it is missing. */
export function ensureBuilt() {
  if (existsSync(join(BUILT, 'manifest.json')) && existsSync(join(BUILT, CONTENT))) return false;
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

/** Where the bundled match data sits in the content script: [start, end) of the whole JSON.parse(`…`) call. */
function matchDataCall(script) {
  const data = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'data/generated/match.json'), 'utf8')));
  // Inside a template literal, \ ` and ${ are escaped; the rest is verbatim.
  const literal = data.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const call = `JSON.parse(\`${literal}\`)`;
  const start = script.indexOf(call);
  if (start < 0 || script.indexOf(call, start + 1) >= 0) {
    throw new Error(
      'The bundled match data was not found exactly once as JSON.parse(`…`) in content-scripts/content.js ' +
        '(is .output/chrome-mv3 built from the current data/generated/match.json? run `npx wxt build`).',
    );
  }
  return [start, start + call.length];
}

/**
 * A copy of the built extension whose content script carries `data` (compiled
 * match data as stored, lib/match/compiled.ts CompiledFile) instead of the bundled one; undefined = unchanged.
 */
export function makeVariant(name, data, base = mkdtempSync(join(tmpdir(), 'glossa-bench-ext-'))) {
  const dir = join(base, name);
  cpSync(BUILT, dir, { recursive: true });
  if (data) {
    const file = join(dir, CONTENT);
    const script = readFileSync(file, 'utf8');
    const [start, end] = matchDataCall(script);
    writeFileSync(file, `${script.slice(0, start)}JSON.parse(${JSON.stringify(JSON.stringify(data))})${script.slice(end)}`);
  }
  return dir;
}
