/**
 * The article's text as block segments, for claim extraction in the popup
 * ('page:getText') and for finding a sentence again ('page:revealText').
 * Walks the site adapter's roots like the annotator does (same skipped
 * elements and exclusions), but reads the text inside our own term
 * wrappers and highlights too, and treats them as inline.
 *
 * DOM only, no compromise: safe for the content script.
 */
import { INLINE_TAGS, isSkipped } from '../annotate/segments';

/** Our UI (tooltip hosts, style) and hidden content; term and highlight wrappers are read. */
const TEXT_EXCLUDE = '[hidden], [aria-hidden="true"], [data-glossa-ui], .MathJax, .MathJax_Display, .MathJax_Preview, .MathJax_SVG, .mjx-chtml';

/** Inline elements: text on both sides belongs to one block (as for the annotator, plus all our wrappers). */
const isInline = (el: Element) => INLINE_TAGS.has(el.tagName.toUpperCase()) || el.tagName.toUpperCase().startsWith('GLOSSA-');

/** A block of text with its text nodes, for mapping offsets back to the DOM. */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text`. */
  starts: number[];
}

/** The text blocks of the roots, in document order. `exclude`: the site adapter's exclusions. */
export function textBlocks(roots: readonly Element[], exclude: string): TextBlock[] {
  const skip = exclude ? `${exclude}, ${TEXT_EXCLUDE}` : TEXT_EXCLUDE;
  const blocks: TextBlock[] = [];
  let current: TextBlock = { text: '', nodes: [], starts: [] };
  const flush = () => {
    if (/\S/.test(current.text)) blocks.push(current);
    current = { text: '', nodes: [], starts: [] };
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const node = child as Text;
        current.nodes.push(node);
        current.starts.push(current.text.length);
        current.text += node.data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName.toUpperCase() === 'BR') {
          flush();
          continue;
        }
        if (isSkipped(el, skip)) {
          if (!isInline(el)) flush();
          continue;
        }
        const inline = isInline(el);
        if (!inline) flush();
        walk(el);
        if (!inline) flush();
      }
    }
  };
  for (const root of roots) {
    walk(root);
    flush();
  }
  return blocks;
}

/** The answer to 'page:getText': the roots' blocks as strings with whitespace collapsed. */
export function pageSegments(roots: readonly Element[], exclude: string): string[] {
  return textBlocks(roots, exclude).map((b) => b.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
