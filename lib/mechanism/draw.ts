/**
 * Drawing the map as a small neutral SVG tree (tag, attributes, children):
 * the live Preact map turns it into elements inside its interactive groups,
 * and the export serialises it to a file. One drawing, so a saved picture
 * looks like the one on screen. Colours are presentation attributes (the
 * export needs them inline); the side panel's CSS may restyle them for the
 * dark theme through the class names.
 */
import type { EvidenceClass } from './evidence';
import type { MapView, Marker, ViewEdge, ViewNode } from './view';
import type { EdgeKind } from './schema';

export interface SvgEl {
  tag: string;
  attrs: Record<string, string | number | undefined>;
  children: Array<SvgEl | string>;
}

export const el = (tag: string, attrs: SvgEl['attrs'] = {}, ...children: Array<SvgEl | string>): SvgEl => ({ tag, attrs, children });

export const FONT = 'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif';

/** Light palette; the live map's dark theme overrides it in CSS. */
export const PALETTE = {
  background: '#ffffff',
  text: '#1f2937',
  muted: '#64748b',
  tiers: ['#f8fafc', '#eef2f6'],
  node: { fill: '#ffffff', stroke: '#64748b' },
  region: { fill: '#e8eef5', stroke: '#94a3b8' },
  lit: { fill: '#fde68a', stroke: '#b45309' },
  /** A lit region keeps a light fill so the nodes inside stay distinct. */
  litRegion: { fill: '#fdf3d7', stroke: '#b45309' },
  kinds: { inhibits: '#1d4ed8', facilitates: '#dc2626', modulates: '#6b7280', switches: '#7c3aed' } satisfies Record<EdgeKind, string>,
  /** Behind a link that changed in chronic pain. */
  halo: '#fcd34d',
} as const;

/** Line width of a healthy-weight edge, in map units. */
export const BASE_WIDTH = 2;
const MIN_WIDTH = 0.7;
/** Dimmed nodes stay readable. */
export const DIM_OPACITY = 0.45;
/** Links that did not change, in the chronic-pain view. */
const UNCHANGED_OPACITY = 0.35;
/**
 * The smallest label, in map units: the map (480 units wide) is drawn 344 px
 * wide in a 360 px side panel, so 15.5 units are 11 px there.
 */
export const LABEL_MIN = 15.5;

export const DASHES: Record<EvidenceClass, string | undefined> = { human: undefined, animal: '7 4', review: '1.5 4' };

export const markerId = (marker: Marker, kind: EdgeKind) => `glossa-${marker}-${kind}`;

function markerEl(marker: Marker, kind: EdgeKind): SvgEl {
  const fill = PALETTE.kinds[kind];
  const common = { id: markerId(marker, kind), markerUnits: 'userSpaceOnUse', orient: 'auto' };
  if (marker === 'arrow') {
    return el(
      'marker',
      { ...common, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 10, markerHeight: 10 },
      el('path', { d: 'M0 0L10 5L0 10z', fill }),
    );
  }
  if (marker === 'bar') {
    return el(
      'marker',
      { ...common, viewBox: '0 0 4 14', refX: 3, refY: 7, markerWidth: 4, markerHeight: 14 },
      el('path', { d: 'M0 0H4V14H0z', fill }),
    );
  }
  return el(
    'marker',
    { ...common, viewBox: '0 0 10 10', refX: 5, refY: 5, markerWidth: 8, markerHeight: 8 },
    el('circle', { cx: 5, cy: 5, r: 4, fill }),
  );
}

export function drawDefs(): SvgEl {
  const kinds = Object.keys(PALETTE.kinds) as EdgeKind[];
  const markers: Marker[] = ['arrow', 'bar', 'dot'];
  return el('defs', {}, ...kinds.flatMap((k) => markers.map((m) => markerEl(m, k))));
}

/** Tier labels start right of the left-hand corridor the ascending links use. */
const TIER_LABEL_X = 24;

export function drawTiers(view: MapView): SvgEl[] {
  return view.tiers.flatMap((tier, i) => [
    el('rect', { class: 'tier', x: 0, y: tier.top, width: view.width, height: tier.bottom - tier.top, fill: PALETTE.tiers[i % 2] }),
    el('text', { class: 'tier-label', x: TIER_LABEL_X, y: tier.top + LABEL_MIN, 'font-size': LABEL_MIN, fill: PALETTE.muted }, tier.label),
  ]);
}

const LINE_HEIGHT = 17;

/** A rough width of a label line in map units: CJK glyphs are square, Latin ones about half as wide. */
export function labelWidth(line: string, fontSize: number): number {
  let em = 0;
  for (const ch of line) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return em * fontSize;
}

/** Lines wider than their box are drawn narrower (SVG textLength), never smaller. */
function fitted(line: string, fontSize: number, room: number): SvgEl['attrs'] {
  return labelWidth(line, fontSize) > room ? { textLength: Math.round(room), lengthAdjust: 'spacingAndGlyphs' } : {};
}

