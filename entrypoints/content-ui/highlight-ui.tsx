/**
 * The highlights' UI on the page, in one open shadow root (WXT
 * createShadowRootUi) whose host carries data-glossa-ui="actions": the
 * selection action bar (components/ActionBar), positioned next to the
 * selection or highlight by @floating-ui/dom; a toast for "deleted — undo",
 * "copied" and storage errors; and the "not found on this page" panel.
 * Mounted on first use, so a page without highlights is left untouched.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ActionBar, type ActionBarProps } from '../../components/ActionBar';
import { HighlightToast, type HighlightToastProps } from '../../components/HighlightToast';
import { HighlightOrphans } from '../../components/HighlightOrphans';
import { t } from '../../lib/i18n';
import { colourNames } from '../../lib/highlights/colour-names';
import type { HighlightView } from '../../lib/highlights/view';
import { ShadowLayer } from './shadow-layer';

export const ACTIONS_HOST = 'glossa-actions';

/** How long an info toast stays (an undo offer stays longer). */
const TOAST_MS = 5000;
const UNDO_MS = 10000;

const CSS = `
:host { all: initial; }
.gl-layer { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif; color: #1f2937; }
.gl-bar, .gl-toast, .gl-orphans {
  position: fixed; z-index: 2147483646; box-sizing: border-box;
  background: #ffffff; color: #1f2937; border: 1px solid #9ca3af; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,0.18);
}
.gl-bar { top: 0; left: 0; padding: 6px; max-width: min(520px, calc(100vw - 16px)); }
.gl-bar[hidden] { display: none; }
.gl-row { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.gl-end { justify-content: flex-end; margin-top: 6px; }
.gl-swatch {
  font: inherit; font-size: 12px; min-width: 44px; min-height: 32px; padding: 2px 8px; cursor: pointer;
  color: #111827; background: var(--sw-bg); border: 2px solid var(--sw-edge); border-radius: 6px;
}
.gl-swatch[aria-pressed="true"] { outline: 3px solid #1f2937; outline-offset: 1px; }
.gl-action, .gl-close {
  font: inherit; font-size: 13px; min-height: 32px; padding: 2px 10px; cursor: pointer;
  color: #1f2937; background: #f3f4f6; border: 1px solid #9ca3af; border-radius: 6px;
}
.gl-close { min-width: 32px; padding: 0 6px; font-size: 18px; line-height: 1; background: transparent; border-color: transparent; }
.gl-primary { background: #1d4ed8; border-color: #1d4ed8; color: #ffffff; }
.gl-danger { color: #991b1b; border-color: #991b1b; background: #fff; }
.gl-swatch:focus-visible, .gl-action:focus-visible, .gl-close:focus-visible, textarea:focus-visible, input:focus-visible {
  outline: 3px solid #1d4ed8; outline-offset: 2px;
}
.gl-sep { width: 1px; align-self: stretch; background: #d1d5db; margin: 0 2px; }
.gl-editor { margin: 6px 0 0; display: grid; gap: 6px; }
.gl-field { display: grid; gap: 2px; font-size: 12px; color: #374151; }
.gl-field textarea, .gl-field input { font: inherit; font-size: 14px; padding: 4px 6px; border: 1px solid #6b7280; border-radius: 4px; color: #111827; background: #fff; }
.gl-field small { color: #4b5563; }
.gl-saved { margin: 6px 2px 0; display: grid; gap: 2px; max-width: 480px; }
.gl-saved p { margin: 0; }
.gl-status { margin: 4px 2px 0; font-size: 12px; color: #374151; }
.gl-status:empty { margin: 0; }
.gl-confirm { border-top: 1px solid #d1d5db; padding-top: 6px; }
.gl-confirm p { margin: 0; font-weight: 600; }
.gl-toast { left: 50%; bottom: 16px; transform: translateX(-50%); display: flex; gap: 8px; align-items: center; padding: 6px 8px 6px 12px; max-width: calc(100vw - 32px); }
.gl-toast.gl-error { border-color: #991b1b; background: #fef2f2; color: #7f1d1d; }
.gl-orphans { right: 16px; bottom: 16px; padding: 6px; width: min(360px, calc(100vw - 32px)); max-height: 50vh; overflow: auto; }
.gl-orphans-body { padding: 4px 6px; }
.gl-explain { margin: 4px 0; font-size: 12px; color: #4b5563; }
.gl-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.gl-item { display: flex; gap: 8px; text-align: left; font: inherit; width: 100%; background: none; border: 0; padding: 4px; color: inherit; }
.gl-dot { flex: none; width: 12px; height: 12px; border-radius: 50%; margin-top: 4px; border: 1px solid #6b7280; }
.gl-item-text { display: grid; gap: 2px; }
.gl-quote { font-style: italic; }
.gl-note { color: #374151; white-space: pre-wrap; }
.gl-meta { display: flex; flex-wrap: wrap; gap: 6px; font-size: 12px; color: #4b5563; }
.gl-notfound { color: #991b1b; }
.gl-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .gl-bar, .gl-toast, .gl-orphans { background: #1f2937; color: #f3f4f6; border-color: #6b7280; }
  .gl-action { background: #374151; color: #f3f4f6; border-color: #6b7280; }
  .gl-close { color: #f3f4f6; }
  .gl-danger { background: #1f2937; color: #fca5a5; border-color: #fca5a5; }
  .gl-field { color: #e5e7eb; }
  .gl-field small, .gl-explain, .gl-meta { color: #d1d5db; }
  .gl-note { color: #e5e7eb; }
  .gl-status { color: #e5e7eb; }
  .gl-notfound { color: #fca5a5; }
  .gl-toast.gl-error { background: #450a0a; color: #fecaca; }
}
`;

