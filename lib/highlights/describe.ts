/**
 * Range → selectors: the quote (exact text with 32 characters of context on
 * each side) and the position of a DOM Range in the normalised root text,
 * and the section it lies in. Leading and trailing spaces of a selection are
 * left out; a selection reaching outside the roots is clipped to them.
 */
import type { SiteId } from '../sites/types';
import { CONTEXT_CHARS, type Selectors } from './model';
import { offsetOfPoint, sectionAt, type TextIndex } from './text';

/** Selectors for [start, end) of the index text. */
export function selectorsAt(index: TextIndex, start: number, end: number, layout: SiteId): Selectors | undefined {
  const text = index.text;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end <= start) return undefined;
  const selectors: Selectors = {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { start, end, layout },
  };
  const section = sectionAt(index, start);
  if (section) selectors.section = section;
  const page = pageAt(index, start);
  if (page !== undefined && selectors.position) selectors.position.page = page;
  return selectors;
}

/** The page (1-based) an offset lies on, in an index of pages (the PDF reader); undefined elsewhere. */
export function pageAt(index: TextIndex, offset: number): number | undefined {
  const starts = index.pageStarts;
  if (!starts?.length) return undefined;
  let page = 1;
  while (page < starts.length && starts[page] <= offset) page++;
  return page;
}

/** Offsets of a DOM Range in the index text, clipped to the indexed text; undefined when it holds none. */
export function offsetsOf(index: TextIndex, range: Range): { start: number; end: number } | undefined {
  const start = offsetOfPoint(index, range.startContainer, range.startOffset, 'start');
  const end = offsetOfPoint(index, range.endContainer, range.endOffset, 'end');
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

/** Describes a DOM Range (a selection) by its selectors; undefined when it holds no article text. */
export function describeRange(index: TextIndex, range: Range, layout: SiteId): Selectors | undefined {
  const offsets = offsetsOf(index, range);
  return offsets && selectorsAt(index, offsets.start, offsets.end, layout);
}
