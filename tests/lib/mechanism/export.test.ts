// @vitest-environment happy-dom
/**
 * SVG export: a parseable standalone SVG of the view shown, with the lit
 * nodes, a legend, the caption (people / only animals) and the numbered
 * sources with links; every text escaped; CJK text wrapped.
 */
import { describe, expect, it } from 'vitest';
import { exportSvg, serialise, wrap } from '../../../lib/mechanism/export-svg';
import { el } from '../../../lib/mechanism/draw';
import { figureSources, sourceIndex } from '../../../lib/mechanism/sources';
import { litNodes } from '../../../lib/mechanism/lit';
import { mechanismMap } from '../../../lib/mechanism/data';
import { copyMap, DEMO_TERMS, exportText, glossary, view } from './fixtures';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('exportSvg', () => {
  const v = view({ view: 'chronic', lit: litNodes(mechanismMap, DEMO_TERMS) });
  const sources = figureSources(v.edges, sourceIndex(glossary));
  const svg = exportSvg(v, exportText, sources);
  const doc = parse(svg);

  it('is a parseable SVG with a size, a title and a description', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.nodeName.toLowerCase()).toBe('svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(mechanismMap.width);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(mechanismMap.height);
    expect(doc.querySelector('title')!.textContent).toBe('Glossa mechanism map');
    expect(doc.querySelector('desc')!.textContent).toContain('1. Prefrontal cortex (PFC)');
  });

  it('draws the view shown: every node and edge, the lit nodes, the chronic-pain weights', () => {
    expect(doc.querySelectorAll('[data-glossa-node]').length).toBe(mechanismMap.nodes.length);
    expect(doc.querySelectorAll('[data-glossa-edge]').length).toBe(mechanismMap.edges.length);
    const lit = [...doc.querySelectorAll('[data-lit="true"]')].map((e) => e.getAttribute('data-glossa-node')).sort();
    expect(lit).toEqual(['chloride', 'dnic', 'htr3', 'kcc2', 'off-cells', 'on-cells', 'pag', 'rvm']);
    expect(doc.querySelector('[data-glossa-edge="dnic-projection"]')!.getAttribute('data-weight')).toBe('0.5');
    // Every marker used is defined.
    const defined = new Set([...doc.querySelectorAll('marker')].map((m) => m.getAttribute('id')));
    for (const line of doc.querySelectorAll('path.line'))
      expect(defined).toContain(/url\(#(.+)\)/.exec(line.getAttribute('marker-end')!)![1]);
  });

  it('carries the caption and the numbered sources with their links', () => {
    const caption = [...doc.querySelectorAll('text.caption')].map((t) => t.textContent).join(' ');
    expect(caption).toContain(`Shown in people: ${v.caption.people.slice(0, 30)}`);
    expect(caption).toContain('Shown only in animals:');
    const citations = [...doc.querySelectorAll('text.citation')].map((t) => t.textContent!);
    expect(citations.length).toBe(sources.length);
    expect(citations[0]).toMatch(/^1\. /);
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBe(sources.filter((s) => s.url).length);
    for (const url of links) expect(url).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
  });

  it('escapes text and attributes', () => {
    expect(serialise(el('text', { 'data-x': 'a"<b>' }, 'x < y & "z"'))).toBe('<text data-x="a&quot;&lt;b&gt;">x &lt; y &amp; "z"</text>');
    const map = copyMap();
    map.edges[0].label.en = '<script>alert(1)</script> & more';
    const hostile = exportSvg(view({}, map), exportText, []);
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(parse(hostile).querySelector('script')).toBeNull();
  });

  it('is bilingual', () => {
    const ja = exportSvg(view({ lang: 'ja' }), exportText, []);
    expect(parse(ja).documentElement.getAttribute('lang')).toBe('ja');
    expect(ja).toContain('島皮質');
  });
});

describe('wrap', () => {
  it('breaks English between words and Japanese between characters', () => {
    const en = wrap('one two three four five six seven eight nine ten', 100, 12);
    expect(en.length).toBeGreaterThan(1);
    expect(en.join(' ')).toBe('one two three four five six seven eight nine ten');
    const ja = wrap('平均すると慢性痛では痛みが痛みを抑える働きが弱い', 120, 12);
    expect(ja.length).toBeGreaterThan(1);
    expect(ja.join('')).toBe('平均すると慢性痛では痛みが痛みを抑える働きが弱い');
    for (const line of ja) expect(line.length).toBeLessThanOrEqual(10);
  });
});
