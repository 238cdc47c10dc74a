/**
 * Plane geometry of the map: where an edge leaves and meets a node's outline,
 * the polyline of an edge through its bend points, and the reading order of
 * nodes (top to bottom, a region before what it contains). Pure, so the live
 * map, the SVG export and keyboard navigation all agree.
 */
import type { MapEdge, Shape } from './schema';

export type Point = readonly [number, number];

export interface NodeBox {
  term: string;
  shape: Shape;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the ray from a node's centre towards `toward` crosses its outline. */
export function anchor(node: NodeBox, toward: Point): Point {
  const dx = toward[0] - node.x;
  const dy = toward[1] - node.y;
  if (dx === 0 && dy === 0) return [node.x, node.y];
  const a = node.w / 2;
  const b = node.h / 2;
  let t: number;
  if (node.shape === 'cell') {
    // Ellipse: (t·dx/a)² + (t·dy/b)² = 1.
    t = 1 / Math.sqrt((dx / a) ** 2 + (dy / b) ** 2);
  } else {
    // Rectangle (pills, hexagons and rounded boxes are close enough).
    t = Math.min(dx === 0 ? Infinity : a / Math.abs(dx), dy === 0 ? Infinity : b / Math.abs(dy));
  }
  return [node.x + dx * t, node.y + dy * t];
}

/** An edge as a polyline: from the start node's outline, through its bend points, to the end node's outline. */
export function edgePoints(edge: Pick<MapEdge, 'via'>, from: NodeBox, to: NodeBox): Point[] {
  const via = (edge.via ?? []) as Point[];
  const first = via[0] ?? [to.x, to.y];
  const last = via[via.length - 1] ?? [from.x, from.y];
  return [anchor(from, first), ...via, anchor(to, last)];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function pathData(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)} ${round(y)}`).join(' ');
}

/** The point halfway along a polyline. */
export function midpoint(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i][0], p[1] - points[i][1]));
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (remaining <= lengths[i] && lengths[i] > 0) {
      const f = remaining / lengths[i];
      return [points[i][0] + (points[i + 1][0] - points[i][0]) * f, points[i][1] + (points[i + 1][1] - points[i][1]) * f];
    }
    remaining -= lengths[i];
  }
  return points[points.length - 1];
}

/** The direction an edge leaves `end` (its start or its end node), as seen on the map. */
export function leavingDirection(points: readonly Point[], end: 'from' | 'to'): Point {
  const [a, b] = end === 'from' ? [points[0], points[1]] : [points[points.length - 1], points[points.length - 2]];
  return [b[0] - a[0], b[1] - a[1]];
}

/** Nodes top to bottom, then left to right; a region sorts by its top edge, so it comes before what it contains. */
export function readingOrder<T extends NodeBox>(nodes: readonly T[]): T[] {
  const key = (n: T) => (n.shape === 'region' ? n.y - n.h / 2 : n.y);
  return [...nodes].sort((a, b) => key(a) - key(b) || a.x - b.x);
}
