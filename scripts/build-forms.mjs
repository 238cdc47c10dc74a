// Generates, from data/terms:
// - data/generated/forms.json: for each term, the inflected forms of its
//   variants (scripts/inflect.mjs, with compromise);
// - data/generated/match-terms.json: what matching needs of each term (id,
//   category, variants with their inflections, abbreviations, cues), the
//   base of the benchmark's glossary packs;
// - data/generated/match.json: the same compiled for the content script
//   (lib/match/compiled.ts: every form normalised, deduplicated and sorted),
//   and nothing else, so definitions stay out of the page's bundle.
// A build product,
// not committed: run by `npm install` (postinstall), `npm run build` (a WXT
// hook), `npm test` and the unit tests' global setup.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflect } from './inflect.mjs';
import { loadCompiler } from './compile-match.mjs';

const data = fileURLToPath(new URL('../data/', import.meta.url));

export async function buildForms() {
  const { compileTerms, toFile } = await loadCompiler();
  const forms = {};
  const match = [];
  const raw = [];
  for (const file of readdirSync(`${data}terms`)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    for (const term of JSON.parse(readFileSync(`${data}terms/${file}`, 'utf8'))) {
      const own = new Set(term.variants.map((v) => v.toLowerCase()));
      const extra = [...new Set(term.variants.flatMap(inflect))].filter((f) => !own.has(f.toLowerCase()));
      if (extra.length) forms[term.id] = extra;
      const entry = {
        id: term.id,
        category: term.category,
        variants: term.variants,
        abbreviations: term.abbreviations,
        ...(term.cues ? { cues: term.cues } : {}),
      };
      raw.push(entry);
      match.push({ ...entry, variants: [...term.variants, ...extra] });
    }
  }
  mkdirSync(`${data}generated`, { recursive: true });
  writeFileSync(`${data}generated/forms.json`, `${JSON.stringify(forms, null, 1)}\n`);
  writeFileSync(`${data}generated/match-terms.json`, `${JSON.stringify(match)}\n`);
  writeFileSync(`${data}generated/match.json`, `${JSON.stringify(toFile(compileTerms(raw, (t) => forms[t.id] ?? [])))}\n`);
  return forms;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const forms = await buildForms();
  console.log(`data/generated/forms.json: ${Object.values(forms).flat().length} inflected forms for ${Object.keys(forms).length} terms`);
}
