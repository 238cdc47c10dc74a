import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Trie } from '../../../lib/match/trie';
import { Automaton } from '../../../lib/match/automaton';

/** Patterns ending at the state reached by `text` from the root (or null if the walk leaves the trie). */
function endingAt(trie: Trie, text: string): number[] | null {
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = trie.child(state, text.charCodeAt(i));
    if (state === 0) return null;
  }
  const found: number[] = [];
  for (let p = trie.patternAt(state); p >= 0; p = trie.nextAt(p)) found.push(p);
  return found;
}

describe('Trie', () => {
  it('finds every pattern by walking it, equal patterns in ascending order, prefixes as inner states', () => {
    const patterns = ['5-ht', '5-ht3', '5-ht3', 'acc', 'ache', 'é-x', 'β-end'].sort();
    const trie = new Trie(patterns);
    for (const [i, p] of patterns.entries()) expect(endingAt(trie, p)).toContain(i);
    const dup = patterns.indexOf('5-ht3');
    expect(endingAt(trie, '5-ht3')).toEqual([dup, dup + 1]);
    expect(endingAt(trie, 'ac')).toEqual([]); // a prefix, no pattern ends there
    expect(endingAt(trie, 'accx')).toBeNull();
    // One state per distinct prefix, plus the root.
    const prefixes = new Set(patterns.flatMap((p) => [...p].map((_, i) => p.slice(0, i + 1))));
    expect(trie.states).toBe(prefixes.size + 1);
  });

  it('refuses patterns that are not sorted (its construction relies on the order)', () => {
    expect(() => new Trie(['b', 'a'])).toThrow(/not sorted/);
    expect(() => new Trie([])).not.toThrow();
    expect(new Trie(['']).states).toBe(1);
  });

  it('agrees with a plain lookup on random pattern sets (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'é', '\u{1F600}'), maxLength: 6 }), { maxLength: 30 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'é'), maxLength: 6 }),
        (raw, probe) => {
          const patterns = [...raw].sort();
          const trie = new Trie(patterns);
          const expected = patterns.flatMap((p, i) => (p === probe && p ? [i] : []));
          const got = endingAt(trie, probe) ?? [];
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Automaton (word-start scanner)', () => {
  it('reports every occurrence that begins where a word can begin, overlapping ones included', () => {
    const automaton = new Automaton(['pain', 'pain relief', 'relief', '-x']);
    const hits = automaton.search('chronic pain relief; xpain; a-x').map((h) => [h.pattern, h.start, h.end]);
    expect(hits).toEqual([
      [0, 8, 12],
      [1, 8, 19],
      [2, 13, 19],
      [3, 29, 31],
    ]);
  });
  it("keeps the caller's pattern indices although the trie holds them sorted", () => {
    const automaton = new Automaton(['zeta', 'alpha']);
    expect(automaton.search('alpha zeta').map((h) => h.pattern)).toEqual([1, 0]);
  });
});
