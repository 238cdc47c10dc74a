/** @vitest-environment happy-dom */
/**
 * Re-anchoring: a highlight described on one version of a page is put back
 * on another — unchanged, shifted, with whitespace changed, with a
 * paragraph removed, with the quote slightly edited, and with the same
 * quote twice in different contexts. It is placed exactly where it belongs
 * or reported as orphaned, never placed elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { anchor, approximateMatches, editDistance } from '../../../lib/highlights/anchor';
import { selectorsAt } from '../../../lib/highlights/describe';
import { placeHighlights } from '../../../lib/highlights/place';
import { buildTextIndex } from '../../../lib/highlights/text';
import { SCHEMA_VERSION, type HighlightRecord, type Selectors } from '../../../lib/highlights/model';

const PARAGRAPHS = [
  'Descending pain modulation from the periaqueductal gray and the rostral ventromedial medulla can either dampen or amplify spinal pain signals.',
  'Serotonin takes part in both: descending inhibition through 5-HT1A and 5-HT7 receptors, and descending facilitation through spinal 5-HT3 receptors.',
  'In rodent studies, blocking 5-HT3 receptors in the dorsal horn reduced facilitation, and serotonin type 3 receptors sit on terminals near neurons.',
  'After nerve injury in mice, loss of the chloride exporter KCC2 turned serotonergic inhibition into facilitation; restoring KCC2 reversed it.',
  'Diffuse noxious inhibitory controls in animals and conditioned pain modulation in people measure this system, and weaker CPM is reported in fibromyalgia.',
];

function page(paragraphs: string[], extra = ''): Element[] {
  document.body.innerHTML = `<article class="root"><h2>Abstract</h2>${paragraphs.map((p, i) => `<p id="p${i}">${p}</p>`).join(extra)}</article>`;
  return [...document.querySelectorAll('.root')];
}

/** A record for the first occurrence of `quote` (after `after`) on the current page. */
function recordFor(quote: string, id: string, after = ''): HighlightRecord {
  const index = buildTextIndex([...document.querySelectorAll('.root')]);
  const start = index.text.indexOf(quote, after ? index.text.indexOf(after) : 0);
  if (start < 0) throw new Error(`no ${quote}`);
  const sel = selectorsAt(index, start, start + quote.length, 'pmc-new')!;
  return {
    v: SCHEMA_VERSION,
    id,
    article: { pmid: '1' },
    colour: 'yellow',
    note: '',
    tags: [],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...sel,
  };
}

const place = (records: HighlightRecord[]) =>
  placeHighlights({ doc: document, roots: [...document.querySelectorAll('.root')], exclude: '.goto', layout: 'pmc-new', records });

/** The text of a placed highlight and the id of the paragraph it sits in. */
function where(id: string): { text: string; paragraph: string | undefined } {
  const marks = [...document.querySelectorAll(`[data-glossa-highlight="${id}"]`)];
  return {
    text: marks
      .map((m) => m.textContent)
      .join('')
      .replace(/\s+/g, ' '),
    paragraph: marks[0]?.closest('p')?.id,
  };
}

