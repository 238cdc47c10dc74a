/**
 * The normalised text of a page's annotation roots, with a map back to the
 * DOM. Selectors are computed on this text and anchored in it, so the text
 * must not depend on what Glossa itself added (term and highlight wrappers
 * are read through) nor on whitespace: runs of whitespace (including
 * no-break and hair spaces) become one space, zero-width characters and soft
 * hyphens are dropped, and block boundaries count as one space. Excluded
 * subtrees (the adapter's list: "Go to:" menus, reference lists, hidden
 * panels…) are not part of the text.
 */
import { INLINE_TAGS, READ_EXCLUDE, SKIP_TAGS } from '../annotate/segments';
import { isDroppedCode, isSpaceCode } from '../match/chars';

const HEADING = /^H[1-6]$/;

/** Dropped and space characters: the one table shared with matching (lib/match/chars.ts). */
const isDropped = isDroppedCode;
export const isSpace = isSpaceCode;

/**
 * A string normalised as the page text is (for quotes from elsewhere, such
 * as imports): whitespace runs to one space, zero-width characters dropped;
 * trimmed unless `keepEdges` (context strings may begin or end with a space).
 */
export function normaliseQuote(s: string, keepEdges = false): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    if (isDropped(s.charCodeAt(k))) continue;
    out += s[k];
  }
  out = out.replace(/\s+/g, ' ');
  return keepEdges ? out : out.trim();
}

/** Normalisation state before a node: bit 1 = last emitted char was a space (or none), bit 2 = a block break is pending. */
const LAST_SPACE = 1;
const PENDING_BREAK = 2;

export interface TextIndex {
  /** The normalised text. */
  text: string;
  /** Text nodes in document order that are part of the text. */
  nodes: Text[];
  /** Their data when the index was built (wrapping splits the nodes later). */
  data: string[];
  /** Offset in `text` where each node's contribution begins. */
  starts: number[];
  /** Offset in `text` after each node's contribution. */
  ends: number[];
  /** Normalisation state before each node (LAST_SPACE | PENDING_BREAK). */
  states: number[];
  /** Position of each node in `nodes`. */
  position: Map<Text, number>;
  /** Headings: offset in `text` where each starts, and its text. */
  headings: Array<{ at: number; text: string }>;
  /**
   * Per node, offsets in its data that read as nothing (besides zero-width
   * characters): the PDF reader's line-end hyphens of broken words.
   */
  dropped?: Array<ReadonlySet<number> | undefined>;
  /** The PDF reader: offset in `text` where each page starts (page n + 1 at pageStarts[n]). */
  pageStarts?: number[];
}

/**
 * Replays the normalisation of one node. `emitted(rawIndex, virtual)` is
 * called for each character the node contributes; `virtual` marks the space
 * standing for a block break (it sits before the character at rawIndex).
 */
function replay(
  data: string,
  state: number,
  emitted: (raw: number, virtual: boolean, ch: string) => void,
  dropped?: ReadonlySet<number>,
): number {
  let lastSpace = (state & LAST_SPACE) !== 0;
  let pending = (state & PENDING_BREAK) !== 0;
  for (let k = 0; k < data.length; k++) {
    const code = data.charCodeAt(k);
    if (isDropped(code) || dropped?.has(k)) continue;
    if (isSpace(code)) {
      if (!lastSpace) emitted(k, false, ' ');
      lastSpace = true;
      pending = false;
      continue;
    }
    if (pending) {
      if (!lastSpace) emitted(k, true, ' ');
      pending = false;
    }
    emitted(k, false, data[k]);
    lastSpace = false;
  }
  return (lastSpace ? LAST_SPACE : 0) | (pending ? PENDING_BREAK : 0);
}

/** A heading just before a root, for roots that do not contain their own (PubMed's abstract). */
function headingBefore(root: Element): string | undefined {
  let el: Element | null = root;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (HEADING.test(sib.tagName.toUpperCase())) return (sib.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined;
      // Only empty leaves may stand between a root and its heading (no textContent of big siblings).
      if (sib.childElementCount > 0 || (sib.textContent ?? '').trim()) break;
    }
  }
  return undefined;
}

/** The full exclusion list for an adapter's `exclude`: the annotator's reading list (term and highlight wrappers are read through) and the adapter's. */
export function excludeFor(adapterExclude: string): string {
  return adapterExclude ? `${READ_EXCLUDE}, ${adapterExclude}` : READ_EXCLUDE;
}

