/**
 * When the tooltip opens and closes. Rendering and positioning are the
 * view's job (entrypoints/content-ui/tooltip-view.tsx, loaded on first use
 * through entrypoints/content/lazy-tooltip.ts); this module only reads
 * events:
 * - hover over a term opens it after a short delay; leaving the term (and
 *   not entering the tooltip) closes it after a short delay;
 * - keyboard focus on a term (or on a link holding one) opens it at once;
 *   Enter on a focused term pins it;
 * - a click on a term pins it open until Escape, a click outside, or the
 *   close button; a click inside a link is left to the link;
 * - from a pinned term, Tab moves into the tooltip and through its
 *   controls; Shift+Tab from the first control returns to the term, Tab
 *   from the last one goes on to what follows the term in the page;
 * - Escape closes it and returns focus to the term when the tooltip was
 *   pinned or held the focus.
 * A hide that is pending (the pointer or the focus left a term) never
 * cancels a show that is pending for another term.
 * Every listener is registered with the given AbortSignal.
 */
import { MATCH_ATTR, TERM_ATTR } from '../annotate/annotator';
import { OWNS_ESCAPE_ATTR } from './owns-escape';

export interface Anchor {
  getBoundingClientRect(): DOMRect;
  contextElement?: Element;
}

export interface TooltipView {
  /** The id of the tooltip's host element, for aria-describedby. */
  readonly hostId: string;
  show(termId: string, anchor: Anchor, state: { pinned: boolean; text: string }): void;
  hide(): void;
  /** Whether an event target belongs to the tooltip (its host). */
  contains(target: EventTarget | null): boolean;
  /** Moves the focus to the tooltip's first control; false when it has none (or is not drawn yet). */
  focusFirst(): boolean;
  /** Where the focus is among the tooltip's controls (undefined: not inside). */
  focusPosition(): 'first' | 'last' | 'only' | 'middle' | undefined;
}

export interface ControllerOptions {
  hoverDelay?: number;
  hideDelay?: number;
  /** How hover opens the tooltip, read on every event so option changes apply live (default: hover). */
  trigger?: () => { mode: 'hover' | 'click' | 'modifier'; modifierKey: 'Alt' | 'Shift' | 'Control' };
  /**
   * While this returns true nothing opens the tooltip: the reader is making a
   * selection or using the highlight bar (entrypoints/content/tooltip-hold.ts).
   * Whoever holds it also closes an open tooltip when holding starts.
   */
  suppressed?: () => boolean;
}

const MODIFIER_FLAG = { Alt: 'altKey', Shift: 'shiftKey', Control: 'ctrlKey' } as const;

const SELECTOR = `[${TERM_ATTR}]`;

/** All pieces of the match `el` belongs to, in document order. */
export function matchPieces(el: Element): Element[] {
  const n = el.getAttribute(MATCH_ATTR);
  if (n === null) return [el];
  return [...el.ownerDocument.querySelectorAll(`[${MATCH_ATTR}="${CSS.escape(n)}"]`)];
}

