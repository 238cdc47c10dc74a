/**
 * Visible region first: the segments on screen are annotated before the
 * rest, so the reader sees terms at once on a long article. Segments are in
 * document order, which on these pages is also top-to-bottom order, so the
 * first visible one is found by binary search with a handful of layout reads.
 */
import type { Segment } from './segments';

function top(segment: Segment): number {
  const el = segment.nodes[0]?.parentElement;
  return el ? el.getBoundingClientRect().top : 0;
}

/** Reorders segments: those within [0, viewportHeight + margin] first. */
export function visibleFirst(segments: Segment[], viewportHeight: number, margin = 200): { ordered: Segment[]; visible: number } {
  if (segments.length === 0) return { ordered: segments, visible: 0 };
  const bottom = viewportHeight + margin;
  // First segment whose top is at or below -margin (still on screen or later).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(segments[mid]) < -margin) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < segments.length && top(segments[end]) <= bottom) end++;
  const start = Math.max(0, lo - 1);
  const visible = segments.slice(start, end);
  return { ordered: [...visible, ...segments.slice(0, start), ...segments.slice(end)], visible: visible.length };
}
