/**
 * Keeps the page in step with storage when highlights change elsewhere:
 * another tab, the library, an import, an undo. New highlights of this
 * article are placed, changed ones take their new colour and note marker,
 * deleted ones leave the page. A record with writes of this page still
 * queued or under way is left alone: its storage events are older than what
 * the page already shows, and the page's own writer reports the record as
 * stored when the last of them is done (highlight-editing.ts).
 */
import { sameArticle } from '../../lib/highlights/article';
import { watchHighlights } from '../../lib/highlights/store';
import type { HighlightWriter } from '../../lib/highlights/writer';
import type { HighlightPage } from './highlight-page';
import type { Placement } from './highlight-placement';

export interface SyncEvents {
  /** A highlight of this page was deleted elsewhere. */
  forgotten(id: string): void;
  /** A highlight of this page changed elsewhere. */
  changed(id: string): void;
}

/** Starts watching storage; stops when the page's signal aborts. */
export function syncWithStorage(page: HighlightPage, placement: Placement, writer: HighlightWriter, events: SyncEvents): void {
  const stop = watchHighlights((changes) => {
    let place = false;
    for (const { id, record } of changes) {
      if (writer.pending(id)) continue;
      if (!record || record.deleted) {
        if (page.records.has(id)) {
          page.forget(id);
          events.forgotten(id);
        }
        continue;
      }
      if (!sameArticle(record.article, page.article)) continue;
      page.records.set(id, record);
      if (page.marks.has(id)) {
        page.present(id);
        events.changed(id);
      } else if (!page.orphans.has(id)) place = true;
    }
    if (place) placement.placePending();
    else placement.showOrphans();
  });
  page.signal.addEventListener('abort', stop);
}