/** A virtual anchor spanning every piece of a split match. */
export function anchorFor(el: Element): Anchor {
  const pieces = matchPieces(el);
  return {
    contextElement: el,
    getBoundingClientRect() {
      const rects = pieces.map((p) => p.getBoundingClientRect()).filter((r) => r.width || r.height);
      if (!rects.length) return el.getBoundingClientRect();
      // Pieces on the same line as the first one: a split match that wraps lines anchors on its first line.
      const first = rects[0];
      const line = rects.filter((r) => Math.abs(r.top - first.top) < first.height);
      const left = Math.min(...line.map((r) => r.left));
      const right = Math.max(...line.map((r) => r.right));
      const top = Math.min(...line.map((r) => r.top));
      const bottom = Math.max(...line.map((r) => r.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    },
  };
}

function termFrom(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(SELECTOR) : null;
}

/** Whether the keyboard can reach an element with Tab (enough for what follows a term in an article). */
function isTabbable(el: Element): boolean {
  if (!(el instanceof HTMLElement || el instanceof SVGElement) || el.tabIndex < 0) return false;
  if ((el as HTMLButtonElement).disabled || el.closest('[inert], [data-glossa-ui]')) return false;
  return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : true;
}

/** The first element after `el` (in document order, outside it) that Tab reaches. */
export function nextTabbable(el: Element): HTMLElement | SVGElement | undefined {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = el;
  // Skip the element's own subtree.
  let next: Node | null = walker.nextSibling();
  for (let up: Node | null = el; !next && up; up = up.parentNode) {
    walker.currentNode = up;
    next = walker.nextSibling();
  }
  for (let node = next; node; node = walker.nextNode()) {
    if (isTabbable(node as Element)) return node as HTMLElement | SVGElement;
  }
  return undefined;
}

export class TooltipController {
  private current: Element | null = null;
  private pinned = false;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly hoverDelay: number;
  private readonly hideDelay: number;
  private readonly trigger: NonNullable<ControllerOptions['trigger']>;
  private readonly suppressed: () => boolean;
  /** The term under the pointer, for "hover with a key": pressing the key there opens it. */
  private hovered: Element | null = null;
  /** Set while we move focus back to a term ourselves (after Escape), so that focus does not reopen it. */
  private refocusing = false;

  constructor(
    doc: Document,
    private readonly view: TooltipView,
    signal: AbortSignal,
    options: ControllerOptions = {},
  ) {
    this.hoverDelay = options.hoverDelay ?? 300;
    this.hideDelay = options.hideDelay ?? 250;
    this.trigger = options.trigger ?? (() => ({ mode: 'hover', modifierKey: 'Alt' }));
    this.suppressed = options.suppressed ?? (() => false);
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, fn as EventListener, { signal, capture: true });
    on('mouseover', (e) => this.onOver(e));
    on('mouseout', (e) => this.onOut(e));
    on('focusin', (e) => this.onFocusIn(e));
    on('focusout', (e) => this.onFocusOut(e));
    on('click', (e) => this.onClick(e));
    on('keydown', (e) => this.onKey(e));
    signal.addEventListener('abort', () => this.close());
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  private clearTimers() {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.showTimer = this.hideTimer = undefined;
  }

  private sameMatch(a: Element | null, b: Element | null): boolean {
    if (!a || !b) return false;
    return a === b || (a.getAttribute(MATCH_ATTR) !== null && a.getAttribute(MATCH_ATTR) === b.getAttribute(MATCH_ATTR));
  }

  /** Opens the tooltip for a term element (not while suppressed). */
  open(el: Element, pinned: boolean) {
    this.clearTimers();
    if (this.suppressed()) return;
    if (this.current && this.current !== el) this.current.removeAttribute('aria-describedby');
    this.current = el;
    this.pinned = pinned;
    el.setAttribute('aria-describedby', this.view.hostId);
    const text = matchPieces(el)
      .map((p) => p.textContent)
      .join('');
    this.view.show(el.getAttribute(TERM_ATTR)!, anchorFor(el), { pinned, text });
  }

  /** Closes the tooltip. */
  close() {
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    this.hide();
  }

  /** Hides the tooltip; a show pending for another term still happens. */
  private hide() {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    this.current?.removeAttribute('aria-describedby');
    this.current = null;
    this.pinned = false;
    this.view.hide();
  }

  private scheduleHide() {
    if (this.pinned || !this.current) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), this.hideDelay);
  }

  /** Focuses a term without reopening its tooltip as a fresh, unpinned one. */
  private refocus(el: Element) {
    if (!(el instanceof HTMLElement)) return;
    // An occurrence that is not a tab stop can still take the focus back (our wrapper: unwrapping removes it).
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
    this.refocusing = true;
    el.focus({ preventScroll: true });
    this.refocusing = false;
  }

  private onOver(e: MouseEvent) {
    if (this.view.contains(e.target)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const el = termFrom(e.target);
    this.hovered = el;
    if (!el) return;
    if (this.sameMatch(el, this.current)) {
      clearTimeout(this.hideTimer);
      return;
    }
    if (this.pinned) return;
    const { mode, modifierKey } = this.trigger();
    if (mode === 'click' || (mode === 'modifier' && !e[MODIFIER_FLAG[modifierKey]])) return;
    clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => this.open(el, false), this.hoverDelay);
  }

  private onOut(e: MouseEvent) {
    const to = e.relatedTarget;
    if (this.view.contains(to) || this.sameMatch(termFrom(to), this.current)) return;
    if (termFrom(e.target) || this.view.contains(e.target)) {
      clearTimeout(this.showTimer);
      this.scheduleHide();
    }
  }

  private onFocusIn(e: FocusEvent) {
    if (this.refocusing) return;
    if (this.view.contains(e.target)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const target = e.target instanceof Element ? e.target : null;
    const el = termFrom(target) ?? target?.querySelector(SELECTOR) ?? null;
    if (el) this.open(el, false);
    else if (!this.pinned && this.current) this.close();
  }

  private onFocusOut(e: FocusEvent) {
    if (this.pinned) return;
    const to = e.relatedTarget;
    if (this.view.contains(to)) return;
    if (termFrom(e.target) || (e.target instanceof Element && e.target.querySelector(SELECTOR))) this.scheduleHide();
  }

  private onClick(e: MouseEvent) {
    if (this.view.contains(e.target)) return;
    const el = termFrom(e.target);
    if (el && !el.closest('a[href], button')) {
      if (this.pinned && this.sameMatch(el, this.current)) this.close();
      else this.open(el, true);
      return;
    }
    if (this.pinned) this.close();
  }

  private onKey(e: KeyboardEvent) {
    const { mode, modifierKey } = this.trigger();
    if (mode === 'modifier' && e.key === modifierKey && this.hovered && !this.current) {
      this.open(this.hovered, false);
      return;
    }
    if (e.key === 'Enter') this.onEnter(e);
    else if (e.key === 'Tab') this.onTab(e);
    else if (e.key === 'Escape') this.onEscape(e);
  }

  /** Enter on a focused term (not inside a link, which Enter follows) pins its tooltip. */
  private onEnter(e: KeyboardEvent) {
    const el = termFrom(e.target);
    if (!el || el.closest('a[href], button') || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    if (!this.pinned || !this.sameMatch(el, this.current)) this.open(el, true);
  }

  private onTab(e: KeyboardEvent) {
    const el = this.current;
    if (!el) return;
    if (this.view.contains(e.target)) {
      const at = this.view.focusPosition();
      if (e.shiftKey && (at === 'first' || at === 'only')) {
        e.preventDefault();
        this.refocus(el);
      } else if (!e.shiftKey && (at === 'last' || at === 'only')) {
        // On to what follows the term in the page (the tooltip's host sits at the end of <body>).
        const next = nextTabbable(matchPieces(el).at(-1) ?? el);
        if (!next) return;
        e.preventDefault();
        this.close();
        next.focus();
      }
      return;
    }
    // From the pinned term, or from nowhere (the page's body) after a click pinned it.
    const fromTerm = this.sameMatch(termFrom(e.target), el) || e.target === el.ownerDocument.body;
    if (this.pinned && !e.shiftKey && fromTerm && this.view.focusFirst()) e.preventDefault();
  }

  private onEscape(e: KeyboardEvent) {
    const el = this.current;
    if (!el) return;
    // Something inside the tooltip that closes on Escape first (an open chip explanation) marks itself.
    if (e.composedPath().some((n) => n instanceof Element && n.hasAttribute(OWNS_ESCAPE_ATTR))) return;
    const refocus = this.pinned || this.view.focusPosition() !== undefined;
    this.close();
    if (refocus) this.refocus(el);
  }
}