export type BarState = Omit<ActionBarProps, 'labels' | 'colours'>;
export type ToastState = Omit<HighlightToastProps, 'closeLabel' | 'onClose'>;

interface View {
  bar?: { state: BarState; anchor: VirtualElement; version: number };
  toast?: ToastState & { version: number };
  orphans: HighlightView[];
  orphansOpen: boolean;
  orphansClosed: boolean;
}

export class HighlightUi {
  private readonly layer: ShadowLayer;
  private view: View = { orphans: [], orphansOpen: false, orphansClosed: false };
  private stopAutoUpdate: (() => void) | undefined;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private versions = 0;

  constructor(
    ctx: ContentScriptContext,
    private readonly colours: ActionBarProps['colours'],
    private readonly barLabels: ActionBarProps['labels'],
    /** Told when the bar opens or closes. */
    private readonly onBarChange: (open: boolean) => void = () => {},
  ) {
    this.layer = new ShadowLayer(ctx, { name: ACTIONS_HOST, ui: 'actions', css: CSS, setup: (root) => (root.className = 'gl-layer') });
  }

  /** The element the bar, toast and "not found" panel render into, while mounted. */
  private get root(): HTMLElement | undefined {
    return this.layer.element;
  }

  /** Whether an event target is inside our UI. */
  contains(target: EventTarget | null): boolean {
    return this.layer.contains(target);
  }

  get barOpen(): boolean {
    return !!this.view.bar;
  }

  /** Opens the bar afresh (a new selection or highlight). */
  showBar(anchor: VirtualElement, state: BarState): void {
    const opening = !this.view.bar;
    this.view.bar = { state, anchor, version: ++this.versions };
    void this.draw();
    if (opening) this.onBarChange(true);
  }

  /**
   * Draws the open bar with a new state, and a new anchor if given, as the
   * same bar: its controls keep focus (a colour picked for a selection turns
   * the bar into the new highlight's bar).
   */
  updateBar(state: BarState, anchor?: VirtualElement): void {
    if (!this.view.bar) return;
    const moved = !!anchor && anchor !== this.view.bar.anchor;
    this.view.bar = { ...this.view.bar, state, anchor: anchor ?? this.view.bar.anchor };
    void this.draw(moved);
  }

  hideBar(): void {
    if (!this.view.bar) return;
    this.view.bar = undefined;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    void this.draw();
    this.onBarChange(false);
  }

  toast(state: ToastState, sticky = false): void {
    this.view.toast = { ...state, version: ++this.versions };
    clearTimeout(this.toastTimer);
    if (!sticky) {
      const version = this.view.toast.version;
      this.toastTimer = setTimeout(
        () => {
          if (this.view.toast?.version === version) this.hideToast();
        },
        state.action ? UNDO_MS : TOAST_MS,
      );
    }
    void this.draw();
  }

  hideToast(): void {
    this.view.toast = undefined;
    void this.draw();
  }

  setOrphans(items: HighlightView[]): void {
    if (!items.length && !this.view.orphans.length) return;
    this.view.orphans = items;
    void this.draw();
  }

  destroy(): void {
    this.stopAutoUpdate?.();
    clearTimeout(this.toastTimer);
    this.layer.remove();
  }

  /** Renders the view; `reposition` when the bar is new or its anchor changed. */
  private async draw(reposition = true): Promise<void> {
    const needed = !!this.view.bar || !!this.view.toast || (this.view.orphans.length > 0 && !this.view.orphansClosed);
    if (!needed && !this.layer.mounted) return;
    // Once mounted, drawing is synchronous: what a click or key changed is on screen before the next event.
    if (!this.layer.mounted) await this.layer.mount();
    const root = this.root;
    if (!root) return;
    const { bar, toast, orphans } = this.view;
    render(
      <>
        {bar ? <ActionBar key={bar.version} {...bar.state} colours={this.colours} labels={this.barLabels} /> : null}
        {toast ? (
          <HighlightToast
            key={toast.version}
            kind={toast.kind}
            text={toast.text}
            action={toast.action}
            closeLabel={t('highlightClose')}
            onClose={() => this.hideToast()}
          />
        ) : null}
        {orphans.length && !this.view.orphansClosed ? (
          <HighlightOrphans
            items={orphans}
            open={this.view.orphansOpen}
            labels={{
              title: t('highlightNotFoundTitle', String(orphans.length)),
              explain: t('highlightNotFoundExplain'),
              close: t('highlightClose'),
              note: t('highlightNote'),
              notFound: t('highlightNotFound'),
              colours: colourNames(),
            }}
            onToggle={() => {
              this.view.orphansOpen = !this.view.orphansOpen;
              void this.draw();
            }}
            onClose={() => {
              this.view.orphansClosed = true;
              void this.draw();
            }}
          />
        ) : null}
      </>,
      root,
    );
    if (reposition || !this.stopAutoUpdate) this.position();
  }

  private position(): void {
    const bar = this.view.bar;
    const el = this.root?.querySelector<HTMLElement>('.gl-bar');
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (!bar || !el) return;
    const anchor = bar.anchor;
    this.stopAutoUpdate = autoUpdate(anchor, el, () => {
      void computePosition(anchor, el, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
      });
    });
  }
}