describe('anchoring in the DOM', () => {
  it('puts a highlight back exactly on an unchanged page, by position', () => {
    page(PARAGRAPHS);
    const r = recordFor('chloride exporter KCC2', 'a');
    const result = place([r]);
    expect(result.placed.map((p) => p.anchored.method)).toEqual(['position']);
    expect(where('a')).toEqual({ text: 'chloride exporter KCC2', paragraph: 'p3' });
  });

  it('finds a shifted highlight by its quote', () => {
    page(PARAGRAPHS);
    const r = recordFor('chloride exporter KCC2', 'a');
    page(['A new opening paragraph was added before all the others.', ...PARAGRAPHS]);
    const result = place([r]);
    expect(result.placed[0].anchored.method).toBe('quote');
    expect(where('a')).toEqual({ text: 'chloride exporter KCC2', paragraph: 'p4' });
  });

  it('is indifferent to whitespace changes and injected "Go to:" menus', () => {
    page(PARAGRAPHS);
    const r = recordFor('descending facilitation through spinal 5-HT3 receptors', 'a');
    page(
      PARAGRAPHS.map((p) => p.replace(/ /g, '\n     ').replace('5-HT3', '5-HT<sub>3</sub>')),
      '<div class="goto"><a href="#">Go to:</a></div>',
    );
    const result = place([r]);
    expect(result.orphaned).toEqual([]);
    expect(where('a').text.replace(/\s+/g, ' ')).toBe('descending facilitation through spinal 5-HT3 receptors');
  });

  it('reports a highlight whose paragraph was removed as orphaned, and places the others', () => {
    page(PARAGRAPHS);
    const gone = recordFor('loss of the chloride exporter KCC2 turned serotonergic inhibition', 'gone');
    const kept = recordFor('conditioned pain modulation in people', 'kept');
    const before = recordFor('blocking 5-HT3 receptors in the dorsal horn', 'before');
    page(PARAGRAPHS.filter((_, i) => i !== 3));
    const result = place([gone, kept, before]);
    expect(result.orphaned.map((r) => r.id)).toEqual(['gone']);
    expect(where('kept').text).toBe('conditioned pain modulation in people');
    expect(where('before').text).toBe('blocking 5-HT3 receptors in the dorsal horn');
    expect(document.querySelectorAll('[data-glossa-highlight="gone"]').length).toBe(0);
  });

  it('finds a slightly edited quote approximately, in the right paragraph', () => {
    page(PARAGRAPHS);
    const r = recordFor('loss of the chloride exporter KCC2 turned serotonergic inhibition into facilitation', 'a');
    page(PARAGRAPHS.map((p) => p.replace('turned serotonergic inhibition', 'converted serotonergic inhibition')));
    const result = place([r]);
    expect(result.placed[0].anchored.method).toBe('fuzzy');
    expect(where('a')).toEqual({
      text: 'loss of the chloride exporter KCC2 converted serotonergic inhibition into facilitation',
      paragraph: 'p3',
    });
  });

  it('keeps two highlights of the same quote in different contexts apart, even after a shift', () => {
    page(PARAGRAPHS);
    const first = recordFor('5-HT3 receptors', 'first');
    const second = recordFor('5-HT3 receptors', 'second', 'blocking');
    expect(first.position!.start).not.toBe(second.position!.start);
    page(['An inserted paragraph that shifts every offset after it.', ...PARAGRAPHS.map((p) => p.replace(/ +/g, '  '))]);
    place([second, first]);
    expect(where('first')).toEqual({ text: '5-HT3 receptors', paragraph: 'p2' });
    expect(where('second')).toEqual({ text: '5-HT3 receptors', paragraph: 'p3' });
  });

  it('tells apart identical passages under different headings, after a shift', () => {
    // Context of 32 characters is the same for all three copies: only the heading tells them apart.
    const block = (h: string) =>
      `<h3>${h}</h3><p>Results of the regressions are presented here. The ICC is the proportion of variance explained by the family structure random effect.</p>`;
    document.body.innerHTML = `<article class="root">${block('S1 Table')}${block('S2 Table')}${block('S3 Table')}</article>`;
    const r = recordFor('proportion of variance', 'a', 'S2 Table');
    expect(r.section).toBe('S2 Table');
    document.body.innerHTML = `<article class="root"><p>${'A new paragraph. '.repeat(12)}</p>${block('S1 Table')}${block('S2 Table')}${block('S3 Table')}</article>`;
    place([r]);
    const mark = document.querySelector('[data-glossa-highlight="a"]')!;
    expect(mark.closest('p')!.previousElementSibling!.textContent).toBe('S2 Table');
  });

  it('wraps overlapping highlights and both keep their full text', () => {
    page(PARAGRAPHS);
    const a = recordFor('chloride exporter KCC2 turned', 'a');
    const b = recordFor('KCC2 turned serotonergic inhibition', 'b');
    place([a, b]);
    expect(where('a').text).toBe('chloride exporter KCC2 turned');
    expect(where('b').text).toBe('KCC2 turned serotonergic inhibition');
    expect(document.getElementById('p3')!.textContent).toBe(PARAGRAPHS[3]);
  });
});

describe('anchor (text only)', () => {
  const sel = (exact: string, prefix: string, suffix: string, start?: number): Selectors => ({
    quote: { exact, prefix, suffix },
    position: start === undefined ? undefined : { start, end: start + exact.length, layout: 'pubmed' },
  });

  it('rejects a stored position whose text equals the quote but whose context does not', () => {
    const text = 'alpha beta gamma. zeta eta theta. one two three beta gamma delta';
    // The quote "beta gamma" was stored at offset 6 with the context of the second occurrence.
    const s = sel('beta gamma', 'one two three ', ' delta', 6);
    const found = anchor(text, s, true)!;
    expect(found.start).toBe(text.lastIndexOf('beta gamma'));
    expect(found.method).toBe('quote');
  });

  it('does not anchor a short repeated quote whose context matches nowhere', () => {
    const text = 'the cat sat. the dog ran. the end.';
    expect(anchor(text, sel('the', 'xxxxxxxxxxxx', 'yyyyyyyyyy'), false)).toBeUndefined();
  });

  it('does not anchor a quote that is not on the page, even if similar words are', () => {
    const text = PARAGRAPHS.join(' ');
    const s = sel('the spinal cord dorsal horn expresses many receptors for serotonin', 'xx', 'yy');
    expect(anchor(text, s, false)).toBeUndefined();
  });

  it('ignores positions taken on another layout', () => {
    const text = 'aaaa quote here bbbb quote here cccc';
    const s = sel('quote here', 'bbbb ', ' cccc', 5);
    expect(anchor(text, s, false)!.start).toBe(text.lastIndexOf('quote here'));
  });

  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('approximate matches of long quotes', () => {
  const text = PARAGRAPHS.join(' ');
  it('finds a long quote edited in the middle, at the same place a full search finds it', async () => {
    const { default: search } = await import('approx-string-match');
    const exact = PARAGRAPHS[3].replace('chloride exporter', 'chloride transporter');
    const k = Math.floor(exact.length * 0.2);
    const full = search(text, exact, k);
    const best = Math.min(...full.map((m) => m.errors));
    const probed = approximateMatches(text, exact, k);
    expect(Math.min(...probed.map((m) => m.errors))).toBe(best);
    expect(probed.filter((m) => m.errors === best).map((m) => m.start)).toEqual(full.filter((m) => m.errors === best).map((m) => m.start));
  });
  it('finds nothing for a long quote that is not there', () => {
    const exact = 'Spinal microglia release brain-derived neurotrophic factor after peripheral nerve injury in rats and mice.';
    expect(approximateMatches(text, exact, Math.floor(exact.length * 0.2))).toEqual([]);
  });
});
