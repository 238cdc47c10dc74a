/**
 * Keyboard navigation along the map's edges and the panel's state reducer,
 * on the real map's geometry.
 */
import { describe, expect, it } from 'vitest';
import { nextItem, type MapItem } from '../../../lib/mechanism/navigation';
import { initialMapState, mapReducer, type MapState } from '../../../lib/mechanism/state';
import { view } from './fixtures';

const graph = view();
const node = (id: string): MapItem => ({ kind: 'node', id });
const path = (start: MapItem | undefined, keys: string[]) => {
  const seen: string[] = [];
  let at = start;
  for (const key of keys) {
    at = nextItem(graph, at, key as never);
    seen.push(at ? `${at.kind}:${at.id}` : '-');
  }
  return seen;
};

describe('nextItem', () => {
  it('starts at the first node; Home and End go to the first and last', () => {
    expect(nextItem(graph, undefined, 'ArrowDown')).toEqual(node('prefrontal-cortex'));
    expect(nextItem(graph, node('kcc2'), 'Home')).toEqual(node('prefrontal-cortex'));
    expect(nextItem(graph, node('kcc2'), 'End')).toEqual(node(graph.nodes[graph.nodes.length - 1].term));
  });

  it('follows an edge with the same arrow and comes back with the opposite one', () => {
    expect(path(node('prefrontal-cortex'), ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'])).toEqual([
      'edge:pfc-pag',
      'node:pag',
      'edge:pag-rvm',
      'node:rvm',
    ]);
    expect(path(node('pag'), ['ArrowDown', 'ArrowUp'])).toEqual(['edge:pag-rvm', 'node:pag']);
    // Up from the PAG: the two links into it from above.
    expect(path(node('pag'), ['ArrowUp', 'ArrowUp'])[1]).toMatch(/^node:(prefrontal-cortex|amygdala)$/);
  });

  it('turns sideways to every link of a node, clockwise and back', () => {
    const start = nextItem(graph, node('nucleus-raphe-magnus'), 'ArrowDown')!;
    expect(start.kind).toBe('edge');
    const seen = new Set([start.id]);
    let at = start;
    for (let i = 0; i < 12; i++) {
      at = nextItem(graph, at, 'ArrowLeft')!;
      expect(at.kind).toBe('edge');
      seen.add(at.id);
    }
    const links = graph.edges.filter((e) => e.from === 'nucleus-raphe-magnus' || e.to === 'nucleus-raphe-magnus').map((e) => e.id);
    expect([...seen].sort()).toEqual(links.sort());
    // Right undoes Left.
    const left = nextItem(graph, start, 'ArrowLeft')!;
    expect(nextItem(graph, left, 'ArrowRight')).toEqual(start);
    // The arrow that entered still continues along the new link.
    const far = nextItem(graph, left, 'ArrowDown')!;
    expect(far.kind).toBe('node');
    expect(far.id).not.toBe('nucleus-raphe-magnus');
  });

  it('stays put where no link leads that way', () => {
    // Nothing leaves the PFC upwards.
    expect(nextItem(graph, node('prefrontal-cortex'), 'ArrowUp')).toEqual(node('prefrontal-cortex'));
  });

  it('treats a clicked link as entered along its own direction', () => {
    const clicked: MapItem = { kind: 'edge', id: 'srd-dnic', origin: 'subnucleus-reticularis-dorsalis' };
    expect(nextItem(graph, clicked, 'ArrowDown')).toEqual(node('dnic'));
    expect(nextItem(graph, clicked, 'ArrowUp')).toEqual(node('subnucleus-reticularis-dorsalis'));
  });
});

describe('mapReducer', () => {
  const reduce = mapReducer(graph);
  const run = (actions: Parameters<typeof reduce>[1][], state: MapState = initialMapState) => actions.reduce(reduce, state);

  it('moves focus with arrows, opens with Enter, closes with Escape and returns focus', () => {
    let s = run([
      { type: 'focus', item: node('pag') },
      { type: 'key', key: 'ArrowDown' },
    ]);
    expect(s.focus).toMatchObject({ kind: 'edge', id: 'pag-rvm' });
    const moves = s.moves;
    s = run([{ type: 'key', key: 'Enter' }], s);
    expect(s.open).toMatchObject({ kind: 'edge', id: 'pag-rvm' });
    s = run([{ type: 'key', key: 'Escape' }], s);
    expect(s.open).toBeUndefined();
    expect(s.focus).toMatchObject({ kind: 'edge', id: 'pag-rvm' });
    expect(s.moves).toBe(moves + 1);
    // Other keys change nothing.
    expect(run([{ type: 'key', key: 'a' }], s)).toBe(s);
  });

  it('switches view and the text alternative, keeping the focus', () => {
    const s = run([
      { type: 'focus', item: node('kcc2') },
      { type: 'view', view: 'chronic' },
      { type: 'text', on: true },
    ]);
    expect(s).toMatchObject({ view: 'chronic', text: true, focus: node('kcc2') });
  });

  it('opens a related term that is not on the map without moving the focus', () => {
    const s = run([
      { type: 'focus', item: node('kcc2') },
      { type: 'open', item: { kind: 'term', id: 'bdnf' } },
    ]);
    expect(s.open).toEqual({ kind: 'term', id: 'bdnf' });
    expect(s.focus).toEqual(node('kcc2'));
    expect(run([{ type: 'close' }], s).focus).toEqual(node('kcc2'));
  });
});
