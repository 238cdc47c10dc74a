/**
 * Sentence boundaries from compromise's rule-based splitter (its tokenizer
 * build, `compromise/one`: no tagger), adapted to scientific prose.
 *
 * NEVER import this module statically from the content script: compromise
 * must stay out of its start-up bundle (tests/e2e/bundle.e2e.test.ts,
 * tests/lib/abbrev/bundle-boundary.test.ts). Use it in the background page or
 * a lazily loaded chunk, and hand its spans to the pipeline
 * (lib/match/pipeline.ts, option `sentenceSpans`) or the splitter itself
 * (option `sentences`).
 *
 * Repairs, made on compromise's output (its shared lexicon is left alone, so
 * other users of compromise in the same bundle are not affected):
 * - brackets are masked with spaces first (same length, so offsets hold):
 *   compromise reads "(Fig." as a word it does not know and ends a sentence;
 * - a piece that ends in vs., cf., e.g., i.e., eq., ref. … (missing from
 *   compromise's list) is joined to the next;
 * - a piece is split again after units and Latin words compromise holds as
 *   abbreviations ("10 mg. The", "in vivo. The", "in FM. The") and after a
 *   lone capital it takes for an initial ("substance P. The", "lamina I.
 *   The"), when a capitalised word follows.
 */
import nlp from 'compromise/one';
import type { SentenceSplitter, Span } from './sentences';

/** Words that end with a period without ending a sentence, missing from compromise's list. */
const NOT_AN_END = /(?:^|[\s(])(?:e\.g|i\.e|eg|ie|vs|cf|eq|eqs|ref|refs|figs|suppl|resp|viz|al)\.\s*$/i;

/** Where a sentence does end although compromise reads an abbreviation: before a capitalised word. */
const AN_END = /(?<=\s)(?:\p{Lu}|vivo|vitro|situ|FM|min|sec|h|mg|ml|mL|kg|g|cm|mm|µm|μm|nm|Hz|kHz|ms|s)\.(?=\s+\p{Lu}\p{Ll})/gu;

type Split = (text: string, world: object) => string[];

interface TokenizeMethods {
  one: { tokenize: { splitSentences: Split } };
}

/** Brackets become spaces (same length), so "(Fig. 1)" reads as "Fig. 1". */
const BRACKETS = /[()[\]{}]/g;

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

/** compromise's sentences as spans of `text` (its pieces concatenate back to the text). */
export const nlpSentences: SentenceSplitter = (text) => {
  const split = (nlp.methods() as TokenizeMethods).one.tokenize.splitSentences;
  const pieces = split(text.replace(BRACKETS, ' '), nlp.world());
  // Piece boundaries, joined where compromise split too early.
  const bounds: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    offset += piece.length;
    if (!NOT_AN_END.test(text.slice(offset - piece.length, offset))) bounds.push(offset);
  }
  // Should compromise ever drop or change characters, fall back to one span.
  if (offset !== text.length) return text.trim() ? [{ start: 0, end: text.length }] : [];
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  const spans: Span[] = [];
  let from = 0;
  for (const to of bounds) {
    const pieceStart = from;
    const piece = text.slice(pieceStart, to);
    AN_END.lastIndex = 0;
    for (let m = AN_END.exec(piece); m; m = AN_END.exec(piece)) {
      const cut = pieceStart + m.index + m[0].length;
      pushTrimmed(text, spans, from, cut);
      from = cut;
    }
    pushTrimmed(text, spans, from, to);
    from = to;
  }
  return spans;
};
