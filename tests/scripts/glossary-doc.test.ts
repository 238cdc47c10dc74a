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
