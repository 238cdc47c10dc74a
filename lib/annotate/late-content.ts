/**
 * Runs annotation passes over a page whose content keeps arriving: one
 * MutationObserver on <body>, mutations batched into one pass per burst,
 * only the blocks that changed re-read, and our own DOM writes ignored
 * (their records are taken and dropped right after each write). A burst of
 * more than HUGE_BURST changes triggers one full pass instead
 * (after Dark Reader's createOptimizedTreeObserver).
 */
import type { SiteAdapter } from '../sites/types';
import type { Annotator, PassOptions } from './annotator';
import { blockOf } from './segments';

const HUGE_BURST = 1000;
const BATCH_DELAY_MS = 50;

export class LateContent {
  private readonly observer: MutationObserver;
  private pending: Node[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private roots: Element[] = [];
  /** Options of the first, full pass (visible region first). */
  firstPass: Pick<PassOptions, 'prioritize' | 'onFirstViewport' | 'onVisibleDone'> = {};
  /** Called after every pass (first and late). */
  onPass: () => void = () => {};

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly annotator: Annotator,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
      this.pending = [];
    });
  }

  private observe() {
    if (!this.signal.aborted)
      this.observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Wraps our own DOM writes so their mutation records are dropped. */
  private readonly guard = (write: () => void) => {
    write();
    this.observer.takeRecords();
  };

  /** A full pass over all roots; then watches for late content. */
  annotateAll(): Promise<void> {
    return this.enqueue(async () => {
      this.roots = this.adapter.roots(this.doc);
      await this.annotator.annotate(this.roots, { onMutate: this.guard, ...this.firstPass });
      this.observe();
      if (!this.signal.aborted) this.onPass();
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.running = this.running.then(() => (this.signal.aborted ? undefined : task()));
    return this.running;
  }

  private onRecords(records: MutationRecord[]) {
    for (const record of records) {
      const target = record.target;
      if (target instanceof Element && target.closest('[data-glossa-ui]')) continue;
      if (record.type === 'characterData') this.pending.push(target);
      else
        record.addedNodes.forEach((node) => {
          // Our own nodes add no text to annotate: highlight wrappers, and UI hosts (tooltip, action bar) added to <body>.
          if (node.nodeName === 'GLOSSA-MARK' || (node instanceof Element && node.closest('[data-glossa-ui]'))) return;
          this.pending.push(node);
        });
    }
    if (!this.pending.length || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const nodes = this.pending;
      this.pending = [];
      void this.enqueue(() => this.annotateLate(nodes));
    }, BATCH_DELAY_MS);
  }

  private async annotateLate(nodes: Node[]): Promise<void> {
    const roots = this.adapter.roots(this.doc);
    const known = new Set(this.roots);
    const newRoots = roots.filter((r) => !known.has(r) && !this.roots.some((k) => k.contains(r)));
    this.roots = roots;
    if (nodes.length > HUGE_BURST) {
      await this.annotator.annotate(roots, { onMutate: this.guard });
      this.onPass();
      return;
    }
    const blocks = new Set<Element>(newRoots);
    for (const node of nodes) {
      if (!node.isConnected) continue;
      if (node instanceof Element && node.closest('[data-glossa-ui], [data-glossa-term]')) continue;
      const root = roots.find((r) => r.contains(node));
      if (root) blocks.add(blockOf(node, root));
    }
    // Drop blocks inside other blocks: the outer pass covers them.
    const list = [...blocks].filter((b) => ![...blocks].some((o) => o !== b && o.contains(b)));
    if (!list.length) return;
    await this.annotator.annotate(roots, { onMutate: this.guard, blocks: list });
    if (!this.signal.aborted) this.onPass();
  }
}
