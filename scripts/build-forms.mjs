// Generates, from data/terms:
// - data/generated/forms.json: for each term, the inflected forms of its
//   variants (scripts/inflect.mjs, with compromise);
// - data/generated/match.json: what the content script needs to match terms
//   (id, variants with their inflections, abbreviations, cues) and nothing
//   else, so definitions stay out of the page's bundle.
// A build product,
// not committed: run by `npm install` (postinstall), `npm run build` (a WXT
// hook), `npm test` and the unit tests' global setup.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflect } from './inflect.mjs';

const data = fileURLToPath(new URL('../data/', import.meta.url));

export function buildForms() {
  const forms = {};
  const match = [];
  for (const file of readdirSync(`${data}terms`).filter((f) => f.endsWith('.json')).sort()) {
    for (const term of JSON.parse(readFileSync(`${data}terms/${file}`, 'utf8'))) {
      const own = new Set(term.variants.map((v) => v.toLowerCase()));
      const extra = [...new Set(term.variants.flatMap(inflect))].filter((f) => !own.has(f.toLowerCase()));
      if (extra.length) forms[term.id] = extra;
      match.push({ id: term.id, category: term.category, variants: [...term.variants, ...extra], abbreviations: term.abbreviations, ...(term.cues ? { cues: term.cues } : {}) });
    }
  }
  mkdirSync(`${data}generated`, { recursive: true });
  writeFileSync(`${data}generated/forms.json`, JSON.stringify(forms, null, 1) + '\n');
  writeFileSync(`${data}generated/match.json`, JSON.stringify(match) + '\n');
  return forms;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const forms = buildForms();
  console.log(`data/generated/forms.json: ${Object.values(forms).flat().length} inflected forms for ${Object.keys(forms).length} terms`);
}
