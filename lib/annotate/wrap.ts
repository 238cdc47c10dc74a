/**
 * Wraps a range of a segment's text in <glossa-term> elements, one per text
 * node the range touches, all sharing data-glossa-match. Text nodes are
 * split, never rewritten; every node created by a split is remembered so
 * that `unwrapAll` can merge them back and restore the DOM exactly.
 */
import type { Segment } from './segments';

export const WRAPPER_TAG = 'glossa-term';

export interface WrapRecord {
  wrappers: HTMLElement[];
  /** Text nodes created by splitText, in creation order. */
  created: Text[];
}

/** Finds the node index holding offset `at` (start-inclusive). */
function nodeAt(segment: Segment, at: number): number {
  let lo = 0;
  let hi = segment.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segment.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Wraps [start, end) of `segment.text`. Matches must be given in increasing
 * order within one segment: the segment's nodes are updated as they split.
 */
export function wrapRange(
  segment: Segment,
  start: number,
  end: number,
  attrs: Record<string, string>,
  record: WrapRecord,
  doc: Document,
): HTMLElement[] {
  const made: HTMLElement[] = [];
  let i = nodeAt(segment, start);
  while (i < segment.nodes.length && segment.starts[i] < end) {
    let node = segment.nodes[i];
    const nodeStart = segment.starts[i];
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
    if (to <= from) {
      i++;
      continue;
    }
    if (from > 0) {
      const rest = node.splitText(from);
      record.created.push(rest);
      // The segment now sees the original node's head, then the rest.
      segment.nodes.splice(i + 1, 0, rest);
      segment.starts.splice(i + 1, 0, nodeStart + from);
      i++;
      node = rest;
    }
    if (to - from < node.data.length) {
      const tail = node.splitText(to - from);
      record.created.push(tail);
      segment.nodes.splice(i + 1, 0, tail);
      segment.starts.splice(i + 1, 0, segment.starts[i] + (to - from));
    }
    const wrapper = doc.createElement(WRAPPER_TAG);
    for (const [name, value] of Object.entries(attrs)) wrapper.setAttribute(name, value);
    node.parentNode!.insertBefore(wrapper, node);
    wrapper.appendChild(node);
    made.push(wrapper);
    record.wrappers.push(wrapper);
    i++;
  }
  return made;
}

/** Removes every wrapper in `record` and merges split text back. */
export function unwrapAll(record: WrapRecord): void {
  for (const wrapper of record.wrappers) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
  }
  for (const text of record.created) {
    const previous = text.previousSibling;
    if (text.parentNode && previous && previous.nodeType === 3) {
      (previous as Text).appendData(text.data);
      text.parentNode.removeChild(text);
    }
  }
  record.wrappers.length = 0;
  record.created.length = 0;
}
