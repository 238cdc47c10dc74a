// Adds or updates UI strings in public/_locales/{en,ja}/messages.json in one
// read-modify-write, keeping both languages in step:
//   node scripts/add-messages.mjs key "English text" "日本語のテキスト" [key2 en2 ja2 …]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 3 !== 0) {
  console.error('usage: node scripts/add-messages.mjs key "English" "日本語" [key en ja …]');
  process.exit(2);
}
const dir = fileURLToPath(new URL('../public/_locales/', import.meta.url));
const files = { en: `${dir}en/messages.json`, ja: `${dir}ja/messages.json` };
const data = Object.fromEntries(Object.entries(files).map(([lang, f]) => [lang, JSON.parse(readFileSync(f, 'utf8'))]));
for (let i = 0; i < args.length; i += 3) {
  const [key, en, ja] = args.slice(i, i + 3);
  if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad key ${key}`);
  data.en[key] = { message: en };
  data.ja[key] = { message: ja };
}
for (const [lang, f] of Object.entries(files)) writeFileSync(f, `${JSON.stringify(data[lang], null, 2)}\n`);
console.log(`messages: ${args.length / 3} key(s) written`);
