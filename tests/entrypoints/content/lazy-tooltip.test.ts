import { describe, expect, it } from 'vitest';
import { LazyTooltipView } from '../../../entrypoints/content/lazy-tooltip';
import type { ShadowTooltipView } from '../../../entrypoints/content-ui/tooltip-view';

/** A stand-in for the real view (Preact, Floating UI), recording what it is asked. */
function fakeView() {
  const calls: string[] = [];
  const view = {
    onClose: () => {},
    onGoToDefinition: (_id: string) => {},
    show: (termId: string) => calls.push(`show ${termId}`),
    hide: () => calls.push('hide'),
    contains: (t: EventTarget | null) => t === marker,
    destroy: () => calls.push('destroy'),
  };
  return { view: view as unknown as ShadowTooltipView, calls };
}
const marker = {} as EventTarget;
const anchor = {} as never;
const state = { pinned: false, text: 'KCC2' };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('LazyTooltipView', () => {
  it('loads the real view on the first show, once, then forwards to it', async () => {
    const { view, calls } = fakeView();
    let loads = 0;
    const lazy = new LazyTooltipView(async () => {
      loads++;
      return view;
    });
    expect(lazy.hostId).toBe('glossa-tooltip');
    expect(lazy.contains(marker)).toBe(false); // nothing on the page yet
    lazy.show('kcc2', anchor, state);
    await flush();
    lazy.show('dnic', anchor, state);
    lazy.hide();
    expect(loads).toBe(1);
    expect(calls).toEqual(['show kcc2', 'show dnic', 'hide']);
    expect(lazy.contains(marker)).toBe(true);
  });

  it('drops a show that a later hide or show overtook while loading', async () => {
    const { view, calls } = fakeView();
    const lazy = new LazyTooltipView(async () => view);
    lazy.show('kcc2', anchor, state);
    lazy.hide();
    await flush();
    expect(calls).toEqual([]);
    const second = fakeView();
    const fresh = new LazyTooltipView(async () => second.view);
    fresh.show('a', anchor, state);
    fresh.show('b', anchor, state);
    await flush();
    expect(second.calls).toEqual(['show b']);
  });

  it('passes close and go-to-definition through, and a destroy before loading leaves nothing behind', async () => {
    const { view } = fakeView();
    const lazy = new LazyTooltipView(async () => view);
    let closed = 0;
    const defined: string[] = [];
    lazy.onClose = () => closed++;
    lazy.onGoToDefinition = (id) => defined.push(id);
    lazy.show('kcc2', anchor, state);
    await flush();
    view.onClose();
    view.onGoToDefinition('paper:VAS');
    expect([closed, defined]).toEqual([1, ['paper:VAS']]);

    const other = fakeView();
    const early = new LazyTooltipView(async () => other.view);
    early.show('kcc2', anchor, state);
    early.destroy();
    await flush();
    expect(other.calls).toEqual(['destroy']);
  });

  it('tries again after a failed load', async () => {
    const { view, calls } = fakeView();
    let attempt = 0;
    const lazy = new LazyTooltipView(async () => {
      if (attempt++ === 0) throw new Error('extension reloaded');
      return view;
    });
    lazy.show('kcc2', anchor, state);
    await flush();
    lazy.show('kcc2', anchor, state);
    await flush();
    expect(calls).toEqual(['show kcc2']);
  });
});
