/**
 * Which map nodes to light: those whose glossary term the content script
 * found on the current page. Only the node's own term counts (a page about
 * CPM does not light DNIC), so "lit" means exactly "this term is on the page".
 */
import type { MechanismMap } from './schema';

export function litNodes(map: Pick<MechanismMap, 'nodes'>, pageTermIds: Iterable<string>): Set<string> {
  const onPage = new Set(pageTermIds);
  return new Set(map.nodes.filter((n) => onPage.has(n.term)).map((n) => n.term));
}
