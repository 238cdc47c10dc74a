/**
 * PDF.js in Glossa's build (wxt.config.ts): its worker and character maps
 * shipped as extension resources (the reader loads nothing from the
 * network), and both its bundles made eval-free. PDF.js probes for eval
 * with `new Function("")` and compiles PostScript functions with
 * `new Function(…)` when it may; the reader passes isEvalSupported: false,
 * and extension pages forbid eval anyway, but store linters flag the calls
 * themselves. They are replaced with a throw (the probe then says "no
 * eval"), and the build fails loudly if PDF.js changes shape. Likewise its
 * two imports of code from a computed address: the main bundle's fallback
 * for a missing worker (the reader always has its worker) and the worker's
 * JPEG 2000 decoder without WebAssembly (Glossa ships no wasmUrl): both now
 * fail as they would when the file is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/** pdfjs-dist's folder. */
export const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
/** Where the reader finds them in the extension (entrypoints/pdf). */
export const WORKER_PATH = 'pdfjs/pdf.worker.min.mjs';
export const CMAPS_PATH = 'pdfjs/cmaps/';

const NO_EVAL = '(()=>{throw new EvalError("Glossa: PDF.js runs without eval")})()';
const NO_IMPORT = 'Promise.reject(new Error("Glossa: PDF.js loads no code at run time"))';

/** PDF.js source with its eval calls replaced; throws when one is not found. */
export function withoutEval(code, file) {
  let out = code;
  const probe = /new Function\(""\)/g;
  if (!probe.test(out)) throw new Error(`${file}: PDF.js's eval probe not found; update scripts/pdfjs-assets.mjs`);
  out = out.replace(probe, NO_EVAL);
  if (/pdf\.worker/.test(file)) {
    const compiled = /new Function\("src",\s*"srcOffset",\s*"dest",\s*"destOffset",\s*[\w$]+\)/g;
    if (!compiled.test(out)) throw new Error(`${file}: PDF.js's PostScript compiler not found; update scripts/pdfjs-assets.mjs`);
    out = out.replace(compiled, NO_EVAL);
  }
  const imported = /\bimport\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*[\w$.#]+\s*\)/g;
  if (!imported.test(out)) throw new Error(`${file}: PDF.js's import of a computed address not found; update scripts/pdfjs-assets.mjs`);
  out = out.replace(imported, NO_IMPORT);
  if (/new Function\(|\beval\(|\bimport\(\s*\/\*/.test(out)) throw new Error(`${file}: eval or a computed import left after patching`);
  return out;
}

/** The files to add to the build's output (WXT's build:publicAssets). */
export function pdfjsAssets() {
  const worker = join(PDFJS_DIR, 'build/pdf.worker.min.mjs');
  const cmaps = join(PDFJS_DIR, 'cmaps');
  return [
    { relativeDest: WORKER_PATH, contents: withoutEval(readFileSync(worker, 'utf8'), worker) },
    ...readdirSync(cmaps)
      .filter((f) => f.endsWith('.bcmap'))
      .map((f) => ({ relativeDest: `${CMAPS_PATH}${f}`, absoluteSrc: join(cmaps, f) })),
  ];
}
