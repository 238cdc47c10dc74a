/**
 * One layer of our UI on the page (the tooltip, the highlight action bar):
 * an open shadow root made by WXT's createShadowRootUi on a host marked
 * data-glossa-ui="<ui>", holding one element Preact renders into. Mounted
 * on first use; removed whole when the feature stops.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// The UI's own stylesheet, inlined: this code is loaded by the content script
// (entrypoints/content-ui), so WXT's per-entrypoint CSS injection does not apply.
import STYLE from './style.css?inline';

type ShadowUi = Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>>;

export interface ShadowLayerOptions {
  /** The host element's tag name. */
  name: string;
  /** The host's data-glossa-ui value (the testability contract). */
  ui: string;
  hostId?: string;
  /** CSS for the shadow root, besides the UI's own stylesheet (style.css). */
  css?: string;
  /** Prepares the element rendered into (class, role…). */
  setup: (element: HTMLElement) => void;
}

export class ShadowLayer {
  private ui: ShadowUi | undefined;
  private mounting: Promise<ShadowUi> | undefined;
  /** The element rendered into, while mounted. */
  element: HTMLElement | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: ShadowLayerOptions,
  ) {}

  get mounted(): boolean {
    return !!this.ui;
  }

  mount(): Promise<ShadowUi> {
    const { name, ui, hostId, css, setup } = this.options;
    this.mounting ??= createShadowRootUi(this.ctx, {
      name,
      position: 'inline',
      anchor: 'body',
      css: css ? `${STYLE}\n${css}` : STYLE,
      onMount: (container, _shadow, host) => {
        if (hostId) host.id = hostId;
        host.setAttribute('data-glossa-ui', ui);
        const element = document.createElement('div');
        setup(element);
        container.append(element);
        this.element = element;
        return element;
      },
      onRemove: (element) => {
        if (element) render(null, element);
        this.element = undefined;
      },
    }).then((mounted) => {
      mounted.mount();
      this.ui = mounted;
      return mounted;
    });
    return this.mounting;
  }

  /** Whether an event target is inside this layer: its host (as the page sees events from inside) or its shadow tree. */
  contains(target: EventTarget | null): boolean {
    const host = this.ui?.shadowHost;
    return !!host && target instanceof Node && (target === host || host.contains(target) || !!this.ui?.shadow.contains(target));
  }

  /** Takes the layer off the page. */
  remove(): void {
    this.ui?.remove();
    this.ui = undefined;
    this.mounting = undefined;
  }
}
