/**
 * The tooltip view the controller talks to from the start: it loads the
 * real view (Preact, Floating UI: entrypoints/content-ui) on the first
 * show, then forwards to it. Its host id is known before loading, for
 * aria-describedby.
 */
import type { Anchor, TooltipView } from '../../lib/tooltip/controller';
import type { ShadowTooltipView } from '../content-ui/tooltip-view';
import { HOST_ID } from '../content-ui/bridge';

export class LazyTooltipView implements TooltipView {
  readonly hostId = HOST_ID;
  onClose: () => void = () => {};
  onGoToDefinition: (termId: string) => void = () => {};
  private view: ShadowTooltipView | undefined;
  private loading: Promise<ShadowTooltipView | undefined> | undefined;
  /** Bumped on every show/hide, so a show that waited for loading is dropped if a newer call came. */
  private version = 0;
  private destroyed = false;

  constructor(private readonly make: () => Promise<ShadowTooltipView>) {}

  show(termId: string, anchor: Anchor, state: { pinned: boolean; text: string }): void {
    const version = ++this.version;
    if (this.view) {
      this.view.show(termId, anchor, state);
      return;
    }
    void this.load().then((view) => {
      if (view && version === this.version) view.show(termId, anchor, state);
    });
  }

  hide(): void {
    this.version++;
    this.view?.hide();
  }

  contains(target: EventTarget | null): boolean {
    return this.view?.contains(target) ?? false;
  }

  focusFirst(): boolean {
    return this.view?.focusFirst() ?? false;
  }

  focusPosition(): ReturnType<TooltipView['focusPosition']> {
    return this.view?.focusPosition();
  }

  destroy(): void {
    this.destroyed = true;
    this.version++;
    this.view?.destroy();
    this.view = undefined;
  }

  private load(): Promise<ShadowTooltipView | undefined> {
    this.loading ??= this.make().then(
      (view) => {
        if (this.destroyed) {
          view.destroy();
          return undefined;
        }
        view.onClose = () => this.onClose();
        view.onGoToDefinition = (termId) => this.onGoToDefinition(termId);
        this.view = view;
        return view;
      },
      () => {
        this.loading = undefined; // try again on the next show
        return undefined;
      },
    );
    return this.loading;
  }
}
