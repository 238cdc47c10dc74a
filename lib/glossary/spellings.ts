/**
 * Spellings papers use for a form the glossary writes one way, generated
 * from the glossary's own forms (at build time for the content script,
 * through lib/match/compiled.ts; the glossary validator checks them for
 * clashes like the authored ones):
 *
 * - Greek letters (alpha, beta, gamma, delta, kappa, mu), as a symbol or
 *   spelled out, with a subtype number glued, hyphenated, spaced or in
 *   brackets, as PubMed and journals write them: α2-adrenoceptor,
 *   alpha2-, alpha-2, alpha 2, alpha(2)-, α-2, α(2)-adrenoceptor; and a
 *   letter after a capital or a digit (Aδ, ERα, 17β, IL-1β) glued or
 *   hyphenated, spelled out also spaced (A-delta, A delta, ERalpha, 17-beta,
 *   IL-1 beta).
 * - A subtype number spaced from its family's stem, where the stem is
 *   another term's abbreviation: "5-HT 3 receptor", "5-HT 1B/1D", as
 *   many abstracts write them.
 */

interface Greek {
  symbol: string;
  name: string;
}

const GREEK: readonly Greek[] = [
  { symbol: '\u03b1', name: 'alpha' },
  { symbol: '\u03b2', name: 'beta' },
  { symbol: '\u03b3', name: 'gamma' },
  { symbol: '\u03b4', name: 'delta' },
  { symbol: '\u03ba', name: 'kappa' },
  { symbol: '\u03bc', name: 'mu' },
];
const BY_SPELLING = new Map(GREEK.flatMap((g) => [[g.symbol, g] as const, [g.name, g] as const]));

/**
 * A Greek letter, as a symbol or spelled out (not inside a lower-case word:
 * "alphabet", "immune"), with the separator before it and its subtype
 * number: "-2", " 2", "(2)", "2A".
 */
const GREEK_MENTION =
  /([-\s]?)(\u03b1|\u03b2|\u03b3|\u03b4|\u03ba|\u03bc|(?<![a-z])(?:alpha|beta|gamma|delta|kappa|mu)(?![a-z]))((?:[-\s]?\d+[A-Z]?|\(\d+[A-Z]?\))(?![\d]))?/g;

/** Most spellings generated for one form (a form with many Greek letters keeps its first ones). */
const MAX_SPELLINGS = 256;

const isAlnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isCapitalOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{Lu}\p{N}]/u.test(ch);

/** The ways to write one Greek mention, given the character before it. */
function mentionSpellings(greek: Greek, separator: string, subtype: string | undefined, before: string | undefined): string[] {
  const number = subtype?.replace(/[-\s()]/g, '');
  const out: string[] = [];
  for (const letter of [greek.symbol, greek.name]) {
    // "alpha 2" is common, "α 2" is not.
    const subtypes = !number
      ? ['']
      : letter === greek.name
        ? [number, `-${number}`, ` ${number}`, `(${number})`]
        : [number, `-${number}`, `(${number})`];
    let lefts: string[];
    if (!isAlnum(before)) lefts = [separator];
    else if (isCapitalOrDigit(before)) lefts = letter === greek.symbol ? ['', '-'] : ['', '-', ' '];
    else lefts = separator ? ['-', ' '] : [''];
    for (const left of lefts) for (const sub of subtypes) out.push(`${left}${letter}${sub}`);
  }
  return out;
}

/** The spellings of `form` with its Greek letters written every usual way (the form itself first). */
export function greekSpellings(form: string): string[] {
  const parts: string[] = [];
  const choices: string[][] = [];
  let last = 0;
  for (const m of form.matchAll(GREEK_MENTION)) {
    const [whole, separator, letter, subtype] = m;
    const greek = BY_SPELLING.get(letter)!;
    parts.push(form.slice(last, m.index));
    choices.push(mentionSpellings(greek, separator, subtype, form[m.index! - 1]));
    last = m.index! + whole.length;
  }
  if (!choices.length) return [form];
  const tail = form.slice(last);
  const out = new Set<string>([form]);
  const combine = (i: number, built: string) => {
    if (out.size >= MAX_SPELLINGS) return;
    if (i === choices.length) {
      out.add(built + tail);
      return;
    }
    for (const choice of choices[i]) combine(i + 1, built + parts[i] + choice);
  };
  combine(0, '');
  return [...out];
}

/**
 * The stems of subtype families: abbreviations (as written) that end in a
 * capital letter (A–Z) and that another form continues with a subtype number
 * ("5-HT" of "5-HT3", "5-HT1B/1D agonist").
 */
export function subtypeStems(abbreviations: readonly string[], forms: readonly string[]): string[] {
  const wanted = new Set(abbreviations.filter((stem) => stem.length >= 2 && /[A-Z]$/.test(stem)));
  const longest = Math.max(0, ...[...wanted].map((stem) => stem.length));
  const found = new Set<string>();
  // Each place a capital is followed by a digit ends a possible stem: look up the texts ending there.
  for (const form of forms) {
    for (let i = 1; i < form.length; i++) {
      const digit = form.charCodeAt(i);
      const capital = form.charCodeAt(i - 1);
      if (digit < 48 || digit > 57 || capital < 65 || capital > 90) continue;
      for (let from = Math.max(0, i - longest); from <= i - 2; from++) {
        const stem = form.slice(from, i);
        if (wanted.has(stem) && !found.has(stem) && subtypePattern(stem, '').test(form)) found.add(stem);
      }
    }
  }
  return abbreviations.filter((stem) => found.has(stem));
}

/** A stem followed by a subtype number ("5-HT" + "3"), each a group. */
function subtypePattern(stem: string, flags: string): RegExp {
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])(${escaped})(\\d[A-Z]?)(?![\\p{L}\\p{N}])`, `u${flags}`);
}

/** `form` with each subtype number after a stem spaced from it ("5-HT 3 receptor"), if it has one. */
export function spacedSubtypes(form: string, stems: readonly string[]): string[] {
  let spaced = form;
  for (const stem of stems) spaced = spaced.replace(subtypePattern(stem, 'g'), '$1 $2');
  return spaced === form ? [] : [spaced];
}

/** Every spelling of `form`: the Greek family of it and of its spaced-subtype spelling (the form itself first). */
export function spellingsOf(form: string, stems: readonly string[] = []): string[] {
  return [...new Set([form, ...spacedSubtypes(form, stems)].flatMap(greekSpellings))];
}
