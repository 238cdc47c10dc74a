/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/annotate/annotator';
import type { Term } from '../../../lib/glossary/schema';
import { inflect } from '../../../scripts/inflect.mjs';

const term = (id: string, variants: string[], abbreviations: Term['abbreviations'] = []): Term => ({
  id,
  category: 'mechanism',
  name: { en: id, ja: id },
  variants,
  abbreviations,
  definition: { en: 'd', ja: 'd' },
  plain: { en: 'p', ja: 'p' },
  related: [],
  references: [],
});
const terms = [
  term('htr3', ['5-HT3 receptor'], [{ text: '5-HT3' }]),
  term('kcc2', [], [{ text: 'KCC2' }]),
  term('dnic', ['diffuse noxious inhibitory controls'], [{ text: 'DNIC' }]),
];
const sync = () => Promise.resolve();
const make = () => new Annotator({ terms, yieldToPage: sync, inflected: (t) => t.variants.flatMap(inflect) });

function setBody(html: string): HTMLElement {
  document.body.innerHTML = `<main id="root">${html}</main>`;
  return document.getElementById('root')!;
}
const wrapped = (root: Element) =>
  [...root.querySelectorAll('[data-glossa-term]')].map(
    (e) => `${e.getAttribute('data-glossa-term')}#${e.getAttribute('data-glossa-match')}:${e.textContent}`,
  );

describe('annotator', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('data-glossa-state');
  });

  it('wraps a term split by <sub> as one match with one match number', async () => {
    const root = setBody('<p>Spinal 5-HT<sub>3</sub> receptors and KCC2.</p>');
    await make().annotate([root]);
    expect(wrapped(root)).toEqual(['htr3#0:5-HT', 'htr3#0:3', 'htr3#0: receptors', 'kcc2#1:KCC2']);
    expect(root.textContent).toBe('Spinal 5-HT3 receptors and KCC2.');
    expect(document.documentElement.getAttribute('data-glossa-state')).toBe('ready');
  });

  it('never enters script, style, form fields, editable regions, hidden or our own UI', async () => {
    const root = setBody(
      '<p>KCC2</p><script>var KCC2 = 1;</script><style>.KCC2{}</style><textarea>KCC2</textarea>' +
        '<input value="KCC2"><select><option>KCC2</option></select><div contenteditable="true">KCC2</div>' +
        '<div hidden>KCC2</div><div data-glossa-ui="tooltip">KCC2</div><button>KCC2</button><p class="ref">KCC2</p>',
    );
    const annotator = new Annotator({ terms, yieldToPage: sync, exclude: '.ref', inflected: () => [] });
    await annotator.annotate([root]);
    expect(wrapped(root)).toEqual(['kcc2#0:KCC2']);
    expect(root.querySelector('p')!.firstElementChild!.tagName).toBe('GLOSSA-TERM');
  });

  it('does not join text across blocks or <br>', async () => {
    const root = setBody('<p>diffuse noxious</p><p>inhibitory controls</p><p>diffuse noxious<br>inhibitory controls</p>');
    await make().annotate([root]);
    expect(wrapped(root)).toEqual([]);
  });

  it('wraps inside links without breaking them', async () => {
    const root = setBody('<p>See <a href="#x">DNIC review</a>.</p>');
    await make().annotate([root]);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#x');
    expect(link.querySelector('[data-glossa-term="dnic"]')!.textContent).toBe('DNIC');
    expect(link.textContent).toBe('DNIC review');
  });

  it('is idempotent: a second pass adds nothing', async () => {
    const root = setBody('<p>KCC2 and 5-HT<sub>3</sub> and DNIC</p>');
    const annotator = make();
    await annotator.annotate([root]);
    const once = root.innerHTML;
    await annotator.annotate([root]);
    expect(root.innerHTML).toBe(once);
  });

  it('is reversible: clear restores the DOM exactly, including adjacent text nodes', async () => {
    const root = setBody('<p>a KCC2 b <i>KC</i>C2 c 5-HT<sub>3</sub> receptor KCC2</p>');
    const p = root.querySelector('p')!;
    p.appendChild(document.createTextNode(' KCC2 tail'));
    const before = root.innerHTML;
    const beforeNodes = [...p.childNodes].map((n) => n.nodeType);
    const annotator = make();
    await annotator.annotate([root]);
    expect(root.querySelectorAll('[data-glossa-term]').length).toBeGreaterThan(3);
    annotator.clear();
    expect(root.innerHTML).toBe(before);
    expect([...p.childNodes].map((n) => n.nodeType)).toEqual(beforeNodes);
    expect(document.documentElement.hasAttribute('data-glossa-state')).toBe(false);
  });

  it('annotates only given blocks for late content, keeping match numbers unique', async () => {
    const root = setBody('<p>KCC2</p>');
    const annotator = make();
    await annotator.annotate([root]);
    const late = document.createElement('p');
    late.innerHTML = 'late DNIC';
    root.appendChild(late);
    await annotator.annotate([root], { blocks: [late] });
    expect(wrapped(root)).toEqual(['kcc2#0:KCC2', 'dnic#1:DNIC']);
    expect(Object.fromEntries(annotator.counts())).toEqual({ kcc2: 1, dnic: 1 });
  });

  it('copes with an empty root and an enormous one', async () => {
    const empty = setBody('');
    await make().annotate([empty]);
    expect(wrapped(empty)).toEqual([]);
    const big = setBody(`<p>${'KCC2 filler text with no terms at all. '.repeat(5000)}</p>`);
    const annotator = make();
    await annotator.annotate([big]);
    expect(annotator.found.length).toBe(5000);
  });
});
