import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGlossaryDoc } from '../../scripts/build-glossary-doc.mjs';
import { bundled } from '../../lib/glossary/data';

describe('docs/glossary.*.md', () => {
  it.each(['en', 'ja'] as const)('is up to date with data/ (%s); run `node scripts/build-glossary-doc.mjs`', (lang) => {
    const doc = buildGlossaryDoc(lang);
    expect(readFileSync(new URL(`../../docs/glossary.${lang}.md`, import.meta.url), 'utf8')).toBe(doc);
    for (const term of bundled.terms) expect(doc).toContain(term.definition[lang]);
    for (const claim of bundled.claims) expect(doc).toContain(claim.statement[lang]);
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('references in docs/glossary.*.md', () => {
  it.each(['en', 'ja'] as const)(
    'never put a title in the author slot; mark records without verified authors or identifiers (%s)',
    (lang) => {
      const doc = buildGlossaryDoc(lang);
      const noAuthors = lang === 'en' ? '(authors not verified)' : '（著者未確認）';
      const unverified = lang === 'en' ? '(no verified identifier)' : '(識別子未確認)';
      let checked = 0;
      for (const ref of bundled.references) {
        if (!ref.title || !doc.includes(`*${ref.title}*`)) continue;
        checked++;
        // The title is never where a citation starts (after "References:", "; " or a link's "["), in the author slot before ". *title*".
        expect(doc, ref.id).not.toMatch(new RegExp(`(: |; |\\[)${escapeRegExp(ref.title)}\\. \\*`));
        if (!ref.authors) expect(doc, ref.id).toMatch(new RegExp(`${escapeRegExp(noAuthors)}[^*\n]*\\*${escapeRegExp(ref.title)}\\*`));
        if (!ref.pmid && !ref.pmcid && !ref.doi) expect(doc, ref.id).toContain(`*${ref.title}* ${unverified}`);
      }
      expect(checked).toBeGreaterThan(40);
      // The Le Bars 1979 part I record has a verified title but no verified authors or identifiers.
      const lebars = bundled.references.find((r) => r.id === 'lebars1979-dnic-1')!;
      expect(lebars.authors).toBeUndefined();
      expect(doc).toContain(`${noAuthors}. *${lebars.title}* ${unverified}`);
    },
  );
});
