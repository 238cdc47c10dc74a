/**
 * The map as it is to be shown: for a language, a view (healthy or chronic
 * pain) and the terms lit by the page, every node and edge with its geometry,
 * drawn style and accessible name. One view model feeds the live SVG, the
 * text alternative and the SVG export, so they cannot disagree. Pure; UI
 * strings come in as arguments.
 */
import type { Claim, Term } from '../glossary/schema';
import type { Lang } from '../i18n';
import { evidenceClass, type EvidenceClass } from './evidence';
import { edgePoints, midpoint, pathData, readingOrder, type NodeBox, type Point } from './geometry';
import type { Caption, EdgeKind, MapViewName, MechanismMap } from './schema';

/** UI strings the view needs (from _locales in the side panel, fixed in tests). */
export interface MapStrings {
  /** "on this page" */
  onPage: string;
  /** What each kind of link does, e.g. inhibits → "dampens pain". */
  kinds: Record<EdgeKind, string>;
  /** A switching link in the chronic-pain view: "now amplifies pain". */
  switched: string;
  evidence: Record<EvidenceClass, string>;
  weaker: string;
  stronger: string;
  claimCount: (n: number) => string;
  linkCount: (n: number) => string;
}

/** The end of a line: an arrow (amplifies), a bar (dampens) or a dot (either). */
export type Marker = 'arrow' | 'bar' | 'dot';
/** What a link does in the view shown: a switch dampens when healthy and amplifies in chronic pain. */
export type Effect = 'inhibits' | 'facilitates' | 'modulates';
export type Change = 'weaker' | 'stronger' | 'switched';

export interface ViewNode extends NodeBox {
  /** The short label, line by line. */
  lines: string[];
  /** The glossary name. */
  name: string;
  lit: boolean;
  /** Dimmed: some terms of the page are on the map, but not this one. */
  dim: boolean;
  ariaLabel: string;
  edges: string[];
}

export interface ViewEdge {
  id: string;
  /** Its number in the list of changes (chronic-pain view, changed links only). */
  changeNumber?: number;
  from: string;
  to: string;
  kind: EdgeKind;
  effect: Effect;
  marker: Marker;
  evidence: EvidenceClass;
  /** Line weight: 1 when healthy. */
  weight: number;
  change?: Change;
  points: Point[];
  d: string;
  mid: Point;
  label: string;
  /** What it does, the evidence, any chronic-pain change and the claim count, e.g. "dampens pain; from reviews; 2 claims". */
  summary: string;
  ariaLabel: string;
  claims: string[];
}

export interface MapView {
  lang: Lang;
  view: MapViewName;
  width: number;
  height: number;
  tiers: Array<{ id: string; label: string; top: number; bottom: number }>;
  /** In reading order: top to bottom, regions before their contents. */
  nodes: ViewNode[];
  /** In reading order of their start nodes. */
  edges: ViewEdge[];
  caption: { summary: string; people: string; animalsOnly: string };
  /**
   * In the chronic-pain view, the links that differ from the healthy one,
   * numbered in reading order (the number is drawn on the link and listed
   * in the caption); empty in the healthy view.
   */
  changes: Array<{ n: number; edgeId: string; change: Change; text: string }>;
  anyLit: boolean;
}

export interface ViewOptions {
  lang: Lang;
  view: MapViewName;
  lit: ReadonlySet<string>;
  strings: MapStrings;
}

const MARKERS: Record<Effect, Marker> = { inhibits: 'bar', facilitates: 'arrow', modulates: 'dot' };

function effectOf(kind: EdgeKind, view: MapViewName): Effect {
  if (kind === 'switches') return view === 'chronic' ? 'facilitates' : 'inhibits';
  return kind;
}

function changeOf(kind: EdgeKind, weight: number, view: MapViewName): Change | undefined {
  if (view !== 'chronic') return undefined;
  if (kind === 'switches') return 'switched';
  if (weight < 1) return 'weaker';
  if (weight > 1) return 'stronger';
  return undefined;
}