/** A text node as a page reads it in its own order (the PDF reader's text layers: RootParts). */
export interface TextPart {
  node: Text;
  /** A break (one space) before this node's text: a line or column break between two PDF text items. */
  breakBefore?: boolean;
  /** Offsets in the node's data that read as nothing (a line-end hyphen of a broken word). */
  dropped?: ReadonlySet<number>;
}

/**
 * A root whose text reads in an order of its own, not its DOM's (a PDF text
 * layer: reading order, broken words joined): its text nodes as they read.
 * Such roots are pages: the index records where each one's text starts.
 */
export type RootParts = (root: Element) => readonly TextPart[] | undefined;

/**
 * Builds the index of `roots` (in document order, none inside another),
 * skipping the adapter's exclusions. One querySelectorAll per root finds
 * the excluded subtrees, so the walk itself does no selector matching.
 * `parts`, where it answers for a root, gives that root's text instead of
 * the DOM walk.
 */
export function buildTextIndex(roots: readonly Element[], adapterExclude = '', parts?: RootParts): TextIndex {
  const exclude = excludeFor(adapterExclude);
  const index: TextIndex = { text: '', nodes: [], data: [], starts: [], ends: [], states: [], position: new Map(), headings: [] };
  const pieces: string[] = [];
  let length = 0;
  let lastSpace = true; // nothing emitted yet: leading spaces are dropped
  let pending = false;
  let excluded = new Set<Element>();

  const readText = (node: Text, drop?: ReadonlySet<number>) => {
    const data = node.data;
    if (drop) (index.dropped ??= [])[index.nodes.length] = drop;
    index.position.set(node, index.nodes.length);
    index.nodes.push(node);
    index.data.push(data);
    index.states.push((lastSpace ? LAST_SPACE : 0) | (pending ? PENDING_BREAK : 0));
    index.starts.push(length);
    // Copies runs of ordinary characters in one slice each.
    let run = 0;
    for (let k = 0; k < data.length; k++) {
      const code = data.charCodeAt(k);
      const dropped = isDropped(code) || drop?.has(k) === true;
      const space = !dropped && isSpace(code);
      if (!dropped && !space && !pending) {
        lastSpace = false;
        continue;
      }
      if (k > run) {
        pieces.push(data.slice(run, k));
        length += k - run;
      }
      run = k + 1;
      if (dropped) continue;
      if (space) {
        if (!lastSpace) {
          pieces.push(' ');
          length++;
        }
        lastSpace = true;
        pending = false;
        continue;
      }
      // A block break before this visible character.
      if (!lastSpace) {
        pieces.push(' ');
        length++;
      }
      pending = false;
      run = k;
      lastSpace = false;
    }
    if (data.length > run) {
      pieces.push(data.slice(run));
      length += data.length - run;
    }
    index.ends.push(length);
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        readText(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        const inline = INLINE_TAGS.has(tag);
        if (tag === 'BR' || SKIP_TAGS.has(tag) || excluded.has(el)) {
          // A skipped inline element (a hidden span) does not split a word; a skipped block does.
          if (!inline) pending = true;
          continue;
        }
        if (!inline) pending = true;
        const heading = HEADING.test(tag) ? pieces.length : -1;
        walk(el);
        if (heading >= 0) {
          const raw = pieces.slice(heading).join('');
          const text = raw.trim();
          if (text) index.headings.push({ at: length - raw.length + (raw.length - raw.trimStart().length), text });
        }
        if (!inline) pending = true;
      }
    }
  };

  for (const root of roots) {
    pending = true;
    const own = parts?.(root);
    if (own) {
      (index.pageStarts ??= []).push(length && !lastSpace ? length + 1 : length);
      for (const part of own) {
        if (part.breakBefore) pending = true;
        readText(part.node, part.dropped);
      }
      continue;
    }
    excluded = new Set(root.querySelectorAll(exclude));
    const before = headingBefore(root);
    if (before) index.headings.push({ at: length ? length + 1 : 0, text: before });
    walk(root);
  }
  let text = pieces.join('');
  // A trailing space is not part of the text.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    for (let i = index.ends.length - 1; i >= 0 && index.ends[i] > text.length; i--) {
      index.ends[i] = text.length;
      if (index.starts[i] > text.length) index.starts[i] = text.length;
    }
  }
  index.text = text;
  return index;
}

