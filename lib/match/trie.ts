/**
 * A trie over UTF-16 code units in flat typed arrays, built in one linear
 * pass from patterns given in sorted order (lib/match/compiled.ts sorts
 * them at build time): each pattern shares its longest common prefix with
 * the one before it, so only the rest of it becomes new states, numbered
 * depth first. No state is an object and nothing is searched while building.
 *
 * The children of a state are in code-unit order (the patterns were
 * sorted): a linked list, with a table for ASCII at the root. The term
 * matcher walks the trie from each place a term may start (lib/match/
 * matcher.ts); the walk stops at the first code unit no pattern continues
 * with, so scanning costs about the length of the text times the depth of
 * the common prefixes, whatever the number of patterns.
 */
import { finish } from '../steps';

export class Trie {
  /** Number of states, the root (0) included. */
  readonly states: number;
  /** code[s]: the code unit on the edge into state s. */
  private readonly code: Uint16Array;
  /** First child of s (children in code-unit order), or 0 (the root is nobody's child). */
  private readonly firstChild: Int32Array;
  /** Next child of the same parent, or 0. */
  private readonly sibling: Int32Array;
  /** 1 + the first pattern ending at s (0 if none); then 1 + nextPattern[p] (ascending). */
  private readonly head: Int32Array;
  private readonly nextPattern: Int32Array;
  /** Root children by ASCII code (0 = none). */
  private readonly rootAscii = new Int32Array(128);

  /** `patterns` must be in code-unit order (equal ones adjacent); throws otherwise. */
  constructor(source: readonly string[] | TrieArrays) {
    const arrays = Array.isArray(source) ? finish(trieArrays(source as readonly string[])) : (source as TrieArrays);
    const { states, code, firstChild, sibling, head, nextPattern } = arrays;
    this.states = states;
    this.code = code;
    this.firstChild = firstChild;
    this.sibling = sibling;
    this.head = head;
    this.nextPattern = nextPattern;
    for (let s = firstChild[0]; s !== 0; s = sibling[s]) if (code[s] < 128) this.rootAscii[code[s]] = s;
  }

  /** The same trie built in steps (a few thousand patterns each), for a caller that yields to the page in between. */
  static *build(patterns: readonly string[]): Generator<void, Trie> {
    const arrays = yield* trieArrays(patterns);
    return new Trie(arrays);
  }

  /** The trie's arrays, as lib/match/packed.ts stores them. */
  get arrays(): TrieArrays {
    const { states, code, firstChild, sibling, head, nextPattern } = this;
    return { states, code, firstChild, sibling, head, nextPattern };
  }

  /** The child of `state` by code unit `c`, or 0 when there is none. */
  child(state: number, c: number): number {
    if (state === 0 && c < 128) return this.rootAscii[c];
    const code = this.code;
    let s = this.firstChild[state];
    while (s !== 0 && code[s] < c) s = this.sibling[s];
    return s !== 0 && code[s] === c ? s : 0;
  }

  /** The first pattern ending at `state` (-1 if none); `nextAt` gives the others. */
  patternAt(state: number): number {
    return this.head[state] - 1;
  }

  /** The next pattern ending where `pattern` ends (-1 if none). */
  nextAt(pattern: number): number {
    return this.nextPattern[pattern] - 1;
  }
}

/** A trie's arrays (see the fields of Trie). */
export interface TrieArrays {
  states: number;
  code: Uint16Array;
  firstChild: Int32Array;
  sibling: Int32Array;
  head: Int32Array;
  nextPattern: Int32Array;
}

/** Patterns per step of a stepwise build. */
const STEP = 8192;

export function* trieArrays(patterns: readonly string[]): Generator<void, TrieArrays> {
  const count = patterns.length;
  // 1. Each pattern's common prefix with the one before it: the states are
  //    the rest of each pattern, so they can be counted before allocating.
  const lcps = new Int32Array(count);
  let states = 1;
  let longest = 0;
  let previous = '';
  for (let index = 0; index < count; index++) {
    const pattern = patterns[index];
    if (pattern < previous) throw new Error(`Trie: patterns are not sorted ("${previous}" before "${pattern}")`);
    const limit = Math.min(pattern.length, previous.length);
    let lcp = 0;
    while (lcp < limit && pattern.charCodeAt(lcp) === previous.charCodeAt(lcp)) lcp++;
    lcps[index] = lcp;
    states += pattern.length - lcp;
    if (pattern.length > longest) longest = pattern.length;
    previous = pattern;
    if (index % STEP === STEP - 1) yield;
  }
  // 2. The states, depth first.
  const code = new Uint16Array(states);
  const firstChild = new Int32Array(states);
  const sibling = new Int32Array(states);
  const head = new Int32Array(states);
  const nextPattern = new Int32Array(count);
  /** path[d]: the state at depth d of the previous pattern. */
  const path = new Int32Array(longest + 1);
  let nodes = 1;
  for (let index = 0; index < count; index++) {
    const pattern = patterns[index];
    const lcp = lcps[index];
    for (let i = lcp; i < pattern.length; i++) {
      const parent = path[i];
      const n = nodes++;
      code[n] = pattern.charCodeAt(i);
      // A new child of `parent` comes after its earlier children (sorted input);
      // the latest earlier child is the previous pattern's state at depth i + 1.
      if (i === lcp && firstChild[parent] !== 0) sibling[path[i + 1]] = n;
      else firstChild[parent] = n;
      path[i + 1] = n;
    }
    if (pattern.length) {
      const end = path[pattern.length];
      if (head[end] === 0) head[end] = index + 1;
      else {
        // Equal patterns (rare): append, keeping the list ascending.
        let p = head[end] - 1;
        while (nextPattern[p] !== 0) p = nextPattern[p] - 1;
        nextPattern[p] = index + 1;
      }
    }
    if (index % STEP === STEP - 1) yield;
  }
  return { states, code, firstChild, sibling, head, nextPattern };
}
