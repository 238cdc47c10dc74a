/**
 * Keeps term tooltips closed while the reader is highlighting: from the
 * moment a pointer drag starts selecting article text until the action bar
 * for that selection has come and gone, and whenever the action bar is open.
 * A drag that passes over or ends on a term would otherwise open the term's
 * tooltip (hover, or the click that ends the drag) over the bar.
 *
 * The tooltip controller asks `held` before it opens (lib/tooltip/controller.ts,
 * option `suppressed`); `onHold` listeners close a tooltip already open when
 * holding starts. A plain click on a term is not a selection and still pins
 * its tooltip; a drag that starts on a term selects as usual.
 */
export class TooltipHold {
  /** A pointer went down outside our UI, and no bar has taken over since. */
  private pointerSelecting = false;
  private barOpen = false;
  private wasHeld = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Document,
    /** Whether a range is article text the bar would act on. */
    private readonly inArticle: (range: Range) => boolean,
    signal: AbortSignal,
  ) {
    const opts = { capture: true, signal };
    doc.addEventListener(
      'pointerdown',
      (e) => {
        if (e.button !== 0 || (e.target instanceof Element && e.target.closest('[data-glossa-ui]'))) return;
        this.pointerSelecting = true;
        this.update();
      },
      opts,
    );
    doc.addEventListener(
      'pointerup',
      () => {
        // A plain click selects nothing: no selection is in the making.
        if (!this.selecting()) this.pointerSelecting = false;
        this.update();
      },
      opts,
    );
    doc.addEventListener('selectionchange', () => this.update(), { signal });
  }

  /** Whether tooltips stay closed now. */
  get held(): boolean {
    return this.barOpen || (this.pointerSelecting && this.selecting());
  }

  /** Calls `fn` whenever holding starts; returns a function that stops. */
  onHold(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The highlight bar opened or closed (entrypoints/content-ui/highlights.ts reports it). */
  setBarOpen(open: boolean): void {
    this.barOpen = open;
    // The bar has taken over from the drag that made its selection.
    if (open) this.pointerSelecting = false;
    this.update();
  }

  private update(): void {
    const held = this.held;
    if (held && !this.wasHeld) for (const fn of this.listeners) fn();
    this.wasHeld = held;
  }

  /** Whether the page has a selection of article text. */
  private selecting(): boolean {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return false;
    const range = selection.getRangeAt(0);
    return !!range.toString().trim() && this.inArticle(range);
  }
}
