/**
 * Where the content script's match data lives in the built extension:
 * data/generated/match.json packed with its trie prebuilt
 * (lib/match/packed.ts, written by scripts/pack-match.mjs at build time).
 */
export const MATCH_FILE = 'match.bin';
