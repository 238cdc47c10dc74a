/**
 * Keyboard navigation along the map's edges. The map is one tab stop; the
 * arrow keys move between nodes and the links that join them:
 * - on a node, an arrow moves to the link that leaves it most nearly in
 *   that direction (links whose direction is within 90° of the arrow);
 * - on a link, the same arrow again moves on to its far node, the opposite
 *   arrow goes back to the node you came from, and a sideways arrow turns
 *   to the neighbouring link of that node, clockwise or anticlockwise (so
 *   every link of a node can be reached); a link reached by click or Tab
 *   counts as entered by the arrow nearest its direction;
 * - Home and End go to the first and last node in reading order.
 * Pure: works on the view's geometry.
 */
import { leavingDirection, type Point } from './geometry';

export type MapItem =
  | { kind: 'node'; id: string }
  | {
      kind: 'edge';
      id: string;
      /** The node the link was entered from. */
      origin: string;
      /** The arrow that entered it, if an arrow did. */
      arrow?: Arrow;
    };

export interface NavGraph {
  /** Node ids in reading order. */
  nodes: ReadonlyArray<{ term: string }>;
  edges: ReadonlyArray<{ id: string; from: string; to: string; points: readonly Point[] }>;
}

export const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type NavKey = (typeof NAV_KEYS)[number];
export const isNavKey = (key: string): key is NavKey => (NAV_KEYS as readonly string[]).includes(key);

export type Arrow = Exclude<NavKey, 'Home' | 'End'>;

const VECTORS: Record<Arrow, Point> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

const OPPOSITE: Record<Arrow, Arrow> = { ArrowUp: 'ArrowDown', ArrowDown: 'ArrowUp', ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

const unit = ([x, y]: Point): Point => {
  const l = Math.hypot(x, y) || 1;
  return [x / l, y / l];
};
const dot = (a: Point, b: Point) => a[0] * b[0] + a[1] * b[1];
/** Positive when b turns clockwise from a on screen (y grows downwards). */
const cross = (a: Point, b: Point) => a[0] * b[1] - a[1] * b[0];
/** Clockwise angle from 12 o'clock, in [0, 2π). */
const bearing = ([x, y]: Point) => (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);

interface Leaving {
  id: string;
  far: string;
  dir: Point;
}

/** The links of a node, with the direction each leaves it, clockwise from 12 o'clock. */
function linksOf(graph: NavGraph, node: string): Leaving[] {
  return graph.edges
    .flatMap((e) => {
      if (e.from === node) return [{ id: e.id, far: e.to, dir: unit(leavingDirection(e.points, 'from')) }];
      if (e.to === node) return [{ id: e.id, far: e.from, dir: unit(leavingDirection(e.points, 'to')) }];
      return [];
    })
    .sort((a, b) => bearing(a.dir) - bearing(b.dir));
}

export function nextItem(graph: NavGraph, current: MapItem | undefined, key: NavKey): MapItem | undefined {
  const first = graph.nodes[0]?.term;
  if (!first) return undefined;
  if (key === 'Home') return { kind: 'node', id: first };
  if (key === 'End') return { kind: 'node', id: graph.nodes[graph.nodes.length - 1].term };
  if (!current) return { kind: 'node', id: first };
  const arrow = VECTORS[key];

  if (current.kind === 'node') {
    let best: Leaving | undefined;
    let bestCos = 0;
    for (const link of linksOf(graph, current.id)) {
      const c = dot(link.dir, arrow);
      if (c > bestCos + 1e-9) {
        best = link;
        bestCos = c;
      }
    }
    return best ? { kind: 'edge', id: best.id, origin: current.id, arrow: key } : current;
  }

  const links = linksOf(graph, current.origin);
  const index = links.findIndex((l) => l.id === current.id);
  if (index < 0) return { kind: 'node', id: current.origin };
  const link = links[index];
  const forward = current.arrow ?? nearestArrow(link.dir);
  if (key === forward) return { kind: 'node', id: link.far };
  if (key === OPPOSITE[forward]) return { kind: 'node', id: current.origin };
  if (links.length === 1) return current;
  const step = cross(VECTORS[forward], arrow) > 0 ? 1 : -1;
  const next = links[(index + step + links.length) % links.length];
  return { kind: 'edge', id: next.id, origin: current.origin, arrow: forward };
}

/** The arrow key closest to a direction. */
function nearestArrow(dir: Point): Arrow {
  let best: Arrow = 'ArrowDown';
  let bestCos = -Infinity;
  for (const [arrow, vector] of Object.entries(VECTORS) as Array<[Arrow, Point]>) {
    const c = dot(unit(dir), vector);
    if (c > bestCos) {
      best = arrow;
      bestCos = c;
    }
  }
  return best;
}
