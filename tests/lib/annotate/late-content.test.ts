/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { Annotator } from '../../../lib/annotate/annotator';
import { LateContent } from '../../../lib/annotate/late-content';
import type { SiteAdapter } from '../../../lib/sites/types';
import type { Term } from '../../../lib/glossary/schema';

const term = (id: string, abbreviation: string): Term => ({
  id,
  category: 'molecule',
  name: { en: id, ja: id },
  variants: [],
  abbreviations: [{ text: abbreviation }],
  definition: { en: 'd', ja: 'd' },
  plain: { en: 'p', ja: 'p' },
  related: [],
  references: [],
});

const adapter: SiteAdapter = {
  id: 'pubmed',
  matchesUrl: () => true,
  isArticle: () => true,
  roots: (doc) => [...doc.querySelectorAll('.root')],
  exclude: '.refs',
  identity: () => ({}),
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
/** Every pass the annotator started has finished (it works in time slices, which a loaded machine stretches). */
const passesDone = (spy: { mock: { results: Array<{ value: unknown }> } }) => Promise.all(spy.mock.results.map((r) => r.value));

describe('late content', () => {
  it('annotates content added after the first pass, in one batch, and ignores our own writes', async () => {
    document.body.innerHTML = '<div class="root"><p>KCC2 here</p></div><div class="other"><p>KCC2 outside</p></div>';
    const annotator = new Annotator({ terms: [term('kcc2', 'KCC2'), term('dnic', 'DNIC')], exclude: adapter.exclude, inflected: () => [] });
    const spy = vi.spyOn(annotator, 'annotate');
    const controller = new AbortController();
    const late = new LateContent(document, adapter, annotator, controller.signal);
    await late.annotateAll();
    expect(spy).toHaveBeenCalledTimes(1);
    await settle();
    // Our own wrapping caused no further pass.
    expect(spy).toHaveBeenCalledTimes(1);

    const root = document.querySelector('.root')!;
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = `late DNIC ${i}`;
      root.appendChild(p);
    }
    document.querySelector('.other')!.appendChild(document.createElement('p')).textContent = 'DNIC outside the roots';
    const refs = root.appendChild(document.createElement('div'));
    refs.className = 'refs';
    refs.textContent = 'DNIC in references';
    await settle();
    await passesDone(spy);
    expect(spy).toHaveBeenCalledTimes(2); // five paragraphs, one batched pass
    expect([...document.querySelectorAll('[data-glossa-term="dnic"]')].map((e) => e.parentElement!.textContent)).toEqual([
      'late DNIC 0',
      'late DNIC 1',
      'late DNIC 2',
      'late DNIC 3',
      'late DNIC 4',
    ]);
    expect(document.querySelector('.other [data-glossa-term]')).toBeNull();

    // A root that appears late is annotated whole.
    const second = document.body.appendChild(document.createElement('div'));
    second.className = 'root';
    second.innerHTML = '<p>new root with KCC2</p>';
    await settle();
    await passesDone(spy);
    expect(second.querySelectorAll('[data-glossa-term="kcc2"]').length).toBe(1);

    controller.abort();
    root.appendChild(document.createElement('p')).textContent = 'after stop DNIC';
    await settle();
    expect(root.lastElementChild!.querySelector('[data-glossa-term]')).toBeNull();
  });
});
