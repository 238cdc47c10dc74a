// Copies ../shared/literature/references.json into data/references.json,
// keeping only each record's verified fields (plus id and kind). Run by hand
// when the shared literature changes: `node scripts/import-references.mjs`.
// tests/lib/glossary/references.test.ts checks the copy is faithful.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = JSON.parse(readFileSync(`${root}../shared/literature/references.json`, 'utf8'));
const FIELDS = ['title', 'authors', 'journal', 'year', 'volume', 'issue', 'pages', 'pmid', 'pmcid', 'doi'];

const out = source.map((record) => {
  const kept = { id: record.id };
  for (const field of FIELDS) {
    const value = record[field];
    if (record.verified_fields.includes(field) && value !== null && value !== undefined && value !== '') {
      kept[field] = typeof value === 'number' ? value : String(value);
    }
  }
  kept.kind = record.kind;
  return kept;
});
writeFileSync(`${root}data/references.json`, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${out.length} references`);
