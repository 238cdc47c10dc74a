/**
 * Puts saved highlights back on a page: one text index of the roots, every
 * highlight anchored in it (anchor.ts) and wrapped (wrap.ts). What cannot
 * be anchored is returned as orphaned, never dropped.
 */
import type { SiteId } from '../sites/types';
import { anchor, type Anchored } from './anchor';
import type { HighlightRecord } from './model';
import { buildTextIndex, sectionAt, type TextIndex } from './text';
import { Wrapper } from './wrap';

export interface PlaceResult {
  placed: Array<{ record: HighlightRecord; anchored: Anchored; marks: HTMLElement[] }>;
  orphaned: HighlightRecord[];
  index: TextIndex;
}

export interface PlaceInput {
  doc: Document;
  roots: readonly Element[];
  /** The site adapter's exclusions. */
  exclude: string;
  layout: SiteId;
  records: readonly HighlightRecord[];
  /** An index of the roots already built (and still current), to save a walk. */
  index?: TextIndex;
  /** Whether to try approximate matching (default true; see anchor.ts). */
  fuzzy?: boolean;
}

/** Anchors without touching the DOM. */
export function anchorAll(
  index: TextIndex,
  layout: SiteId,
  records: readonly HighlightRecord[],
  fuzzy = true,
): Array<{ record: HighlightRecord; anchored?: Anchored }> {
  return records.map((record) => ({ record, anchored: anchorOne(index, layout, record, fuzzy) }));
}

export function anchorOne(index: TextIndex, layout: SiteId, record: HighlightRecord, fuzzy = true): Anchored | undefined {
  return anchor(index.text, record, record.position?.layout === layout, { sectionAt: (offset) => sectionAt(index, offset), fuzzy });
}

/** Wraps anchored highlights in the DOM the index describes (it must still be current). */
export function wrapAnchored(
  index: TextIndex,
  doc: Document,
  list: ReadonlyArray<{ record: HighlightRecord; anchored: Anchored }>,
): PlaceResult {
  const wrapper = new Wrapper(index, doc);
  const placed: PlaceResult['placed'] = [];
  const orphaned: HighlightRecord[] = [];
  for (const { record, anchored } of list) {
    const marks = wrapper.wrap(anchored.start, anchored.end, record.id, record.colour);
    if (marks.length) placed.push({ record, anchored, marks });
    else orphaned.push(record);
  }
  return { placed, orphaned, index };
}

export function placeHighlights(input: PlaceInput): PlaceResult {
  const index = input.index ?? buildTextIndex(input.roots, input.exclude);
  const found: Array<{ record: HighlightRecord; anchored: Anchored }> = [];
  const orphaned: HighlightRecord[] = [];
  for (const { record, anchored } of anchorAll(index, input.layout, input.records, input.fuzzy ?? true)) {
    if (anchored) found.push({ record, anchored });
    else orphaned.push(record);
  }
  const result = wrapAnchored(index, input.doc, found);
  return { placed: result.placed, orphaned: [...result.orphaned, ...orphaned], index };
}