/** A node's outline and label (the caller wraps it in its own group). */
export function drawNode(node: ViewNode): SvgEl[] {
  const left = node.x - node.w / 2;
  const top = node.y - node.h / 2;
  const region = node.shape === 'region';
  const colours = node.lit ? (region ? PALETTE.litRegion : PALETTE.lit) : region ? PALETTE.region : PALETTE.node;
  const paint = { class: 'shape', fill: colours.fill, stroke: colours.stroke, 'stroke-width': node.lit ? 2.5 : 1.2 };
  let shape: SvgEl;
  switch (node.shape) {
    case 'cell':
      shape = el('ellipse', { ...paint, cx: node.x, cy: node.y, rx: node.w / 2, ry: node.h / 2 });
      break;
    case 'mechanism': {
      const inset = Math.min(10, node.w / 4);
      const right = left + node.w;
      const bottom = top + node.h;
      const points = [
        [left + inset, top],
        [right - inset, top],
        [right, node.y],
        [right - inset, bottom],
        [left + inset, bottom],
        [left, node.y],
      ];
      shape = el('polygon', { ...paint, points: points.map((p) => p.join(',')).join(' ') });
      break;
    }
    default: {
      const rx = node.shape === 'molecule' ? node.h / 2 : node.shape === 'region' ? 14 : 8;
      shape = el('rect', { ...paint, x: left, y: top, width: node.w, height: node.h, rx });
    }
  }
  if (node.shape === 'region') {
    const label = el(
      'text',
      {
        class: 'label region-label',
        x: left + 10,
        y: top + 18,
        'font-size': LABEL_MIN + 0.5,
        'font-weight': 700,
        fill: PALETTE.muted,
        ...fitted(node.lines.join(' '), LABEL_MIN + 0.5, node.w - 20),
      },
      node.lines.join(' '),
    );
    return [shape, label];
  }
  const fontSize = node.lines.length > 1 ? LABEL_MIN : LABEL_MIN + 0.5;
  const first = node.y - ((node.lines.length - 1) * LINE_HEIGHT) / 2 + fontSize * 0.35;
  const label = el(
    'text',
    {
      class: 'label',
      x: node.x,
      y: first,
      'text-anchor': 'middle',
      'font-size': fontSize,
      'font-weight': node.shape === 'area' ? 700 : 600,
      fill: PALETTE.text,
    },
    // A space between the lines, so the label reads "LC noradrenaline" (not "LCnoradrenaline") to assistive technology.
    ...node.lines.flatMap((line, i) => [
      ...(i ? [' '] : []),
      el('tspan', { x: node.x, dy: i ? LINE_HEIGHT : 0, ...fitted(line, fontSize, node.w - 6) }, line),
    ]),
  );
  return [shape, label];
}

export const strokeWidth = (edge: Pick<ViewEdge, 'weight'>) => Math.max(MIN_WIDTH, BASE_WIDTH * edge.weight);

/** An edge: a wide invisible stroke to click, the line itself, and badges for a switch or a change. */
export function drawEdge(edge: ViewEdge, view?: Pick<MapView, 'view'>): SvgEl[] {
  const colour = PALETTE.kinds[edge.kind];
  // In the chronic-pain view the links that changed stand out (a halo and their number); the others step back.
  const chronic = view?.view === 'chronic';
  const parts: SvgEl[] = [
    el('path', { class: 'hit', d: edge.d, fill: 'none', stroke: 'transparent', 'stroke-width': 12 }),
    ...(chronic && edge.change
      ? [el('path', { class: 'halo', d: edge.d, fill: 'none', stroke: PALETTE.halo, 'stroke-width': 9, 'stroke-linecap': 'round' })]
      : []),
    el('path', {
      class: 'line',
      d: edge.d,
      fill: 'none',
      stroke: colour,
      'stroke-width': strokeWidth(edge),
      'stroke-dasharray': DASHES[edge.evidence],
      'stroke-linecap': edge.evidence === 'review' ? 'round' : 'butt',
      'marker-end': `url(#${markerId(edge.marker, edge.kind)})`,
      opacity: chronic && !edge.change ? UNCHANGED_OPACITY : undefined,
    }),
  ];
  const sign =
    edge.change === 'switched' || edge.kind === 'switches' ? '⇄' : edge.change === 'weaker' ? '−' : edge.change === 'stronger' ? '+' : '';
  const badge = edge.changeNumber ? `${edge.changeNumber}${sign}` : sign || undefined;
  if (badge) {
    const [x, y] = edge.mid;
    const r = edge.changeNumber ? 11 : 8;
    parts.push(
      el('circle', {
        class: 'badge',
        cx: x,
        cy: y,
        r,
        fill: edge.changeNumber ? colour : PALETTE.background,
        stroke: colour,
        'stroke-width': 1.2,
      }),
      el(
        'text',
        {
          class: 'badge-text',
          x,
          y: y + 4,
          'text-anchor': 'middle',
          'font-size': LABEL_MIN,
          'font-weight': 700,
          fill: edge.changeNumber ? PALETTE.background : colour,
        },
        badge,
      ),
    );
  }
  return parts;
}

/** Regions first (they sit under everything), then edges, then the other nodes. */
export function layers(view: MapView): { regions: ViewNode[]; edges: ViewEdge[]; nodes: ViewNode[] } {
  return {
    regions: view.nodes.filter((n) => n.shape === 'region'),
    edges: view.edges,
    nodes: view.nodes.filter((n) => n.shape !== 'region'),
  };
}
