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

  it('marks the first viewport before reading the article; nothing marked early changes later, though a later paragraph defines KCC2', async () => {
    const html =
      '<p>Spinal 5-HT<sub>3</sub> receptors, <a href="#x">KCC2</a> and diffuse noxious inhibitory controls; KCC2 again.</p>' +
      '<p>More text, then 5-HT3 and DNIC.</p>' +
      '<p>Here KCC2 means a kinase-coupled channel 2 (KCC2) of ours.</p>';
    const root = setBody(html);
    let early: string[] = [];
    const annotator = make();
    await annotator.annotate([root], {
      // The first two paragraphs are in view.
      prioritize: (segments) => ({ ordered: segments, visible: 2 }),
      onFirstViewport: () => {
        early = wrapped(root);
      },
    });
    // At once: the full name and 5-HT3 (no bracket names them); KCC2 waited, as a definition of it exists further down.
    expect(early).toEqual([
      'htr3#0:5-HT',
      'htr3#0:3',
      'htr3#0: receptors',
      'dnic#1:diffuse noxious inhibitory controls',
      'htr3#2:5-HT3',
      'dnic#3:DNIC',
    ]);
    const final = wrapped(root);
    for (const w of early) expect(final).toContain(w);
    expect(final.filter((w) => w.includes('KCC2'))).toEqual([
      'paper:KCC2#4:KCC2',
      'paper:KCC2#5:KCC2',
      'paper:KCC2#6:KCC2',
      'paper:KCC2#7:KCC2',
    ]);
    // The same terms as a pass without a first viewport, one tab stop per term and paragraph, on its first occurrence.
    const marks = (el: Element) =>
      [...el.querySelectorAll('[data-glossa-term]')].map((e) => `${e.getAttribute('data-glossa-term')}:${e.textContent}`);
    const first = [...root.querySelectorAll('p')].map((p) => marks(p));
    const stops = (el: Element) =>
      [...el.querySelectorAll('[tabindex="0"]')].map((e) => `${e.getAttribute('data-glossa-term')}#${e.getAttribute('data-glossa-match')}`);
    const earlyStops = stops(root);
    // KCC2 in the link is reached through the link: the paragraph's tab stop for it is the next one.
    expect(earlyStops).toEqual(['htr3#0', 'dnic#1', 'paper:KCC2#5', 'htr3#2', 'dnic#3', 'paper:KCC2#6']);
    const other = setBody(html);
    await make().annotate([other]);
    expect([...other.querySelectorAll('p')].map((p) => marks(p))).toEqual(first);
    expect(stops(other).map((s) => s.split('#')[0])).toEqual(earlyStops.map((s) => s.split('#')[0]));
  });
});
