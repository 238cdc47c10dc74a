/**
 * @vitest-environment happy-dom
 *
 * Markup real papers use: citation superscripts glued to the word they
 * follow, in the forms journals and PMC use, are read as a word boundary
 * (a term's own superscripts are not); slashed subtypes in subscripts are
 * occurrences of their own.
 */
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../lib/annotate/annotator';
import { collectSegments, GENERIC_EXCLUDE } from '../../../lib/annotate/segments';
import { matchData } from '../../../lib/glossary/match-data';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';

const matcher = new Matcher(matchData);

function setBody(html: string): HTMLElement {
  document.body.innerHTML = `<main id="root">${html}</main>`;
  return document.getElementById('root')!;
}

/** "term-id:text" of each occurrence (pieces of one match joined). */
async function annotated(html: string): Promise<string[]> {
  const root = setBody(html);
  const annotator = new Annotator({ matcher, yieldToPage: () => Promise.resolve() });
  await annotator.annotate([root]);
  return annotator.found.map((o) => `${o.termId}:${o.elements.map((e) => e.textContent).join('')}`);
}

/** The segment texts as matching reads them. */
const read = (html: string) => collectSegments(setBody(html), GENERIC_EXCLUDE).map((s) => normalize(s.text, s.citations).text);

const PMC_LINK = (n: number) => `<a href="#ref${n}" class="usa-link" aria-describedby="ref${n}" aria-expanded="false"><sup>${n}</sup></a>`;

describe('citation markers after a term', () => {
  it('PMC: a superscript inside a link to the reference (thalamus<a><sup>10</sup></a>)', async () => {
    expect(await annotated(`<p>basal forebrain, thalamus${PMC_LINK(10)} and hypothalamus.${PMC_LINK(11)}</p>`)).toEqual([
      'thalamus:thalamus',
      'hypothalamus:hypothalamus',
    ]);
  });

  it('PMC: consecutive linked superscripts separated by commas are one marker', async () => {
    expect(read(`<p>impaired conditioned pain modulation${PMC_LINK(8)},${PMC_LINK(42)},${PMC_LINK(49)} and more</p>`)).toEqual([
      'impaired conditioned pain modulation and more',
    ]);
    expect(await annotated(`<p>impaired conditioned pain modulation${PMC_LINK(8)},${PMC_LINK(42)} (CPM)</p>`)).toEqual([
      'cpm:conditioned pain modulation',
      'cpm:CPM',
    ]);
  });

  it('a bare superscript list (conditioned pain modulation<sup>8,42</sup>)', async () => {
    expect(await annotated('<p>deficits in conditioned pain modulation<sup>8,42</sup> and fibromyalgia<sup>3</sup>.</p>')).toEqual([
      'cpm:conditioned pain modulation',
      'fibromyalgia:fibromyalgia',
    ]);
  });

  it('a link inside the superscript (controls<sup><a href="#b1">1</a></sup>)', async () => {
    expect(
      await annotated('<p>diffuse noxious inhibitory controls<sup><a href="#b1">1</a></sup> and KCC2<sup><a href="#b2">2</a></sup>.</p>'),
    ).toEqual(['dnic:diffuse noxious inhibitory controls', 'kcc2:KCC2']);
  });

  it('a superscript range (receptors<sup>4–6</sup>), also after a subscript', async () => {
    expect(await annotated('<p>spinal 5-HT<sub>3</sub> receptors<sup>4–6</sup> and central sensitization<sup>7-9</sup></p>')).toEqual([
      'htr3:5-HT3 receptors',
      'central-sensitization:central sensitization',
    ]);
  });

  it('linked superscripts joined by a dash superscript are one marker', () => {
    expect(read(`<p>hyperalgesia${PMC_LINK(4)}<sup>–</sup>${PMC_LINK(6)} was seen</p>`)).toEqual(['hyperalgesia was seen']);
  });

  it('keeps a word boundary where a marker stood between two words', () => {
    expect(read('<p>serotonin<sup>12</sup>fibromyalgia</p>')).toEqual(['serotonin fibromyalgia']);
  });
});

describe('superscripts that are part of a term or a number', () => {
  it('Cl<sup>−</sup> is chloride and Ca<sup>2+</sup> stays one token', async () => {
    expect(read('<p>Cl<sup>−</sup> and [Ca<sup>2+</sup>]<sub>i</sub> and 10<sup>6</sup> cells</p>')).toEqual([
      'Cl- and [Ca2+]i and 106 cells',
    ]);
    expect(await annotated('<p>intracellular Cl<sup>−</sup> rose</p>')).toEqual(['chloride:Cl\u2212']);
  });

  it('a lone number after a capital or digit is not a citation (KCC<sup>2</sup>, 5-HT<sup>3</sup>)', async () => {
    expect(await annotated('<p>KCC<sup>2</sup> and 5-HT<sup>3</sup> receptors</p>')).toEqual(['kcc2:KCC2', 'htr3:5-HT3 receptors']);
  });

  it('5-HT<sub>3</sub> is still the 5-HT3 receptor', async () => {
    expect(await annotated('<p>5-HT<sub>3</sub> antagonists</p>')).toEqual(['setrons:5-HT3 antagonists']);
  });

  it('a superscript that is not reference numbers is kept (letters, signs, a link to another page)', () => {
    expect(read('<p>the RVM<sup>a</sup> and PAG<sup>*</sup> and LTP<a href="https://example.org/x"><sup>1</sup></a></p>')).toEqual([
      'the RVMa and PAG* and LTP1',
    ]);
  });
});

describe('slashed subtypes', () => {
  it('5-HT<sub>1B/1D</sub>: the second subtype is its own occurrence, wrapping only "1D"', async () => {
    const root = setBody('<p>triptans act on 5-HT<sub>1B/1D</sub> receptors and 5-HT<sub>2A/2C</sub> receptors</p>');
    const annotator = new Annotator({ matcher, yieldToPage: () => Promise.resolve() });
    await annotator.annotate([root]);
    const occurrences = annotator.found.map((o) => [
      o.termId,
      o.elements.map((e) => e.textContent).join('|'),
      o.elements.map((e) => e.getAttribute('data-glossa-match')),
    ]);
    expect(occurrences.map(([id, text]) => `${id}:${text}`)).toEqual([
      'triptans:triptans',
      'htr1b:5-HT|1B',
      'htr1d:1D',
      'htr2a:5-HT|2A',
      'htr2c:2C',
    ]);
    const matchNumbers = occurrences.map(([, , numbers]) => new Set(numbers as string[]));
    expect(matchNumbers.every((n) => n.size === 1)).toBe(true);
    expect(new Set(matchNumbers.map((n) => [...n][0])).size).toBe(5);
  });
});
