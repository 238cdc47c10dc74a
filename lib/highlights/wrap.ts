/**
 * Shows a highlight in the page: each text node a Range covers is wrapped in
 * <glossa-mark data-glossa-highlight="<id>" data-colour="<name>"> (the
 * testability contract). Text nodes are split, never rewritten, and only
 * nodes that are part of the article text (the index) are wrapped, so
 * excluded content inside a range ("Go to:" menus) is left alone. Removing a
 * highlight merges the text back. A highlight's first wrapper is its one
 * tab stop, with role="mark"; when it has a note, that wrapper's
 * aria-description says so (with the note) and its last wrapper carries
 * data-glossa-note, which the page style shows as a note marker.
 */
import type { ColourName } from './model';
import { endPoint, startPoint, type TextIndex } from './text';

export const MARK_TAG = 'glossa-mark';
export const HIGHLIGHT_ATTR = 'data-glossa-highlight';
export const COLOUR_ATTR = 'data-colour';
/** On a highlight's last wrapper when it has a note (the visible marker). */
export const NOTE_ATTR = 'data-glossa-note';

const INLINE_PARENT =
  /^(A|ABBR|B|BDI|BDO|CITE|DFN|EM|I|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|FONT|INS|DEL|LABEL|P|GLOSSA-MARK|GLOSSA-TERM|LI|TD|TH|DD|DT|FIGCAPTION|CAPTION|H[1-6])$/;

/** Whitespace between two blocks is not wrapped (it would put inline boxes between list items or rows). */
function worthWrapping(node: Text): boolean {
  if (/\S/.test(node.data)) return true;
  const parent = node.parentElement;
  return !!parent && INLINE_PARENT.test(parent.tagName.toUpperCase()) && !!node.previousSibling && !!node.nextSibling;
}

function selector(id: string): string {
  return `${MARK_TAG}[${HIGHLIGHT_ATTR}="${CSS.escape(id)}"]`;
}

interface Piece {
  node: Text;
  /** Offset of this piece in the original node's data. */
  from: number;
}

/**
 * Wraps spans of an index's text. Works on offsets of the original text
 * nodes and keeps track of the pieces they are split into, so spans can be
 * wrapped in any order and may overlap.
 */
export class Wrapper {
  private readonly pieces = new Map<number, Piece[]>();

  constructor(
    private readonly index: TextIndex,
    private readonly doc: Document,
  ) {}

  private piecesOf(i: number): Piece[] {
    let list = this.pieces.get(i);
    if (!list) {
      list = [{ node: this.index.nodes[i], from: 0 }];
      this.pieces.set(i, list);
    }
    return list;
  }

  /** Wraps [start, end) of the index text; returns the wrappers in document order. */
  wrap(start: number, end: number, id: string, colour: ColourName): HTMLElement[] {
    const s = startPoint(this.index, start);
    const e = endPoint(this.index, end);
    if (!s || !e) return [];
    const first = this.index.position.get(s.node)!;
    const last = this.index.position.get(e.node)!;
    const made: HTMLElement[] = [];
    for (let i = first; i <= last; i++) {
      const from = i === first ? s.offset : 0;
      const to = i === last ? e.offset : this.index.data[i].length;
      if (to > from) made.push(...this.wrapInNode(i, from, to, id, colour));
    }
    return made;
  }

  private wrapInNode(i: number, from: number, to: number, id: string, colour: ColourName): HTMLElement[] {
    const list = this.piecesOf(i);
    const made: HTMLElement[] = [];
    for (let k = 0; k < list.length; k++) {
      const piece = list[k];
      const pieceEnd = piece.from + piece.node.data.length;
      if (pieceEnd <= from || piece.from >= to || !piece.node.parentNode) continue;
      let node = piece.node;
      let nodeFrom = piece.from;
      if (from > nodeFrom) {
        node = node.splitText(from - nodeFrom);
        nodeFrom = from;
        list.splice(++k, 0, { node, from: nodeFrom });
      }
      if (to < nodeFrom + node.data.length) {
        const tail = node.splitText(to - nodeFrom);
        list.splice(k + 1, 0, { node: tail, from: to });
      }
      if (!worthWrapping(node)) continue;
      const mark = this.doc.createElement(MARK_TAG);
      mark.setAttribute(HIGHLIGHT_ATTR, id);
      mark.setAttribute(COLOUR_ATTR, colour);
      node.parentNode!.insertBefore(mark, node);
      mark.appendChild(node);
      made.push(mark);
    }
    return made;
  }
}

/** The wrappers of a highlight, in document order. */
export function marksOf(doc: Document, id: string): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(selector(id))];
}

export function setColour(doc: Document, id: string, colour: ColourName): void {
  for (const mark of marksOf(doc, id)) mark.setAttribute(COLOUR_ATTR, colour);
}

/**
 * Shows a highlight's state on its wrappers: colour, one tab stop (not
 * inside a link or button, which keep their own), and whether it has a note:
 * `noteDescription` (what screen readers announce on the tab stop) is set
 * when there is a note and removed when there is none.
 */
export function presentMarks(marks: readonly HTMLElement[], colour: ColourName, noteDescription: string | undefined): void {
  if (!marks.length) return;
  for (const mark of marks) {
    mark.setAttribute(COLOUR_ATTR, colour);
    mark.removeAttribute(NOTE_ATTR);
  }
  const first = marks[0];
  first.setAttribute('role', 'mark');
  if (!first.closest('a[href], button')) first.tabIndex = 0;
  if (noteDescription) {
    first.setAttribute('aria-description', noteDescription);
    marks[marks.length - 1].setAttribute(NOTE_ATTR, '');
  } else first.removeAttribute('aria-description');
}

/** Removes a highlight's wrappers and merges the text they held with its neighbours. */
export function unwrap(doc: Document, id: string): void {
  for (const mark of marksOf(doc, id)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const first = mark.firstChild;
    const last = mark.lastChild;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    mergeText(last?.nextSibling ?? null);
    if (last && last !== first) mergeText(last);
    mergeText(first);
  }
}

/** Merges `node` into the text node before it, when both are text. */
function mergeText(node: Node | null): void {
  const previous = node?.previousSibling;
  if (node && node.nodeType === 3 && previous && previous.nodeType === 3) {
    (previous as Text).appendData((node as Text).data);
    node.parentNode!.removeChild(node);
  }
}
