/**
 * Puts saved highlights on the page and keeps them there: every highlight
 * not yet shown is anchored by position and exact quote at once, in one
 * task; those still missing get the approximate search afterwards, a slice
 * at a time (lib/highlights/sliced.ts), and are called "not found on this
 * page" only when that search is done. Content that arrives or changes later
 * (one MutationObserver, checked at most every RETRY_INTERVAL_MS) gives
 * highlights whose wrappers vanished, and those not found, another chance.
 */
import type { Anchored } from '../../lib/highlights/anchor';
import type { HighlightRecord } from '../../lib/highlights/model';
import { anchorOne, placeHighlights, wrapAnchored, type PlaceResult } from '../../lib/highlights/place';
import { runSliced } from '../../lib/highlights/sliced';
import type { TextIndex } from '../../lib/highlights/text';
import { toView, type HighlightView } from '../../lib/highlights/view';
import { addHighlightStyle } from './highlight-style';
import type { HighlightPage } from './highlight-page';

/** Late content is checked at most this often. */
const RETRY_INTERVAL_MS = 500;
/** Time budget of one slice of the approximate search before yielding to the page. */
const SLICE_MS = 8;

export class Placement {
  private observer: MutationObserver | undefined;
  private signature = '';
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private measured = false;
  /** Highlights waiting for the approximate search (not yet called "not found"). */
  private readonly fuzzyPending = new Set<string>();
  private fuzzyGeneration = 0;

  constructor(
    private readonly page: HighlightPage,
    /** The "not found on this page" list changed. */
    private readonly onOrphans: (items: HighlightView[]) => void,
  ) {
    page.signal.addEventListener('abort', () => {
      this.observer?.disconnect();
      clearTimeout(this.retryTimer);
    });
  }

  private rootsSignature(roots: readonly Element[]): string {
    return roots.map((r) => (r.textContent ?? '').length).join(',');
  }

  /**
   * Anchors and wraps every highlight not yet shown: by position and exact
   * quote at once, in one task; those still missing get the approximate
   * search afterwards, a slice at a time (it is the costly step).
   */
  placePending(): void {
    const { page } = this;
    const pending = [...page.records.values()].filter((r) => !page.marks.has(r.id));
    if (pending.length) {
      const start = performance.now();
      addHighlightStyle(page.doc);
      const roots = page.roots();
      const result = placeHighlights({
        doc: page.doc,
        roots,
        index: page.textIndex(),
        exclude: page.adapter.exclude,
        layout: page.adapter.id,
        records: pending,
        fuzzy: false,
      });
      this.placedResults(result.placed);
      // Read by `npm run bench` (the performance timeline is shared with the page).
      performance.measure(this.measured ? 'glossa:highlights-retry' : 'glossa:highlights', {
        start,
        end: performance.now(),
        detail: { placed: result.placed.length, orphaned: result.orphaned.length },
      });
      this.measured = true;
      this.signature = this.rootsSignature(roots);
      if (result.orphaned.length) void this.approximate(result.orphaned, result.index);
    }
    this.showOrphans();
    this.observe();
  }

  /** A highlight the reader just made, already wrapped. */
  adopt(id: string, marks: HTMLElement[]): void {
    this.placed([{ id, marks }]);
    this.observe();
  }

  private placed(list: ReadonlyArray<{ id: string; marks: HTMLElement[] }>): void {
    for (const { id, marks } of list) {
      this.page.marks.set(id, marks);
      this.page.orphans.delete(id);
      this.fuzzyPending.delete(id);
      this.page.present(id);
    }
  }

  private placedResults(list: PlaceResult['placed']): void {
    this.placed(list.map((p) => ({ id: p.record.id, marks: p.marks })));
  }

  /**
   * The approximate search for `records` in the text of `index` (a snapshot:
   * only its text and headings are read), one slice per task; then wraps
   * what it found.
   */
  private async approximate(records: HighlightRecord[], index: TextIndex): Promise<void> {
    const { page } = this;
    const generation = ++this.fuzzyGeneration;
    for (const r of records) this.fuzzyPending.add(r.id);
    const run = await runSliced(
      records,
      (record): { record: HighlightRecord; anchored: Anchored } | undefined => {
        if (!page.records.has(record.id) || page.marks.has(record.id)) return undefined;
        const anchored = anchorOne(index, page.adapter.id, record, true);
        return anchored ? { record, anchored } : undefined;
      },
      { sliceMs: SLICE_MS, stopped: () => generation !== this.fuzzyGeneration || page.signal.aborted },
    );
    if (run) this.finishApproximate(run.results, index.text, records, run.spentMs);
  }

  private finishApproximate(
    found: Array<{ record: HighlightRecord; anchored: Anchored }>,
    text: string,
    tried: HighlightRecord[],
    spent: number,
  ): void {
    const { page } = this;
    const start = performance.now();
    const fresh = page.textIndex();
    for (const r of tried) this.fuzzyPending.delete(r.id);
    if (fresh.text !== text) {
      // The page changed meanwhile: the offsets are stale; try again on the new text.
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = undefined;
        this.placePending();
      }, RETRY_INTERVAL_MS);
      return;
    }
    const live = found.filter(({ record }) => page.records.has(record.id) && !page.marks.has(record.id));
    const result = wrapAnchored(fresh, page.doc, live);
    this.placedResults(result.placed);
    for (const r of tried) if (!page.marks.has(r.id) && page.records.has(r.id)) page.orphans.add(r.id);
    performance.measure('glossa:highlights-approximate', {
      start,
      end: performance.now(),
      detail: { placed: result.placed.length, orphaned: tried.length - result.placed.length, searchMs: spent },
    });
    this.showOrphans();
  }

  private observe(): void {
    const { page } = this;
    if (this.observer || !page.records.size || page.signal.aborted) return;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => r.target instanceof Element && r.target.closest('[data-glossa-ui]'))) return;
      if (this.retryTimer === undefined) this.retryTimer = setTimeout(() => this.recheck(), RETRY_INTERVAL_MS);
    });
    this.observer.observe(page.doc.body ?? page.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** After late content: highlights whose wrappers vanished, and orphans, get another chance. */
  private recheck(): void {
    const { page } = this;
    this.retryTimer = undefined;
    let lost = false;
    for (const [id, els] of page.marks) {
      if (!els.some((e) => e.isConnected)) {
        page.marks.delete(id);
        lost = true;
      }
    }
    const pending = [...page.records.keys()].some((id) => !page.marks.has(id));
    if (!pending) return;
    const signature = this.rootsSignature(page.roots());
    if (!lost && signature === this.signature) return;
    this.placePending();
  }

  /** Passes on the "not found on this page" list: those the approximate search is done with. */
  showOrphans(): void {
    const { page } = this;
    const items = [...page.orphans]
      .filter((id) => !this.fuzzyPending.has(id))
      .flatMap((id) => {
        const r = page.records.get(id);
        return r ? [toView(r, false)] : [];
      });
    this.onOrphans(items);
  }
}
