// data/generated/match.bin: the content script's match data
// (data/generated/match.json, written by scripts/build-forms.mjs) packed
// with its trie prebuilt (lib/match/packed.ts). A build product, not
// committed: the build's public-assets hook (wxt.config.ts) writes it and
// copies it into the extension as match.bin.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCompiler } from './compile-match.mjs';

export const MATCH_BIN = fileURLToPath(new URL('../data/generated/match.bin', import.meta.url));
const MATCH_JSON = fileURLToPath(new URL('../data/generated/match.json', import.meta.url));

/** Packs data/generated/match.json into data/generated/match.bin; returns its path. */
export async function packMatch() {
  const { pack, fromFile } = await loadCompiler();
  writeFileSync(MATCH_BIN, pack(fromFile(JSON.parse(readFileSync(MATCH_JSON, 'utf8')))));
  return MATCH_BIN;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await packMatch();
  console.log(`${MATCH_BIN}: ${(readFileSync(MATCH_BIN).length / 1024).toFixed(1)} KB`);
}
