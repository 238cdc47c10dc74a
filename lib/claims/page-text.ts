/**
 * The article's text as block segments, for claim extraction in the popup
 * ('page:getText') and for finding a sentence again ('page:revealText').
 * Walks the site adapter's roots like the annotator does (same skipped
 * elements and exclusions), but reads the text inside our own term
 * wrappers and highlights too, and treats them as inline.
 *
 * DOM only, no compromise: safe for the content script.
 */
import { collectSegments, readingOf, type Segment, type Segmenter } from '../annotate/segments';

/** Our UI (tooltip hosts, style) and hidden content; term and highlight wrappers are read. */
const TEXT_EXCLUDE =
  '[hidden], [aria-hidden="true"], [data-glossa-ui], .MathJax, .MathJax_Display, .MathJax_Preview, .MathJax_SVG, .mjx-chtml';

/** A block of text with its text nodes, for mapping offsets back to the DOM (the annotator's Segment). */
export type TextBlock = Segment;

/**
 * The text blocks of the roots, in document order. `exclude`: the site
 * adapter's exclusions. The annotator's walk, reading through our wrappers
 * (inline elements there) and not cut by skipped inline elements.
 */
export function textBlocks(roots: readonly Element[], exclude: string, segments?: Segmenter): TextBlock[] {
  const skip = exclude ? `${exclude}, ${TEXT_EXCLUDE}` : TEXT_EXCLUDE;
  return roots.flatMap((root) => (segments ? segments(root, skip) : collectSegments(root, skip, { joinAcrossSkippedInline: true })));
}

/**
 * The answer to 'page:getText': the roots' blocks as strings normalised for matching (citation markers left out),
 * as they read where a block has its own reading (the PDF reader's pages).
 */
export function pageSegments(roots: readonly Element[], exclude: string, segments?: Segmenter): string[] {
  return textBlocks(roots, exclude, segments)
    .map((b) => readingOf(b).text.trim())
    .filter(Boolean);
}