/** Whether `text` starts with the words of `start` (a whole word or more, case aside). */
function startsWithWords(text: string, start: string): boolean {
  const head = text.slice(0, start.length);
  const after = text.slice(start.length, start.length + 1);
  return head.toLowerCase() === start.toLowerCase() && !/[\p{L}\p{N}]/u.test(after);
}

export function buildMapView(
  map: MechanismMap,
  glossary: { terms: ReadonlyMap<string, Term>; claims: readonly Claim[] },
  { lang, view, lit, strings }: ViewOptions,
): MapView {
  const claimsById = new Map(glossary.claims.map((c) => [c.id, c]));
  const nodeById = new Map(map.nodes.map((n) => [n.term, n]));
  const name = (term: string) => glossary.terms.get(term)?.name[lang] ?? term;
  const anyLit = map.nodes.some((n) => lit.has(n.term));

  const edges: ViewEdge[] = map.edges.map((edge) => {
    const from = nodeById.get(edge.from)!;
    const to = nodeById.get(edge.to)!;
    const points = edgePoints(edge, from, to);
    const claims = edge.claims.flatMap((id) => claimsById.get(id) ?? []);
    const evidence = evidenceClass(claims);
    const weight = view === 'chronic' ? edge.chronic.weight : 1;
    const effect = effectOf(edge.kind, view);
    const change = changeOf(edge.kind, weight, view);
    const label = edge.label[lang];
    const what = edge.kind === 'switches' && view === 'chronic' ? strings.switched : strings.kinds[edge.kind];
    const parts = [what, strings.evidence[evidence]];
    if (change === 'weaker') parts.push(strings.weaker);
    if (change === 'stronger') parts.push(strings.stronger);
    parts.push(strings.claimCount(claims.length));
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      effect,
      marker: MARKERS[effect],
      evidence,
      weight,
      change,
      points,
      d: pathData(points),
      mid: midpoint(points),
      label,
      summary: parts.join('; '),
      ariaLabel: `${name(edge.from)} → ${name(edge.to)}: ${label}. ${parts.join('; ')}.`,
      claims: edge.claims,
    };
  });

  const nodes: ViewNode[] = readingOrder(map.nodes).map((node) => {
    const own = edges.filter((e) => e.from === node.term || e.to === node.term).map((e) => e.id);
    const isLit = lit.has(node.term);
    // The accessible name starts with what the node shows (WCAG 2.5.3: a speech user says what they see;
    // a name's own parenthesised abbreviation does not count, as in axe-core).
    const shown = node.label[lang].replace(/\n/g, ' ');
    const full = name(node.term);
    const named = startsWithWords(full, shown) ? full : `${shown}: ${full}`;
    const parts = [named, ...(isLit ? [strings.onPage] : []), strings.linkCount(own.length)];
    return {
      term: node.term,
      shape: node.shape,
      x: node.x,
      y: node.y,
      w: node.w,
      h: node.h,
      lines: node.label[lang].split('\n'),
      name: name(node.term),
      lit: isLit,
      dim: anyLit && !isLit,
      ariaLabel: parts.join(', '),
      edges: own,
    };
  });

  const order = new Map(nodes.map((n, i) => [n.term, i]));
  edges.sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);

  const changeText = { weaker: strings.weaker, stronger: strings.stronger, switched: strings.switched };
  const changes = edges
    .filter((e) => e.change)
    .map((e, i) => {
      e.changeNumber = i + 1;
      // Its number is drawn on it: the name says it first, as the caption's list does.
      e.ariaLabel = `${i + 1}. ${e.ariaLabel}`;
      return { n: i + 1, edgeId: e.id, change: e.change!, text: `${name(e.from)} → ${name(e.to)}: ${changeText[e.change!]}` };
    });

  const caption: Caption = map.captions[view];
  return {
    lang,
    view,
    width: map.width,
    height: map.height,
    tiers: map.tiers.map((t) => ({ id: t.id, label: t.label[lang], top: t.top, bottom: t.bottom })),
    nodes,
    edges,
    caption: { summary: caption.summary[lang], people: caption.people[lang], animalsOnly: caption.animalsOnly[lang] },
    changes,
    anyLit,
  };
}
