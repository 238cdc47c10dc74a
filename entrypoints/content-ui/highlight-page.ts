/**
 * What an article page knows of its highlights, shared by the parts that
 * place them (highlight-placement.ts), keep them in step with storage
 * (highlight-sync.ts), edit them (highlight-editing.ts) and open the bar on
 * them (highlight-bar.ts): the article, its live records, the wrappers of
 * those shown, and those that could not be placed.
 */
import type { SiteAdapter } from '../../lib/sites/types';
import { t } from '../../lib/i18n';
import { articleOfPage, pageUrl } from '../../lib/highlights/article';
import type { ArticleRef, HighlightRecord } from '../../lib/highlights/model';
import { buildTextIndex, type TextIndex } from '../../lib/highlights/text';
import { presentMarks, unwrap } from '../../lib/highlights/wrap';

export class HighlightPage {
  readonly doc: Document = document;
  readonly article: ArticleRef;
  /** Live highlights of this article, as last saved or being saved. */
  readonly records = new Map<string, HighlightRecord>();
  /** Wrappers of those shown on the page. */
  readonly marks = new Map<string, HTMLElement[]>();
  /** Those that could not be placed ("not found on this page"). */
  readonly orphans = new Set<string>();

  constructor(
    readonly adapter: SiteAdapter,
    /** Aborted when the page goes away or the extension is reloaded. */
    readonly signal: AbortSignal,
  ) {
    this.article = articleOfPage(adapter.identity(this.doc), this.doc, pageUrl(location));
  }

  roots(): Element[] {
    return this.adapter.roots(this.doc);
  }

  /** The article's text as it is now, with its map back to text nodes (the PDF reader: its pages' text as they read). */
  textIndex(): TextIndex {
    return buildTextIndex(this.roots(), this.adapter.exclude, this.adapter.parts);
  }

  /** The wrappers of a highlight still on the page, in document order. */
  shown(id: string): HTMLElement[] {
    return this.marks.get(id)?.filter((e) => e.isConnected) ?? [];
  }

  /** Shows a record's colour and note marker on its wrappers. */
  present(id: string): void {
    const record = this.records.get(id);
    const marks = this.marks.get(id);
    if (!record || !marks) return;
    presentMarks(marks, record.colour, record.note ? t('highlight_markWithNote', record.note) : undefined);
  }

  /** Takes a highlight off the page and out of memory (deleted, here or elsewhere). */
  forget(id: string): void {
    unwrap(this.doc, id);
    this.records.delete(id);
    this.marks.delete(id);
    this.orphans.delete(id);
  }
}
