/**
 * The matcher's data in one binary file (match.bin), packed at build time
 * from the compiled data (lib/match/compiled.ts): the trie over every
 * form, already built (lib/match/trie.ts), and what a match needs of each
 * form and term, in typed arrays over the file's bytes.
 *
 * The page reads it without parsing: `unpack` makes views on the buffer, the
 * trie is walked as it is, and a form's text, refs or a term's id are read
 * from their arrays only when a match needs them. So loading a glossary of
 * 50,000 terms costs what fetching its file costs (no JSON.parse of
 * megabytes in one task, no trie built in the page), and a small glossary
 * keeps its data out of the content script.
 *
 * Layout (little-endian, every section aligned to 4 bytes): a header of
 * HEADER_FIELDS uint32, then the sections in the order of `SECTIONS`.
 */
import { Trie, trieArrays } from './trie';
import { finish } from '../steps';
import { isWordCode } from './chars';
import { lowerSameLength } from './normalize';
import { REF_AMBIGUOUS, REF_NAME, type CompiledData, type CompiledTerm } from './compiled';
import { CATEGORIES, type Category } from '../glossary/categories';

/** "GLM1". */
const MAGIC = 0x314d4c47;
const VERSION = 1;

/** Per form: case-sensitive; ends with a letter or digit (a word boundary is checked after it). */
export const FORM_CASE = 1;
export const FORM_WORD_END = 2;

type ArrayKind = 'u8' | 'u16' | 'i32' | 'u32';
/** Each section: its array kind and the header count its length derives from. */
const SECTIONS = {
  code: ['u16', 'states'],
  firstChild: ['i32', 'states'],
  sibling: ['i32', 'states'],
  head: ['i32', 'states'],
  nextPattern: ['i32', 'forms'],
  flags: ['u8', 'forms'],
  textStart: ['u32', 'forms+1'],
  text: ['u16', 'textLength'],
  refStart: ['u32', 'forms+1'],
  refs: ['i32', 'refCount'],
  idStart: ['u32', 'terms+1'],
  ids: ['u16', 'idLength'],
  category: ['u8', 'terms'],
  shared: ['i32', 'sharedCount'],
  nameStart: ['u32', 'terms+1'],
  names: ['i32', 'nameCount'],
  cues: ['u8', 'cueBytes'],
} as const satisfies Record<string, readonly [ArrayKind, string]>;
type Section = keyof typeof SECTIONS;
const HEADER_FIELDS = [
  'magic',
  'version',
  'states',
  'forms',
  'terms',
  'textLength',
  'refCount',
  'idLength',
  'sharedCount',
  'nameCount',
  'cueBytes',
] as const;
type Counts = Record<(typeof HEADER_FIELDS)[number], number>;

type Arrays = {
  code: Uint16Array;
  firstChild: Int32Array;
  sibling: Int32Array;
  head: Int32Array;
  nextPattern: Int32Array;
  flags: Uint8Array;
  textStart: Uint32Array;
  text: Uint16Array;
  refStart: Uint32Array;
  refs: Int32Array;
  idStart: Uint32Array;
  ids: Uint16Array;
  category: Uint8Array;
  shared: Int32Array;
  nameStart: Uint32Array;
  names: Int32Array;
  cues: Uint8Array;
};

const BYTES: Record<ArrayKind, number> = { u8: 1, u16: 2, i32: 4, u32: 4 };

function lengthOf(spec: string, counts: Counts): number {
  const [name, plus] = spec.split('+');
  return counts[name as keyof Counts] + (plus ? Number(plus) : 0);
}

const align = (n: number) => (n + 3) & ~3;