/** The node emitting the character at `offset`, or -1. */
function nodeEmitting(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  if (hi < 0 || offset < 0 || offset >= index.text.length) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  while (lo >= 0 && index.ends[lo] <= offset) lo--;
  return lo;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The raw index in `data` of the `n`-th character (0-based) the node
 * emits, and whether that character is the space standing for a block
 * break (then it sits just before the raw character). -1 if fewer.
 */
function emittedAt(data: string, state: number, n: number, dropped?: ReadonlySet<number>): { raw: number; virtual: boolean } {
  let lastSpace = (state & LAST_SPACE) !== 0;
  let pending = (state & PENDING_BREAK) !== 0;
  let count = 0;
  for (let k = 0; k < data.length; k++) {
    const code = data.charCodeAt(k);
    if (isDropped(code) || dropped?.has(k)) continue;
    if (isSpace(code)) {
      if (!lastSpace && count++ === n) return { raw: k, virtual: false };
      lastSpace = true;
      pending = false;
      continue;
    }
    if (pending) {
      if (!lastSpace && count++ === n) return { raw: k, virtual: true };
      pending = false;
    }
    if (count++ === n) return { raw: k, virtual: false };
    lastSpace = false;
  }
  return { raw: -1, virtual: false };
}

/** The DOM point where the character at `offset` begins (for a range start). */
export function startPoint(index: TextIndex, offset: number): DomPoint | undefined {
  const i = nodeEmitting(index, offset);
  if (i < 0) return undefined;
  const { raw } = emittedAt(index.data[i], index.states[i], offset - index.starts[i], index.dropped?.[i]);
  return raw < 0 ? undefined : { node: index.nodes[i], offset: raw };
}

/** The DOM point just after the character at `offset - 1` (for a range end). */
export function endPoint(index: TextIndex, offset: number): DomPoint | undefined {
  const i = nodeEmitting(index, offset - 1);
  if (i < 0) return undefined;
  const { raw, virtual } = emittedAt(index.data[i], index.states[i], offset - 1 - index.starts[i], index.dropped?.[i]);
  return raw < 0 ? undefined : { node: index.nodes[i], offset: virtual ? raw : raw + 1 };
}

/**
 * The offset in the text of a DOM boundary point inside an indexed text
 * node: the number of characters emitted before it.
 */
export function offsetInNode(index: TextIndex, node: Text, rawOffset: number): number | undefined {
  const i = index.position.get(node);
  if (i === undefined) return undefined;
  let count = 0;
  // A block-break space sits before its character: a point there is after the space.
  replay(
    index.data[i],
    index.states[i],
    (raw, virtual) => {
      if (raw < rawOffset || (virtual && raw === rawOffset)) count++;
    },
    index.dropped?.[i],
  );
  return Math.min(index.starts[i] + count, index.text.length);
}

/**
 * The offset of any DOM boundary point: inside an indexed text node, its
 * exact offset; elsewhere, the start of the first indexed node after it
 * (`side` 'start') or the end of the last one before it ('end').
 */
export function offsetOfPoint(index: TextIndex, container: Node, offset: number, side: 'start' | 'end'): number | undefined {
  if (container.nodeType === 3 && index.position.has(container as Text)) return offsetInNode(index, container as Text, offset);
  const doc = container.ownerDocument ?? (container as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  probe.collapse(true);
  // First indexed node at or after the point.
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(index.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (side === 'start') return lo < index.nodes.length ? index.starts[lo] : undefined;
  return lo > 0 ? index.ends[lo - 1] : undefined;
}

/** The heading in force at `offset` (the last one starting at or before it). */
export function sectionAt(index: TextIndex, offset: number): string | undefined {
  let found: string | undefined;
  for (const h of index.headings) {
    if (h.at > offset) break;
    found = h.text;
  }
  return found;
}

/** A DOM Range over [start, end) of the text, or undefined when it cannot be mapped. */
export function rangeOf(index: TextIndex, start: number, end: number, doc: Document): Range | undefined {
  const s = startPoint(index, start);
  const e = endPoint(index, end);
  if (!s || !e) return undefined;
  const range = doc.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  return range;
}
