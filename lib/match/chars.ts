/** Letters and digits: what word boundaries are made of (lib/match/matcher.ts). */
const WORD = /[\p{L}\p{N}]/u;

/** Per code unit: 0 not yet known, 1 a letter or digit, 2 not. */
const wordCodes = new Uint8Array(65536);

/** Whether the code unit is a letter or digit (a lone surrogate is not). */
export function isWordCode(code: number): boolean {
  let known = wordCodes[code];
  if (known === 0) known = wordCodes[code] = WORD.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Whether the character (its first code unit) is a letter or digit; false for undefined. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}
