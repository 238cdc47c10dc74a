/**
 * The map's text alternative: the same content as an ordered list, node by
 * node in reading order (top to bottom), each with the links that leave it
 * and the ones that reach it. Pure, from the view model, so it always says
 * what the picture shows in the view chosen.
 */
import type { MapView } from './view';

export interface TextLink {
  edgeId: string;
  /** "→ RVM (Rostral ventromedial medulla)" or "← PAG" */
  direction: 'out' | 'in';
  other: string;
  /** The edge's full accessible description. */
  text: string;
}

export interface TextItem {
  term: string;
  name: string;
  lit: boolean;
  links: TextLink[];
}

export function textAlternative(view: MapView): TextItem[] {
  const names = new Map(view.nodes.map((n) => [n.term, n.name]));
  return view.nodes.map((node) => ({
    term: node.term,
    name: node.name,
    lit: node.lit,
    links: [
      ...view.edges
        .filter((e) => e.from === node.term)
        .map((e) => ({ edgeId: e.id, direction: 'out' as const, other: names.get(e.to)!, text: e.ariaLabel })),
      ...view.edges
        .filter((e) => e.to === node.term)
        .map((e) => ({ edgeId: e.id, direction: 'in' as const, other: names.get(e.from)!, text: e.ariaLabel })),
    ],
  }));
}

/** The text alternative as plain text (for the exported SVG's description). */
export function textAlternativePlain(view: MapView, onPage: string): string {
  return textAlternative(view)
    .map((item, i) => {
      const outgoing = item.links.filter((l) => l.direction === 'out').map((l) => `   - ${l.text}`);
      return [`${i + 1}. ${item.name}${item.lit ? ` (${onPage})` : ''}`, ...outgoing].join('\n');
    })
    .join('\n');
}
