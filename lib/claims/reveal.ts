/**
 * "Show in the page" for a sentence the popup found: locate the text in the
 * article's blocks (whitespace, dashes and sub/superscripts normalised as
 * for matching, so the popup's normalised sentence is found in the DOM's
 * raw text), scroll to it and highlight it for a moment.
 *
 * The highlight uses the CSS Custom Highlight API with an adopted style
 * sheet, so the page's DOM is not changed at all (the annotation-off
 * restore check stays exact); where the API is missing, the text is
 * selected instead. DOM only, no compromise: safe for the content script.
 */
import { normalize } from '../match/normalize';
import type { Segmenter } from '../annotate/segments';
import { textBlocks, type TextBlock } from './page-text';

/** Name of the highlight in CSS.highlights. */
export const REVEAL_HIGHLIGHT = 'glossa-reveal';
/** How long the highlight stays. */
export const REVEAL_MS = 2400;
/** When the whole sentence is not found (e.g. it spans blocks), its first characters are looked for. */
const PREFIX_CHARS = 80;

const REVEAL_CSS = `::highlight(${REVEAL_HIGHLIGHT}) { background-color: #fde68a; color: #111; }`;

function rangeIn(doc: Document, block: TextBlock, start: number, end: number): Range {
  const locate = (offset: number, atEnd: boolean): [Text, number] => {
    let i = block.starts.length - 1;
    while (i > 0 && (atEnd ? block.starts[i] >= offset : block.starts[i] > offset)) i--;
    return [block.nodes[i], Math.min(offset - block.starts[i], block.nodes[i].data.length)];
  };
  const range = doc.createRange();
  range.setStart(...locate(start, false));
  range.setEnd(...locate(end, true));
  return range;
}

/** The DOM range of `text` inside the roots, or null. */
export function findTextRange(doc: Document, roots: readonly Element[], exclude: string, text: string, segments?: Segmenter): Range | null {
  const needle = normalize(text).text.trim();
  if (!needle) return null;
  const blocks = textBlocks(roots, exclude, segments);
  for (const wanted of [needle, needle.slice(0, PREFIX_CHARS)]) {
    for (const block of blocks) {
      // The popup's sentences leave citation markers out; a sentence taken from the DOM keeps them. A block with its own
      // reading (the PDF reader's pages) is read as it reads.
      const readings = block.reading
        ? [block.reading]
        : block.citations
          ? [normalize(block.text, block.citations), normalize(block.text)]
          : [normalize(block.text)];
      for (const norm of readings) {
        const at = norm.text.indexOf(wanted);
        if (at < 0) continue;
        return rangeIn(doc, block, norm.map[at], norm.map[at + wanted.length - 1] + 1);
      }
    }
  }
  return null;
}

interface HighlightApi {
  highlights: Map<string, unknown>;
}

/** Scrolls to `text` and highlights it for REVEAL_MS; returns whether it was found. */
export function revealText(
  doc: Document,
  roots: readonly Element[],
  exclude: string,
  text: string,
  segments?: Segmenter,
): { found: boolean } {
  const range = findTextRange(doc, roots, exclude, text, segments);
  if (!range) return { found: false };
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const win = doc.defaultView;
  const css = (win as unknown as { CSS?: Partial<HighlightApi> } | null)?.CSS;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown } | null)?.Highlight;
  if (css?.highlights && HighlightCtor && win) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(REVEAL_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    css.highlights.set(REVEAL_HIGHLIGHT, new HighlightCtor(range));
    win.setTimeout(() => {
      css.highlights!.delete(REVEAL_HIGHLIGHT);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    }, REVEAL_MS);
  } else {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return { found: true };
}
