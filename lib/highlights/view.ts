/**
 * One highlight as every list shows it: the popup's "Highlights of this
 * article", the page's "not found on this page" panel, and the library.
 * Mapped from the stored record here and nowhere else; colour names,
 * swatches and dates are the views' business (from `colour` and `modified`).
 */
import type { ColourName, HighlightRecord } from './model';

export interface HighlightView {
  id: string;
  /** The highlighted text (the quote's exact part). */
  exact: string;
  note: string;
  tags: string[];
  colour: ColourName;
  /** The nearest heading before the quote ("Abstract", "Methods"…). */
  section?: string;
  /** Whether it is shown on the page it is listed for (false: "not found on this page"). */
  found: boolean;
  created: string;
  modified: string;
}

/** The view of a stored record; `found` is for lists of one page (the library lists without a page: true). */
export function toView(record: HighlightRecord, found = true): HighlightView {
  const view: HighlightView = {
    id: record.id,
    exact: record.quote.exact,
    note: record.note,
    tags: record.tags,
    colour: record.colour,
    found,
    created: record.created,
    modified: record.modified,
  };
  if (record.section) view.section = record.section;
  return view;
}
