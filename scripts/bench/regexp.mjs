// The one combined regular expression mark.js gets: every form of every
// term of a glossary (the forms Glossa matches), longest first (JavaScript
// alternation takes the first alternative that matches, not the longest),
// full names case-insensitive inside (?i:…) groups (regexp modifiers,
// Chromium 125+), abbreviations case-sensitive, and Glossa's word boundary
// (no letter or digit just before or after) as lookarounds.
//
// No `u` flag: with it, V8's case-insensitive matching of a large
// alternation is about 30 times slower, which would measure V8's Unicode
// case folding rather than mark.js. Without it \p{L} is unavailable, so the
// boundary lists the letters these articles use (Latin, Latin-1/Extended,
// Greek) and digits.
const ESCAPE = /[.*+?^${}()|[\]\\/]/g;
const WORD_CHAR = '0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF';

/** `forms`: {text, caseSensitive}[] → {source, flags} for new RegExp. */
export function combinedRegExp(forms) {
  const unique = new Map();
  for (const form of forms)
    unique.set(`${form.caseSensitive ? 'C' : 'i'}${form.caseSensitive ? form.text : form.text.toLowerCase()}`, form);
  const sorted = [...unique.values()].sort((a, b) => b.text.length - a.text.length);
  const groups = [];
  for (const form of sorted) {
    const last = groups[groups.length - 1];
    const item = form.text.replace(ESCAPE, '\\$&');
    if (last && last.caseSensitive === form.caseSensitive) last.items.push(item);
    else groups.push({ caseSensitive: form.caseSensitive, items: [item] });
  }
  const body = groups.map((g) => (g.caseSensitive ? g.items.join('|') : `(?i:${g.items.join('|')})`)).join('|');
  return { source: `(?<![${WORD_CHAR}])(?:${body})(?![${WORD_CHAR}])`, flags: 'g', alternatives: sorted.length };
}
