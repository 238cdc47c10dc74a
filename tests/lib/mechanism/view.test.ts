/**
 * The pure helpers behind the map: geometry, lit nodes, the view model
 * (healthy and chronic pain), evidence styles, the text alternative and
 * the sources of claims.
 */
import { describe, expect, it } from 'vitest';
import { anchor, edgePoints, midpoint, readingOrder } from '../../../lib/mechanism/geometry';
import { litNodes } from '../../../lib/mechanism/lit';
import { mechanismMap } from '../../../lib/mechanism/data';
import { textAlternative, textAlternativePlain } from '../../../lib/mechanism/text';
import { claimSources, figureSources, reviewFor, sourceIndex } from '../../../lib/mechanism/sources';
import { claimReview } from '../../../lib/links';
import { DEMO_TERMS, glossary, view } from './fixtures';

describe('geometry', () => {
  const box = { term: 'a', shape: 'area' as const, x: 100, y: 100, w: 40, h: 20 };
  it('meets a box on its outline, an ellipse on its curve', () => {
    expect(anchor(box, [200, 100])).toEqual([120, 100]);
    expect(anchor(box, [100, 0])).toEqual([100, 90]);
    const [x, y] = anchor({ ...box, shape: 'cell' }, [200, 200]);
    expect(((x - 100) / 20) ** 2 + ((y - 100) / 10) ** 2).toBeCloseTo(1);
  });

  it('routes an edge through its bend points and finds its middle', () => {
    const to = { ...box, term: 'b', y: 300 };
    const points = edgePoints(
      {
        via: [
          [300, 100],
          [300, 300],
        ],
      },
      box,
      to,
    );
    expect(points).toEqual([
      [120, 100],
      [300, 100],
      [300, 300],
      [120, 300],
    ]);
    expect(midpoint(points)).toEqual([300, 200]);
  });

  it('reads top to bottom, a region before what it contains', () => {
    const order = readingOrder(mechanismMap.nodes).map((n) => n.term);
    expect(order[0]).toBe('prefrontal-cortex');
    expect(order.indexOf('rvm')).toBeLessThan(order.indexOf('on-cells'));
    expect(order.indexOf('dorsal-horn')).toBeLessThan(order.indexOf('htr1a'));
    expect(order.indexOf('pag')).toBeLessThan(order.indexOf('rvm'));
  });
});

describe('lit nodes', () => {
  it('lights the nodes whose own term is on the page, nothing else', () => {
    const lit = litNodes(mechanismMap, DEMO_TERMS);
    expect([...lit].sort()).toEqual(['chloride', 'dnic', 'htr3', 'kcc2', 'off-cells', 'on-cells', 'pag', 'rvm']);
    // CPM and serotonin are on the page but are not nodes (DNIC and the NRM only cover them in claims).
    expect(lit.has('cpm')).toBe(false);
    expect(litNodes(mechanismMap, []).size).toBe(0);
  });
});