/** Packs compiled data, in steps (the trie's build yields every few thousand forms). */
export function* packSteps(data: CompiledData): Generator<void, Uint8Array> {
  const rows = data.forms;
  const patterns = rows.map(([text]) => lowerSameLength(text));
  const trie = yield* trieArrays(patterns);
  const texts = rows.map(([text]) => text);
  const idTexts = data.terms.map((t) => t.id);
  const refLists = rows.map((row) => row.slice(2) as number[]);
  const names: number[][] = data.terms.map(() => []);
  const shared: number[] = [];
  refLists.forEach((refs, p) => {
    if (refs.length > 1 || refs.some((ref) => (ref & REF_AMBIGUOUS) !== 0)) shared.push(p);
    for (const ref of refs) if ((ref & REF_NAME) !== 0) names[ref >> 2].push(p);
  });
  const cues: Record<number, string[]> = {};
  data.terms.forEach((t, i) => {
    if (t.cues?.length) cues[i] = t.cues;
  });
  const cueBytes = new TextEncoder().encode(JSON.stringify(cues));
  const counts: Counts = {
    magic: MAGIC,
    version: VERSION,
    states: trie.states,
    forms: rows.length,
    terms: data.terms.length,
    textLength: texts.reduce((n, t) => n + t.length, 0),
    refCount: refLists.reduce((n, r) => n + r.length, 0),
    idLength: idTexts.reduce((n, t) => n + t.length, 0),
    sharedCount: shared.length,
    nameCount: names.reduce((n, l) => n + l.length, 0),
    cueBytes: cueBytes.length,
  };
  const { buffer, arrays } = layout(counts);
  yield;
  arrays.code.set(trie.code);
  arrays.firstChild.set(trie.firstChild);
  arrays.sibling.set(trie.sibling);
  arrays.head.set(trie.head);
  arrays.nextPattern.set(trie.nextPattern);
  const fill = (starts: Uint32Array, pool: Uint16Array, strings: readonly string[]) => {
    let at = 0;
    strings.forEach((s, i) => {
      starts[i] = at;
      for (let k = 0; k < s.length; k++) pool[at++] = s.charCodeAt(k);
    });
    starts[strings.length] = at;
  };
  fill(arrays.textStart, arrays.text, texts);
  fill(arrays.idStart, arrays.ids, idTexts);
  let r = 0;
  refLists.forEach((refs, p) => {
    arrays.refStart[p] = r;
    for (const ref of refs) arrays.refs[r++] = ref;
    const text = texts[p];
    arrays.flags[p] = (rows[p][1] === 1 ? FORM_CASE : 0) | (isWordCode(text.charCodeAt(text.length - 1)) ? FORM_WORD_END : 0);
  });
  arrays.refStart[rows.length] = r;
  data.terms.forEach((t, i) => {
    arrays.category[i] = t.category ? CATEGORIES.indexOf(t.category) + 1 : 0;
  });
  arrays.shared.set(shared);
  let n = 0;
  names.forEach((list, t) => {
    arrays.nameStart[t] = n;
    for (const p of list) arrays.names[n++] = p;
  });
  arrays.nameStart[names.length] = n;
  arrays.cues.set(cueBytes);
  return new Uint8Array(buffer);
}

/** Packs compiled data at once. */
export function pack(data: CompiledData): Uint8Array {
  return finish(packSteps(data));
}

/** A buffer for `counts`, with a view on each section. */
function layout(counts: Counts, existing?: ArrayBuffer, base = 0): { buffer: ArrayBuffer; arrays: Arrays } {
  let offset = align(HEADER_FIELDS.length * 4);
  const places: [Section, ArrayKind, number, number][] = [];
  for (const [name, [kind, spec]] of Object.entries(SECTIONS) as [Section, readonly [ArrayKind, string]][]) {
    const length = lengthOf(spec, counts);
    places.push([name, kind, offset, length]);
    offset = align(offset + length * BYTES[kind]);
  }
  const buffer = existing ?? new ArrayBuffer(offset);
  if (buffer.byteLength - base < offset) throw new Error(`match data: ${buffer.byteLength - base} bytes, ${offset} expected`);
  if (!existing) {
    const header = new Uint32Array(buffer, 0, HEADER_FIELDS.length);
    HEADER_FIELDS.forEach((field, i) => {
      header[i] = counts[field];
    });
  }
  const arrays = {} as Record<Section, unknown>;
  for (const [name, kind, at, length] of places) {
    const start = base + at;
    arrays[name] =
      kind === 'u8'
        ? new Uint8Array(buffer, start, length)
        : kind === 'u16'
          ? new Uint16Array(buffer, start, length)
          : kind === 'i32'
            ? new Int32Array(buffer, start, length)
            : new Uint32Array(buffer, start, length);
  }
  return { buffer, arrays: arrays as Arrays };
}

