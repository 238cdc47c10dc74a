/**
 * Sentence splitting for claim extraction, with compromise's tokenizer
 * (its sentence rules know "et al.", "e.g.", decimals and initials; the
 * tokenizer alone is fast, where full tagging of a whole article is not),
 * then two repairs for scientific prose: a piece starting in lower case
 * continues the previous sentence ("… vs. controls"), and a sentence ending
 * in a parenthesis ("… (Fig. 2). Next") is split there.
 *
 * Loaded lazily by the popup: never import this from the content script.
 */
import nlp from 'compromise';

/** Longest sentence considered (longer "sentences" are tables or run-on captions). */
export const MAX_SENTENCE_CHARS = 600;

interface Piece {
  text: string;
}

const AFTER_PARENTHESIS = /(?<=\)[.!?])\s+(?=[A-Z0-9(])/;

export function splitSentences(text: string): string[] {
  const pieces = (nlp.tokenize(text).json() as Piece[]).map((p) => p.text.trim()).filter(Boolean);
  const merged: string[] = [];
  for (const piece of pieces) {
    if (merged.length && /^[a-z]/.test(piece)) merged[merged.length - 1] += ` ${piece}`;
    else merged.push(piece);
  }
  return merged
    .flatMap((s) => s.split(AFTER_PARENTHESIS))
    .map((s) => s.trim())
    .filter(Boolean);
}
