/**
 * A page's text as the matcher reads it, from its layout (layout.ts): the
 * items' own text in reading order, each item's text kept whole in the
 * "raw" text (what the text layer's spans hold, one after another), and a
 * normalised reading with a map back into it:
 * - a space where the layout puts one (a gap, a line or column break);
 * - a hyphen dropped where a broken word is joined ("inhibi-" + "tory");
 * - citation markers left out, leaving a word boundary ("controls⁸" reads
 *   "controls");
 * - ligatures spelled out (ﬁ → fi, ﬂ → fl…; PDF.js already does this for
 *   most fonts, not for a font that maps the glyph to U+FB01 when text
 *   normalisation is off);
 * - then the matcher's own normalisation (lib/match/normalize.ts).
 * DOM-free.
 */
import { isWordChar } from '../match/chars';
import { normalize, type Normalized } from '../match/normalize';
import type { PageLayout } from './layout';

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Spells out the Latin ligatures U+FB00–FB06. */
export function unligature(text: string): string {
  return text.replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c]);
}

export interface PageReading extends Normalized {
  /** The raw text: the items' text in reading order, whole. */
  raw: string;
  /** Offset in `raw` of each piece's item text. */
  starts: number[];
}

/**
 * The reading of a page: `strings[i]` is item i's text (as its span holds
 * it). The map sends each character of `text` to its offset in `raw`.
 */
export function readPage(layout: PageLayout, strings: readonly string[]): PageReading {
  const starts: number[] = [];
  let raw = '';
  let pre = '';
  const preMap: number[] = [];
  let boundary = false;
  for (const piece of layout.pieces) {
    const str = strings[piece.item] ?? '';
    const base = raw.length;
    starts.push(base);
    raw += str;
    if (piece.citation) {
      boundary = true;
      continue;
    }
    let before: string = piece.before;
    // Where a citation stood between two word characters, a space takes its place.
    if (boundary && !before && isWordChar(pre[pre.length - 1]) && isWordChar(unligature(str.trimStart()[0] ?? ''))) before = ' ';
    boundary = false;
    for (const ch of before) {
      pre += ch;
      preMap.push(base);
    }
    for (let i = 0; i < str.length; i++) {
      if (i === piece.dropped) continue;
      const spelled = LIGATURES[str[i]] ?? str[i];
      for (const ch of spelled) {
        pre += ch;
        preMap.push(base + i);
      }
    }
  }
  const norm = normalize(pre);
  const map = new Uint32Array(norm.text.length + 1);
  for (let i = 0; i < norm.text.length; i++) map[i] = preMap[norm.map[i]];
  map[norm.text.length] = raw.length;
  return { text: norm.text, map, raw, starts };
}
