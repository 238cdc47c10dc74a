/**
 * The mechanism map's data: valid against its schema, the glossary and the
 * claims (every node a glossary term, every edge backed by existing claims
 * that name its ends, no orphans, a connected map), and true to the
 * literature's traps. Each rule is also shown to catch a broken copy.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { mechanismMap } from '../../../lib/mechanism/data';
import { validateMechanism } from '../../../lib/mechanism/validate';
import { evidenceClass } from '../../../lib/mechanism/evidence';
import { copyMap } from './fixtures';

const claims = new Map(bundled.claims.map((c) => [c.id, c]));
const problems = (map: unknown) => validateMechanism(map, bundled).map((p) => `${p.entry}: ${p.message}`);

describe('data/mechanism.json', () => {
  it('is valid', () => {
    expect(problems(mechanismMap)).toEqual([]);
  });

  it('has the regions, cells and receptors of the pain-modulation circuit', () => {
    const nodes = new Set(mechanismMap.nodes.map((n) => n.term));
    for (const id of [
      'acc',
      'amygdala',
      'insular-cortex',
      'prefrontal-cortex',
      'pag',
      'rvm',
      'on-cells',
      'off-cells',
      'locus-coeruleus',
      'subnucleus-reticularis-dorsalis',
      'dnic',
      'dorsal-horn',
      'primary-afferents',
      'projection-neurons',
      'inhibitory-interneurons',
      'kcc2',
      'nkcc1',
      'chloride',
      'htr1a',
      'htr2a',
      'htr3',
      'htr7',
      'substance-p',
      'nk1-receptor',
    ])
      expect(nodes, id).toContain(id);
    console.log(`mechanism map: ${mechanismMap.nodes.length} nodes, ${mechanismMap.edges.length} edges`);
  });

  it('lays the tiers out top to bottom: cortex, midbrain, brainstem, spinal cord', () => {
    const tierOf = new Map(mechanismMap.nodes.map((n) => [n.term, n.tier]));
    expect(mechanismMap.tiers.map((t) => t.id)).toEqual(['forebrain', 'midbrain', 'brainstem', 'spinal']);
    expect(tierOf.get('acc')).toBe('forebrain');
    expect(tierOf.get('pag')).toBe('midbrain');
    expect(tierOf.get('rvm')).toBe('brainstem');
    expect(tierOf.get('kcc2')).toBe('spinal');
    const y = (id: string) => mechanismMap.nodes.find((n) => n.term === id)!.y;
    expect(y('acc')).toBeLessThan(y('pag'));
    expect(y('pag')).toBeLessThan(y('rvm'));
    expect(y('rvm')).toBeLessThan(y('htr3'));
  });

  it('keeps the traps: DNIC hangs on the SRD, not the RVM; the KCC2 switch is animal-only and from nerve-injured mice', () => {
    const edges = mechanismMap.edges;
    expect(edges.some((e) => e.from === 'subnucleus-reticularis-dorsalis' && e.to === 'dnic')).toBe(true);
    expect(edges.some((e) => (e.from === 'rvm' || e.from === 'on-cells' || e.from === 'off-cells') && e.to === 'dnic')).toBe(false);
    const switches = edges.filter((e) => e.kind === 'switches');
    expect(switches.length).toBeGreaterThan(0);
    for (const edge of switches) {
      const linked = edge.claims.map((id) => claims.get(id)!);
      expect(evidenceClass(linked), edge.id).toBe('animal');
      expect(linked.some((c) => /nerve-injured mice/.test(c.statement.en))).toBe(true);
    }
    expect(mechanismMap.captions.chronic.animalsOnly.en).toMatch(/nerve-injured mice.*not shown in people/);
    // Solid (human) edges only where a linked claim is from people.
    const human = edges.filter((e) => evidenceClass(e.claims.map((id) => claims.get(id)!)) === 'human').map((e) => e.id);
    expect(human).toEqual(['dnic-projection']);
  });

  it('backs every chronic-pain change with claims about a condition', () => {
    const changed = mechanismMap.edges.filter((e) => e.chronic.weight !== 1);
    expect(changed.length).toBeGreaterThan(3);
    for (const edge of changed) expect(edge.chronic.claims.length, edge.id).toBeGreaterThan(0);
    // Weakened descending inhibition, strengthened 5-HT3 facilitation.
    const weight = (id: string) => mechanismMap.edges.find((e) => e.id === id)!.chronic.weight;
    expect(weight('dnic-projection')).toBeLessThan(1);
    expect(weight('lc-alpha2')).toBeLessThan(1);
    expect(weight('nrm-htr3')).toBeGreaterThan(1);
  });

  it('has captions in both languages for both views', () => {
    for (const view of ['healthy', 'chronic'] as const) {
      for (const part of ['summary', 'people', 'animalsOnly'] as const) {
        expect(mechanismMap.captions[view][part].en.length).toBeGreaterThan(20);
        expect(mechanismMap.captions[view][part].ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });
});

describe('validateMechanism catches', () => {
  it('a node that is not a glossary term, and a duplicate', () => {
    const map = copyMap();
    map.nodes[0].term = 'not-a-term';
    map.nodes.push({ ...map.nodes[1] });
    const found = problems(map);
    expect(found).toContain('node:not-a-term: "not-a-term" is not a glossary term');
    expect(found).toContain(`node:${map.nodes[1].term}: duplicate node`);
  });

  it('an edge to a missing node or a missing claim', () => {
    const map = copyMap();
    map.edges[0].to = 'nowhere';
    map.edges[1].claims.push('no-such-claim');
    const found = problems(map);
    expect(found).toContain(`edge:${map.edges[0].id}: to "nowhere" is not a node`);
    expect(found).toContain(`edge:${map.edges[1].id}: claim "no-such-claim" does not exist`);
  });

  it('a claim that names neither end, and an end no claim names', () => {
    const map = copyMap();
    const edge = map.edges.find((e) => e.id === 'srd-dnic')!;
    edge.claims = ['dnic-depends-on-srd-not-rvm-rats', 'duloxetine-fibromyalgia-trial-mixed'];
    const lc = map.edges.find((e) => e.id === 'lc-alpha2')!;
    lc.claims = ['morphine-and-clonidine-use-descending-inhibition'];
    const found = problems(map);
    expect(found).toContain(
      'edge:srd-dnic: claim "duloxetine-fibromyalgia-trial-mixed" names neither end (subnucleus-reticularis-dorsalis, dnic)',
    );
    expect(found).toContain('edge:lc-alpha2: no claim names its start "locus-coeruleus"');
  });

  it('an orphan node and a map in two pieces', () => {
    const map = copyMap();
    map.edges = map.edges.filter((e) => e.from !== 'nkcc1');
    expect(problems(map)).toContain('node:nkcc1: orphan: no edge joins it');
    const split = copyMap();
    split.edges = split.edges.filter((e) => e.id !== 'alpha2-afferents');
    expect(problems(split).some((p) => p.startsWith('mechanism: not connected: locus-coeruleus, alpha2-adrenoceptor'))).toBe(true);
  });

  it('a switch without a switching claim, and a chronic change without claims', () => {
    const map = copyMap();
    map.edges.find((e) => e.id === 'pfc-pag')!.kind = 'switches';
    map.edges.find((e) => e.id === 'pag-rvm')!.chronic.weight = 0.5;
    const found = problems(map);
    expect(found).toContain('edge:pfc-pag: is drawn as a switch but none of its claims switches');
    expect(found).toContain('edge:pag-rvm: changes in the chronic-pain view without claims to back it');
  });

  it('a chronic-pain claim that is not on the edge or concerns no condition', () => {
    const map = copyMap();
    const edge = map.edges.find((e) => e.id === 'nrm-htr1a')!;
    edge.chronic = { weight: 0.8, claims: ['htr1a-htr7-agonists-proposed-analgesic', 'cpm-impaired-fibromyalgia'] };
    const found = problems(map);
    expect(found).toContain('edge:nrm-htr1a: chronic-pain claim "htr1a-htr7-agonists-proposed-analgesic" concerns no condition');
    expect(found).toContain(`edge:nrm-htr1a: chronic-pain claim "cpm-impaired-fibromyalgia" is not among the edge's claims`);
  });

  it('covers outside the glossary relations, overlapping nodes, a node outside its region', () => {
    const map = copyMap();
    map.nodes.find((n) => n.term === 'kcc2')!.covers = ['fibromyalgia'];
    const nkcc1 = map.nodes.find((n) => n.term === 'nkcc1')!;
    nkcc1.x = map.nodes.find((n) => n.term === 'chloride')!.x + 10;
    map.nodes.find((n) => n.term === 'on-cells')!.y = 200;
    const found = problems(map);
    expect(found).toContain(`node:kcc2: covers "fibromyalgia", which is not among the term's related terms`);
    expect(found.some((p) => /node:(chloride|nkcc1): overlaps node:(chloride|nkcc1)/.test(p))).toBe(true);
    expect(found).toContain('node:on-cells: is not inside its region "rvm"');
  });

  it('a malformed file, with the path of the problem', () => {
    const map = copyMap() as unknown as { edges: Array<{ kind: string }> };
    map.edges[2].kind = 'excites';
    const [problem] = problems(map);
    expect(problem).toMatch(/^mechanism: edges\.2\.kind: /);
  });
});
