// Writes data/references.json from the project's checked literature records
// (data/literature/references.json), keeping only each record's verified
// fields (plus id and kind): the bundle never carries an unverified field.
//
//   node scripts/import-references.mjs            # from data/literature/
//   node scripts/import-references.mjs --refresh  # first copy ../shared/literature/ in, when it is there
//
// tests/lib/glossary/validate.test.ts checks the copy is faithful.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const literature = `${root}data/literature/`;
if (process.argv.includes('--refresh')) {
  const shared = `${root}../shared/literature/`;
  if (!existsSync(shared)) {
    console.error(`--refresh: ${shared} is not there; nothing to refresh from.`);
    process.exit(1);
  }
  for (const file of readdirSync(shared)) copyFileSync(`${shared}${file}`, `${literature}${file}`);
  console.log(`copied ${shared} into data/literature/`);
}
const source = JSON.parse(readFileSync(`${literature}references.json`, 'utf8'));
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
writeFileSync(`${root}data/references.json`, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${out.length} references`);
