/**
 * The mechanism map as interactive SVG. Render only: the drawing comes from
 * lib/mechanism/draw.ts (shared with the export), the view model and the
 * focus from props, and every action goes out through callbacks. Each node
 * is a focusable group with `data-glossa-node="<term-id>"`, an accessible
 * name and `data-lit="true"` while its term is on the page; each edge is a
 * focusable group with `data-glossa-edge="<id>"` and an accessible name. The
 * map is one tab stop (roving tabindex); the arrow keys move along edges.
 */
import { h, type VNode } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { DIM_OPACITY, drawDefs, drawEdge, drawNode, drawTiers, layers, type SvgEl } from '../lib/mechanism/draw';
import { isNavKey, type MapItem } from '../lib/mechanism/navigation';
import type { OpenItem } from '../lib/mechanism/state';
import type { MapView, ViewEdge, ViewNode } from '../lib/mechanism/view';

export interface MechanismMapProps {
  view: MapView;
  focus?: MapItem;
  open?: OpenItem;
  /** Bumped when the keyboard moved the focus: then (only) DOM focus follows. */
  moves: number;
  /** The map's accessible name. */
  label: string;
  /** id of the element with the keyboard hint. */
  describedBy?: string;
  /** id of the details region the items control. */
  detailId?: string;
  onFocusItem: (item: MapItem) => void;
  onOpen: (item: MapItem) => void;
  onKey: (key: string) => void;
}

function toVNode(node: SvgEl | string, key?: number): VNode | string {
  if (typeof node === 'string') return node;
  return h(node.tag, { ...node.attrs, key }, ...node.children.map((child, i) => toVNode(child, i)));
}

const selector = (item: MapItem) => (item.kind === 'node' ? `[data-glossa-node="${item.id}"]` : `[data-glossa-edge="${item.id}"]`);

export function MechanismMap(props: MechanismMapProps) {
  const { view } = props;
  const svg = useRef<SVGSVGElement>(null);
  const { regions, edges, nodes } = layers(view);
  const tabStop = props.focus ?? (view.nodes[0] ? { kind: 'node', id: view.nodes[0].term } : undefined);
  const isStop = (kind: MapItem['kind'], id: string) => tabStop?.kind === kind && tabStop.id === id;
  const isOpen = (kind: MapItem['kind'], id: string) => props.open?.kind === kind && props.open.id === id;

  useLayoutEffect(() => {
    if (!props.moves || !props.focus) return;
    svg.current?.querySelector<SVGElement>(selector(props.focus))?.focus();
  }, [props.moves]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (isNavKey(e.key) || e.key === 'Enter' || e.key === ' ') e.preventDefault();
    if (isNavKey(e.key) || e.key === 'Enter' || e.key === ' ' || e.key === 'Escape') props.onKey(e.key);
  };

  const node = (n: ViewNode) => {
    const item: MapItem = { kind: 'node', id: n.term };
    return (
      // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be an HTML <button>; role, tabindex and keys make it one
      <g
        key={n.term}
        class={`node node-${n.shape}${n.lit ? ' lit' : ''}${n.dim ? ' dim' : ''}`}
        data-glossa-node={n.term}
        data-lit={n.lit ? 'true' : undefined}
        opacity={n.dim ? DIM_OPACITY : undefined}
        role="button"
        tabindex={isStop('node', n.term) ? 0 : -1}
        aria-label={n.ariaLabel}
        aria-expanded={isOpen('node', n.term)}
        aria-controls={props.detailId}
        onClick={() => props.onOpen(item)}
        onFocus={() => props.onFocusItem(item)}
      >
        {drawNode(n).map((part, i) => toVNode(part, i))}
      </g>
    );
  };

  const edge = (e: ViewEdge) => {
    const item: MapItem = { kind: 'edge', id: e.id, origin: e.from };
    return (
      // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be an HTML <button>; role, tabindex and keys make it one
      <g
        key={e.id}
        class={`edge edge-${e.kind} evidence-${e.evidence}`}
        data-glossa-edge={e.id}
        data-kind={e.kind}
        data-effect={e.effect}
        data-evidence={e.evidence}
        data-weight={String(e.weight)}
        data-change={e.change}
        role="button"
        tabindex={isStop('edge', e.id) ? 0 : -1}
        aria-label={e.ariaLabel}
        aria-expanded={isOpen('edge', e.id)}
        aria-controls={props.detailId}
        onClick={() => props.onOpen(item)}
        onFocus={() => {
          // Focus that arrives by keyboard already carries the node it came from.
          if (props.focus?.kind !== 'edge' || props.focus.id !== e.id) props.onFocusItem(item);
        }}
      >
        {drawEdge(e, view).map((part, i) => toVNode(part, i))}
      </g>
    );
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: the map is an SVG drawing; <fieldset> cannot hold it
    <svg
      ref={svg}
      class={`mechanism-map view-${view.view}`}
      viewBox={`0 0 ${view.width} ${view.height}`}
      role="group"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-glossa-map={view.view}
      onKeyDown={onKeyDown}
    >
      {toVNode(drawDefs())}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the tier bands are decoration with nothing focusable in them */}
      <g class="tiers" aria-hidden="true">
        {drawTiers(view).map((part, i) => toVNode(part, i))}
      </g>
      {regions.map(node)}
      {edges.map(edge)}
      {nodes.map(node)}
    </svg>
  );
}