describe('view model', () => {
  it('marks lit nodes, dims the rest, and names them', () => {
    const v = view({ lit: litNodes(mechanismMap, DEMO_TERMS) });
    const node = (id: string) => v.nodes.find((n) => n.term === id)!;
    expect(node('htr3')).toMatchObject({ lit: true, dim: false, name: '5-HT3 receptor' });
    expect(node('htr3').ariaLabel).toBe('5-HT3 receptor, on this page, links: 1');
    expect(node('insular-cortex')).toMatchObject({ lit: false, dim: true });
    expect(node('insular-cortex').ariaLabel).not.toContain('on this page');
    // Nothing on the page: nothing dimmed.
    expect(view().nodes.every((n) => !n.dim && !n.lit)).toBe(true);
  });

  it('styles edges by what they do and by their evidence', () => {
    const v = view();
    const edge = (id: string) => v.edges.find((e) => e.id === id)!;
    expect(edge('dnic-projection')).toMatchObject({ effect: 'inhibits', marker: 'bar', evidence: 'human', weight: 1 });
    expect(edge('kcc2-chloride')).toMatchObject({ evidence: 'animal' });
    expect(edge('pag-rvm')).toMatchObject({ effect: 'modulates', marker: 'dot', evidence: 'review' });
    expect(edge('nrm-htr3')).toMatchObject({ effect: 'facilitates', marker: 'arrow' });
    expect(edge('nrm-dorsal-horn-switch')).toMatchObject({ kind: 'switches', effect: 'inhibits', marker: 'bar' });
    expect(edge('dnic-projection').ariaLabel).toMatch(
      /^Diffuse noxious inhibitory controls \(DNIC\) → Projection neurons \(dorsal horn\): .*dampens pain; includes evidence from people; claims: 8\.$/,
    );
  });

  it('redraws the same circuit for chronic pain with the weights the claims support', () => {
    const healthy = view();
    const chronic = view({ view: 'chronic' });
    expect(chronic.nodes.map((n) => n.term)).toEqual(healthy.nodes.map((n) => n.term));
    const edge = (id: string) => chronic.edges.find((e) => e.id === id)!;
    expect(edge('dnic-projection')).toMatchObject({ weight: 0.5, change: 'weaker' });
    expect(edge('nrm-htr3')).toMatchObject({ weight: 1.7, change: 'stronger' });
    expect(edge('nrm-dorsal-horn-switch')).toMatchObject({ effect: 'facilitates', marker: 'arrow', change: 'switched' });
    expect(edge('pfc-pag')).toMatchObject({ weight: 1, change: undefined });
    expect(edge('nrm-dorsal-horn-switch').ariaLabel).toContain('switched: now amplifies pain');
    expect(edge('kcc2-chloride').ariaLabel).toContain('weaker in chronic pain');
    expect(chronic.caption.animalsOnly).toMatch(/nerve-injured mice/);
    expect(healthy.edges.every((e) => e.weight === 1 && !e.change)).toBe(true);
  });

  it('switches language', () => {
    const ja = view({ lang: 'ja' });
    expect(ja.nodes.find((n) => n.term === 'insular-cortex')!.lines).toEqual(['島皮質']);
    expect(ja.tiers[0].label).toBe('大脳皮質・辺縁系');
    expect(ja.caption.people).toMatch(/条件刺激疼痛調節/);
  });
});

describe('text alternative', () => {
  it('lists every node in reading order with its links, each edge once as outgoing', () => {
    const v = view({ lit: new Set(['kcc2']) });
    const items = textAlternative(v);
    expect(items.map((i) => i.term)).toEqual(v.nodes.map((n) => n.term));
    const outgoing = items.flatMap((i) => i.links.filter((l) => l.direction === 'out').map((l) => l.edgeId));
    expect(outgoing.sort()).toEqual(mechanismMap.edges.map((e) => e.id).sort());
    const kcc2 = items.find((i) => i.term === 'kcc2')!;
    expect(kcc2.lit).toBe(true);
    expect(kcc2.links.map((l) => `${l.direction} ${l.other}`)).toEqual(['out chloride (Cl⁻)', 'in 5-HT2A receptor']);
    const plain = textAlternativePlain(v, 'on this page');
    expect(plain.split('\n')[0]).toBe('1. Prefrontal cortex (PFC)');
    expect(plain).toContain('KCC2 (K⁺–Cl⁻ cotransporter 2) (on this page)');
  });
});

describe('sources', () => {
  const index = sourceIndex(glossary);
  it('gives each claim of an edge its citations, with links only to PMC, PubMed or doi.org', () => {
    const edge = mechanismMap.edges.find((e) => e.id === 'nrm-dorsal-horn-switch')!;
    const sources = claimSources(edge.claims, index);
    expect(sources.map((s) => s.claim.id)).toEqual(edge.claims);
    expect(sources[0].citations[0].label).toMatch(/^Aby F et al\., 2022/);
    for (const c of sources.flatMap((s) => s.citations))
      if (c.url) expect(c.url).toMatch(/^https:\/\/(pmc\.ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
  });

  it('opens a review at the checked passage of one of the edge’s claims; else PMC first', () => {
    const ids = ['descending-modulation-inhibits-or-facilitates', 'endogenous-inhibition-needs-pfc-pag-rvm'];
    const atPassage = reviewFor(ids, index)!;
    expect(atPassage.url).toBe(claimReview(glossary.claims.find((c) => c.id === ids[0])!, glossary.references, glossary.passages)!.url);
    expect(atPassage.url).toMatch(/^https:\/\/pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d+\/#:~:text=/);
    const without = reviewFor(ids, { ...index, passages: new Map() })!;
    expect(without.url).toMatch(/^https:\/\/pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d+\/$/);
    expect(reviewFor(['no-such-claim'], index)).toBeUndefined();
  });

  it('numbers the figure sources once each, in order of first use', () => {
    const sources = figureSources(view().edges, index);
    expect(new Set(sources.map((s) => s.label)).size).toBeGreaterThan(20);
    const refs = new Set(mechanismMap.edges.flatMap((e) => e.claims).flatMap((id) => glossary.claims.find((c) => c.id === id)!.references));
    expect(sources.length).toBe(refs.size);
  });
});