/** The string of code units [start, end) of a pool. */
function decode(pool: Uint16Array, start: number, end: number): string {
  return String.fromCharCode.apply(null, pool.subarray(start, end) as unknown as number[]);
}

/** Packed match data, read in place. */
export class PackedMatchData {
  readonly trie: Trie;
  /** Forms (the trie's patterns: form p is pattern p). */
  readonly forms: number;
  readonly terms: number;
  /** FORM_CASE | FORM_WORD_END per form. */
  readonly flags: Uint8Array;
  /** Forms with more than one term or an ambiguous one. */
  readonly shared: Int32Array;
  private readonly arrays: Arrays;
  private readonly ids: (string | undefined)[];
  private cueMap: Map<number, string[]> | undefined;

  constructor(bytes: ArrayBuffer | Uint8Array) {
    const buffer = bytes instanceof Uint8Array ? bytes.buffer : bytes;
    const base = bytes instanceof Uint8Array ? bytes.byteOffset : 0;
    if (base % 4 !== 0) throw new Error('match data: the buffer must start at a multiple of 4 bytes');
    const header = new Uint32Array(buffer, base, HEADER_FIELDS.length);
    const counts = Object.fromEntries(HEADER_FIELDS.map((field, i) => [field, header[i]])) as Counts;
    if (counts.magic !== MAGIC || counts.version !== VERSION) throw new Error('match data: not a Glossa match file of this version');
    const { arrays } = layout(counts, buffer as ArrayBuffer, base);
    this.arrays = arrays;
    this.forms = counts.forms;
    this.terms = counts.terms;
    this.flags = arrays.flags;
    this.shared = arrays.shared;
    this.ids = new Array(counts.terms);
    const { code, firstChild, sibling, head, nextPattern } = arrays;
    this.trie = new Trie({ states: counts.states, code, firstChild, sibling, head, nextPattern });
  }

  /** Form p's text (normalised, in its own case). */
  text(p: number): string {
    return decode(this.arrays.text, this.arrays.textStart[p], this.arrays.textStart[p + 1]);
  }

  /** Whether `text` has form p's text, in its case, at `at`. */
  textAt(p: number, text: string, at: number): boolean {
    const { text: pool, textStart } = this.arrays;
    const start = textStart[p];
    const length = textStart[p + 1] - start;
    if (at + length > text.length) return false;
    for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== pool[start + k]) return false;
    return true;
  }

  /** Form p's term refs (lib/match/compiled.ts: 4 × term index + REF_ flags). */
  refs(p: number): Int32Array {
    return this.arrays.refs.subarray(this.arrays.refStart[p], this.arrays.refStart[p + 1]);
  }

  termId(t: number): string {
    let id = this.ids[t];
    if (id === undefined) id = this.ids[t] = decode(this.arrays.ids, this.arrays.idStart[t], this.arrays.idStart[t + 1]);
    return id;
  }

  category(t: number): Category | undefined {
    const c = this.arrays.category[t];
    return c ? CATEGORIES[c - 1] : undefined;
  }

  /** The terms that have context cues, with them. */
  get cues(): ReadonlyMap<number, string[]> {
    if (!this.cueMap) {
      const json = JSON.parse(new TextDecoder().decode(this.arrays.cues)) as Record<string, string[]>;
      this.cueMap = new Map(Object.entries(json).map(([t, cues]) => [Number(t), cues]));
    }
    return this.cueMap;
  }

  /** The term as compiled (id, category, cues). */
  term(t: number): CompiledTerm {
    const category = this.category(t);
    const cues = this.cues.get(t);
    return { id: this.termId(t), ...(category ? { category } : {}), ...(cues ? { cues } : {}) };
  }

  /** The forms that are term t's own names (variants and abbreviations), in form order. */
  names(t: number): Int32Array {
    return this.arrays.names.subarray(this.arrays.nameStart[t], this.arrays.nameStart[t + 1]);
  }
}
