/**
 * Collects the text of annotation roots as segments: runs of text nodes
 * inside one block, joined so that a term split across inline elements
 * (5-HT<sub>3</sub>, <i>KCC</i>2) is matched once. Block elements, <br>,
 * and skipped subtrees end a segment.
 *
 * Joining would also glue a citation to the word it follows
 * ("thalamus<a href="#ref10"><sup>10</sup></a>" reads "thalamus10"), so
 * citation markers are recorded with each segment (`citations`) and
 * normalisation leaves them out (lib/match/normalize.ts). A superscript is
 * a citation when its text is reference numbers ("10", "8,42", "4–6",
 * "[3]") and it links to a reference in the page, or lists or spans several
 * numbers, or follows a word in lower case or punctuation; a term's own
 * superscripts are not: Cl<sup>−</sup>, Ca<sup>2+</sup>, 10<sup>6</sup>, and
 * a lone number after a capital or digit (KCC<sup>2</sup>).
 */
import { normalize, type Normalized } from '../match/normalize';

/** Elements whose text is never read or changed (by the annotator, nor by highlights: lib/highlights/text.ts). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'CODE',
  'KBD',
  'HEAD',
  'TITLE',
  'MJX-CONTAINER',
]);

/** Inline elements: text on both sides of them belongs to one segment. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DFN',
  'EM',
  'I',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'FONT',
  'INS',
  'DEL',
  'LABEL',
  'GLOSSA-MARK',
  'GLOSSA-TERM',
]);

/** Subtrees never read or changed (besides the site adapter's). */
const EXCLUDED = [
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
  '[data-glossa-ui]',
  '.MathJax',
  '.MathJax_Display',
  '.MathJax_Preview',
  '.MathJax_SVG',
  '.mjx-chtml',
];

/** Generic exclusions, on top of a site adapter's: for annotating (our own wrappers are skipped). */
export const GENERIC_EXCLUDE = [...EXCLUDED, '[data-glossa-term]'].join(', ');

/** For reading the article (and for highlights' text): the same, but our wrappers are read through (their text is the article's). */
export const READ_EXCLUDE = EXCLUDED.join(', ');

export interface Segment {
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
  /**
   * How the text reads, when the DOM alone does not tell it (the PDF reader:
   * a hyphen dropped at a line break, a space between two lines), mapped to
   * offsets in `text`; else `normalize(text, citations)`.
   */
  reading?: Normalized;
  /** Citation markers in `text`: [start, end) pairs, in order (absent when there are none). */
  citations?: number[];
}

/** Collects the segments of a root (collectSegments, or a page's own reading: the PDF reader's text layers). */
export type Segmenter = (root: Element, exclude: string) => Segment[];

/** How a segment reads: its own reading, or its text normalised for matching. */
export function readingOf(segment: Segment): Normalized {
  return segment.reading ?? normalize(segment.text, segment.citations);
}

/** Reference numbers: "10", "8,42", "4–6", "[3]", "1, 3–5". */
const CITATION_TEXT = /^\s*[[(]?\s*\d{1,4}[a-z]?(?:\s*[,;\u2010-\u2014\u2212-]\s*\d{1,4}[a-z]?)*\s*[\])]?\s*$/;
/** Several reference numbers (a list or a range). */
const CITATION_LIST = /\d\s*[,;\u2010-\u2014\u2212-]\s*\d/;
/** What may stand between two citation markers and belongs to them: commas, dashes, spaces. */
const CITATION_GLUE = /^[\s,;\u2010-\u2014\u2212-]*$/;
/** Text that a lone reference number follows: a word in lower case, or punctuation. */
const CITED_WORD_END = /(?:\p{Ll}|[.,;:)\]'"\u2019\u201d])\s*$/u;
/** A link to somewhere in the page (a reference list entry). */
const IN_PAGE_LINK = 'a[href*="#"]';

/**
 * Whether inline element `el` is a citation marker, given the segment text
 * before it: a <sup> of reference numbers (linking to the page, or with
 * several numbers, or after a lower-case word or punctuation), or a link
 * to the page whose text is reference numbers in a <sup>.
 */
export function isCitation(el: Element, before: string): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'SUP' && tag !== 'A') return false;
  const text = el.textContent ?? '';
  if (!CITATION_TEXT.test(text)) return false;
  if (tag === 'A') return el.matches(IN_PAGE_LINK) && el.querySelector('sup') !== null;
  if (el.querySelector(IN_PAGE_LINK) || el.closest(IN_PAGE_LINK)) return true;
  return CITATION_LIST.test(text) || CITED_WORD_END.test(before);
}

/**
 * Whether `el`'s subtree is never read or changed. `exclude`: a CSS selector
 * list, or the elements it selects (a walker over a whole root queries the
 * selector once instead of matching every element).
 */
export function isSkipped(el: Element, exclude: string | ReadonlySet<Element>): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  return typeof exclude === 'string' ? el.matches(exclude) : exclude.has(el);
}

/**
 * Segments under `root`. `exclude` is a CSS selector list of subtrees to
 * skip (the adapter's plus GENERIC_EXCLUDE). The root itself is not tested
 * against it. A skipped subtree ends the segment, unless it is an inline
 * element and `joinAcrossSkippedInline` is set (reading sentences for the
 * popup: a hidden <span> inside a sentence does not cut it in two).
 */
export function collectSegments(root: Element, exclude: string, options: { joinAcrossSkippedInline?: boolean } = {}): Segment[] {
  const segments: Segment[] = [];
  const excluded = new Set(root.querySelectorAll(exclude));
  let current: Segment = { nodes: [], starts: [], text: '' };
  const flush = () => {
    if (current.nodes.length && /\S/.test(current.text)) segments.push(current);
    current = { nodes: [], starts: [], text: '' };
  };
  /** Records a citation marker; one that follows another with only commas or dashes between extends it. */
  const cite = (start: number, end: number) => {
    const list = (current.citations ??= []);
    const last = list.length - 1;
    if (last > 0 && CITATION_GLUE.test(current.text.slice(list[last], start))) list[last] = end;
    else list.push(start, end);
  };
  let inCitation = false;
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        current.nodes.push(text);
        current.starts.push(current.text.length);
        current.text += text.data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const inline = INLINE_TAGS.has(el.tagName.toUpperCase());
        if (isSkipped(el, excluded)) {
          if (!(inline && options.joinAcrossSkippedInline)) flush();
          continue;
        }
        if (!inline) flush();
        if (inline && !inCitation && isCitation(el, current.text)) {
          const start = current.text.length;
          inCitation = true;
          walk(el);
          inCitation = false;
          cite(start, current.text.length);
          continue;
        }
        walk(el);
        if (!inline) flush();
      }
    }
  };
  walk(root);
  flush();
  return segments;
}

/** Whether `node` lies inside a skipped subtree below `root` (for late content). */
export function isInsideSkipped(node: Node, root: Element, exclude: string): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (isSkipped(el, exclude)) return true;
  }
  return false;
}

/** The nearest block-level ancestor of `node` at or below `root`. */
export function blockOf(node: Node, root: Element): Element {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (!INLINE_TAGS.has(el.tagName.toUpperCase())) return el;
  }
  return root;
}
