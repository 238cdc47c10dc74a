/** @vitest-environment happy-dom */
/**
 * Hostile page text: each payload as the text of an article paragraph (as
 * the page's parser would leave "&lt;script&gt;" — a text node), next to and
 * inside glossary terms, and in attributes and links of the page. Glossa's
 * annotator adds only its own <glossa-term> wrappers with its own attributes,
 * never an element or attribute made from page text, never changes the text,
 * never touches the page's links or attributes, and clear() restores all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Annotator, MATCH_ATTR, TERM_ATTR } from '../../lib/annotate/annotator';
import { bundled } from '../../lib/glossary/data';
import { bundledInflections } from '../../lib/glossary/inflections';
import { PAYLOADS, eventAttributes, structure } from './payloads';

const WRAPPER_ATTRS = new Set([TERM_ATTR, MATCH_ATTR, 'tabindex']);

/** An article paragraph built with DOM calls: the payload is text, as a page's own escaped text is. */
function paragraph(payload: string): HTMLElement {
  const root = document.createElement('main');
  const p = document.createElement('p');
  p.append(`KCC2 ${payload} DNIC`);
  const i = document.createElement('i');
  i.append(payload, ' 5-HT');
  const sub = document.createElement('sub');
  sub.append('3');
  p.append(i, sub, ` receptors ${payload} descending facilitation ${payload}`);
  // The page's own link and attributes carry the payload too.
  const a = document.createElement('a');
  a.setAttribute('href', '#ref1');
  a.setAttribute('title', payload);
  a.setAttribute('data-note', payload);
  a.append(`diffuse noxious inhibitory controls ${payload}`);
  p.append(a);
  root.append(p);
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('annotator over hostile page text', () => {
  it.each(PAYLOADS.map((p) => [p.name, p.text]))('%s: stays text; only our wrappers are added', async (_, payload) => {
    const root = paragraph(payload);
    const before = structure(root);
    const html = root.innerHTML;
    const text = root.textContent;
    const annotator = new Annotator({ terms: bundled.terms, inflected: bundledInflections, yieldToPage: () => Promise.resolve() });
    await annotator.annotate([root]);

    const wrappers = [...root.querySelectorAll('glossa-term')];
    // The terms around the payload are still found (full names at least; abbreviations are up to disambiguation).
    expect(wrappers.map((w) => w.getAttribute(TERM_ATTR))).toEqual(expect.arrayContaining(['htr3', 'descending-facilitation']));
    // Every element that is not a wrapper was there before, with the same attributes.
    const added = structure(root).filter((s) => !s.startsWith('GLOSSA-TERM['));
    expect(added).toEqual(before);
    for (const w of wrappers) {
      expect([...w.attributes].map((a) => a.name).every((n) => WRAPPER_ATTRS.has(n))).toBe(true);
      expect(w.getAttribute(TERM_ATTR)).toMatch(/^[a-z0-9-]+$/);
      // A wrapper holds text only.
      expect([...w.childNodes].every((n) => n.nodeType === 3)).toBe(true);
    }
    expect(eventAttributes(root)).toEqual([]);
    expect(root.textContent).toBe(text);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#ref1');
    expect(link.getAttribute('title')).toBe(payload);

    annotator.clear(document);
    expect(root.innerHTML).toBe(html);
  });

  it("leaves a page's own look-alike of its markup alone: not counted, not removed by clear()", async () => {
    const root = paragraph('plain');
    const spoof = document.createElement('glossa-term');
    spoof.setAttribute(TERM_ATTR, 'kcc2');
    spoof.setAttribute(MATCH_ATTR, '0');
    spoof.append('KCC2 spoofed by the page');
    root.querySelector('p')!.append(spoof);
    const html = root.innerHTML;
    const annotator = new Annotator({ terms: bundled.terms, inflected: bundledInflections, yieldToPage: () => Promise.resolve() });
    await annotator.annotate([root]);
    // Nothing was wrapped inside the page's element, and it is not one of ours.
    expect(spoof.querySelector('glossa-term')).toBeNull();
    expect(annotator.found.some((o) => o.elements.includes(spoof))).toBe(false);
    annotator.clear(document);
    expect(root.innerHTML).toBe(html);
    expect(spoof.isConnected).toBe(true);
  });
});
