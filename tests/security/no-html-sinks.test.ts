/**
 * A static guard for the rule "page text and user input never reach
 * innerHTML": Glossa's own source (components/, entrypoints/, lib/) uses no
 * HTML or code sink at all — no innerHTML/outerHTML assignment,
 * insertAdjacentHTML, dangerouslySetInnerHTML, document.write, srcdoc,
 * createContextualFragment, eval or new Function. Preact builds the DOM
 * with createElement and text nodes; that is the only way our views write.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['components', 'entrypoints', 'lib'];
const SINKS: Array<[string, RegExp]> = [
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** The code without comments, so a comment that names a sink does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('HTML and code sinks in the source', () => {
  const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f)));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('uses none', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = code(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const [name, pattern] of SINKS) if (pattern.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${name}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('would notice one (the patterns match what they should)', () => {
    const samples = [
      'el.innerHTML = text;',
      'el.outerHTML += x',
      'el.insertAdjacentHTML("beforeend", s)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'document.write(s)',
      'iframe.srcdoc = s',
      'range.createContextualFragment(s)',
      'eval(s)',
      'new Function(s)',
      "setTimeout('alert(1)', 0)",
    ];
    for (const sample of samples)
      expect(
        SINKS.some(([, p]) => p.test(sample)),
        sample,
      ).toBe(true);
    expect(SINKS.some(([, p]) => p.test('if (a.innerHTML === b) return;'))).toBe(false);
  });
});
