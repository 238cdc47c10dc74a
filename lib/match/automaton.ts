/**
 * Finds every occurrence of a set of patterns that begins where a word can
 * begin: not on a letter or digit that continues the one before it (a
 * pattern starting there could never pass a word-boundary check). Used for
 * small, changing sets (cue words, the paper's own short forms); the term
 * matcher walks the same trie with its own rules (lib/match/matcher.ts).
 *
 * From each such place the trie (lib/match/trie.ts) is walked as far as the
 * text follows it, so a scan costs about the length of the text times the
 * depth of the common prefixes, whatever the number of patterns.
 */
import { isWordCode } from './chars';
import { Trie } from './trie';

export interface Hit {
  /** Index of the pattern in the array given to the constructor. */
  pattern: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export class Automaton {
  private readonly trie: Trie;
  /** The caller's index of each pattern of the trie (the trie holds them sorted). */
  private readonly original: Int32Array;

  constructor(patterns: readonly string[]) {
    const order = patterns.map((_, i) => i).sort((a, b) => (patterns[a] < patterns[b] ? -1 : patterns[a] > patterns[b] ? 1 : a - b));
    this.original = Int32Array.from(order);
    this.trie = new Trie(order.map((i) => patterns[i]));
  }

  /** Occurrences that begin where a word can begin, by start, then end. */
  search(text: string): Hit[] {
    const hits: Hit[] = [];
    const trie = this.trie;
    let previousWord = false;
    for (let i = 0; i < text.length; i++) {
      const isWord = isWordCode(text.charCodeAt(i));
      const canStart = !(isWord && previousWord);
      previousWord = isWord;
      if (!canStart) continue;
      let state = 0;
      for (let j = i; j < text.length; j++) {
        state = trie.child(state, text.charCodeAt(j));
        if (state === 0) break;
        for (let p = trie.patternAt(state); p >= 0; p = trie.nextAt(p)) hits.push({ pattern: this.original[p], start: i, end: j + 1 });
      }
    }
    return hits;
  }
}
