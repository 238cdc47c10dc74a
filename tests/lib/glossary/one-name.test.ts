/**
 * One Japanese name per concept, everywhere a reader meets it: term names,
 * definitions and plain texts, claims, the mechanism map and the UI strings.
 * Each concept below is written only as its term's Japanese name; the known
 * variants are forbidden. And wherever Japanese text spells a term out
 * before its abbreviation ("…（RVM）"), the spelling must be the term's name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import mechanism from '../../../data/mechanism.json';

/** The usual form in Japanese medical writing, the term that owns it, and the spellings it replaces. */
const ONE_NAME: Array<{ concept: string; term: string; name: string; variants: Array<string | RegExp> }> = [
  {
    concept: 'conditioned pain modulation (CPM)',
    term: 'cpm',
    name: '条件付け疼痛調節',
    variants: ['条件刺激による疼痛調節', '条件刺激疼痛調節', '条件づけ疼痛調節', '条件付き疼痛調節'],
  },
  {
    concept: 'subnucleus reticularis dorsalis (SRD)',
    term: 'subnucleus-reticularis-dorsalis',
    name: '延髄背側網様亜核',
    variants: ['延髄網様体背側亜核', '網様体背側亜核', /(?<!延髄)背側網様亜核/],
  },
  {
    concept: 'facilitation of pain (descending facilitation): 促進, not 促通',
    term: 'descending-facilitation',
    name: '促進',
    variants: ['促通'],
  },
  {
    concept: 'chloride: 塩化物イオン, not クロライド',
    term: 'chloride',
    name: '塩化物イオン',
    variants: ['クロライド', 'クロールイオン', '塩素イオン'],
  },
  {
    concept: 'rostral ventromedial medulla (RVM)',
    term: 'rvm',
    name: '吻側延髄腹内側部',
    variants: ['延髄吻側腹内側部', '吻側腹内側延髄'],
  },
];

const locales = JSON.parse(readFileSync(new URL('../../../public/_locales/ja/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

/** Every Japanese text, with where it is. */
function japaneseTexts(): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const t of bundled.terms) {
    for (const field of ['name', 'definition', 'plain'] as const) out.push({ where: `term ${t.id} ${field}`, text: t[field].ja });
  }
  for (const c of bundled.claims) out.push({ where: `claim ${c.id}`, text: c.statement.ja });
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${where}[${i}]`);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'ja' && typeof v === 'string') out.push({ where, text: v });
        else walk(v, `${where}.${k}`);
      }
    }
  };
  walk(mechanism, 'mechanism');
  for (const [key, { message }] of Object.entries(locales)) out.push({ where: `_locales/ja ${key}`, text: message });
  return out;
}

const texts = japaneseTexts();

describe('one Japanese name per concept', () => {
  it.each(ONE_NAME.map((c) => [c.concept, c]))('%s: the name is the term’s own', (_, c) => {
    const term = bundled.terms.find((t) => t.id === c.term);
    expect(term, c.term).toBeDefined();
    expect(term!.name.ja).toContain(c.name);
  });

  it.each(ONE_NAME.map((c) => [c.concept, c]))('%s: no variant spelling anywhere', (_, c) => {
    const found = texts.flatMap(({ where, text }) =>
      c.variants.filter((v) => (typeof v === 'string' ? text.includes(v) : v.test(text))).map((v) => `${where}: ${String(v)}`),
    );
    expect(found).toEqual([]);
  });

  it('spells every term out by its name where the text gives the abbreviation in brackets', () => {
    // Terms named "name（ABBR）" where ABBR is one of the term's own abbreviations (not "ON細胞（RVM）").
    const named = bundled.terms.flatMap((t) => {
      const m = /^(.+?)（([A-Za-z0-9][A-Za-z0-9/-]*)）$/.exec(t.name.ja);
      return m && t.abbreviations.some((a) => a.text === m[2]) ? [{ id: t.id, name: m[1], abbreviation: m[2] }] : [];
    });
    expect(named.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const { where, text } of texts) {
      for (const { id, name, abbreviation } of named) {
        const bracket = `（${abbreviation}）`;
        for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
          // Only a spelled-out name right before the bracket counts: kanji and katakana (a verb in kana, "強まる（LTP）", is a gloss).
          const before = text.slice(0, at);
          // Another term's own name may carry the bracket as a qualifier: "ON細胞（RVM）".
          if (bundled.terms.some((t) => t.name.ja.endsWith(bracket) && (before + bracket).endsWith(t.name.ja))) continue;
          const word = /[\p{Script=Han}\p{Script=Katakana}ー・]+$/u.exec(before)?.[0];
          if (word && !word.endsWith(name) && !name.endsWith(word))
            wrong.push(`${where}: "${word}${bracket}" (the ${id} term says "${name}")`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
