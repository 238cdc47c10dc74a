/**
 * A rendered page's text layer (PDF.js's TextLayer: one <span> per text
 * item) read the way lib/pdf/layout.ts says the page reads: as one segment
 * for the annotator (its text nodes in reading order, with the reading
 * that joins broken words, spaces lines and leaves citations out) and as
 * text parts for highlights (lib/highlights/text.ts). The spans are never
 * changed here: their text nodes are read, through our own wrappers.
 */
import type { Segment } from '../annotate/segments';
import type { TextPart } from '../highlights/text';
import type { PageLayout } from './layout';
import { readPage } from './reading';

/** The text nodes inside a span, in order (our term and highlight wrappers split them). */
function textNodes(span: Element): Text[] {
  const nodes: Text[] = [];
  const walker = span.ownerDocument.createTreeWalker(span, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export class PageText {
  constructor(
    /** The page's text items' layout. */
    readonly layout: PageLayout,
    /** The text layer's span of each item (PDF.js TextLayer.textDivs: one per item, in item order). */
    readonly spans: readonly Element[],
  ) {}

  /** The page's article text (its reference list left out) as one segment, in reading order (lib/annotate/segments.ts). */
  segment(): Segment[] {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const strings: string[] = [];
    const body = { ...this.layout, pieces: this.layout.pieces.slice(0, this.layout.body) };
    let text = '';
    for (const piece of body.pieces) {
      const span = this.spans[piece.item];
      if (!span) continue;
      let str = '';
      for (const node of textNodes(span)) {
        nodes.push(node);
        starts.push(text.length);
        text += node.data;
        str += node.data;
      }
      strings[piece.item] = str;
    }
    if (!nodes.length) return [];
    return [{ nodes, starts, text, reading: readPage(body, strings) }];
  }

  /** The page's text nodes as highlights read them (all of it): breaks between lines and gaps, dropped hyphens. */
  parts(): TextPart[] {
    const parts: TextPart[] = [];
    for (const piece of this.layout.pieces) {
      const span = this.spans[piece.item];
      if (!span) continue;
      let offset = 0;
      textNodes(span).forEach((node, k) => {
        const part: TextPart = { node };
        if (k === 0 && piece.before === ' ') part.breakBefore = true;
        if (piece.dropped !== undefined && piece.dropped >= offset && piece.dropped < offset + node.data.length) {
          part.dropped = new Set([piece.dropped - offset]);
        }
        offset += node.data.length;
        parts.push(part);
      });
    }
    return parts;
  }
}
