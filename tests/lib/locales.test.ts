/** Every UI string exists in English and Japanese, and every key used in code exists. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const ja = load('ja');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('_locales', () => {
  it('has the same keys in en and ja, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(ja)]) {
      expect((value as { message: string }).message.trim(), key).not.toBe('');
    }
  });

  it('defines every literal key passed to t(…) in the code', () => {
    const used = new Set<string>();
    for (const file of ['entrypoints', 'components', 'lib'].flatMap((d) => sources(join(root, d)))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    }
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('uses one Japanese word per interface concept', () => {
    const messages = Object.values(ja as Record<string, { message: string }>).map((m) => m.message);
    // "claim" is 知見 everywhere (not 主張); "browser" is ブラウザ (not ブラウザー).
    expect(messages.filter((m) => /主張|ブラウザー/.test(m))).toEqual([]);
    expect(messages.some((m) => m.includes('知見'))).toBe(true);
    // The reading map's section index uses the words of the headings it jumps to.
    expect(ja.popupClaims.message).toContain(ja.popupNavClaims.message);
    expect(ja.popupPaperClaims.message).toContain(ja.popupNavPaper.message);
  });
});
