/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { collectSegments } from '../../../lib/annotate/segments';
import { visibleFirst } from '../../../lib/annotate/viewport';

/** Paragraphs 100 px apart, the page scrolled so paragraph `scrolledTo` is at the top (happy-dom has no layout). */
function page(count: number, scrolledTo: number) {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>paragraph ${i}</p>`).join('');
  document.querySelectorAll('p').forEach((p, i) => {
    const top = (i - scrolledTo) * 100;
    p.getBoundingClientRect = () => new DOMRect(0, top, 500, 40);
  });
  return collectSegments(document.body, '[hidden]');
}

describe('visibleFirst', () => {
  it('puts the on-screen paragraphs first, then the rest in document order', () => {
    const segments = page(50, 20);
    const { ordered, visible } = visibleFirst(segments, 600, 0);
    const names = ordered.map((s) => s.text);
    expect(visible).toBe(8); // 19 (just above, kept for context) … 26
    expect(names.slice(0, visible)).toEqual([19, 20, 21, 22, 23, 24, 25, 26].map((i) => `paragraph ${i}`));
    expect(names.slice(visible, visible + 2)).toEqual(['paragraph 0', 'paragraph 1']);
    expect(new Set(names).size).toBe(50);
  });
  it('handles the top of the page and an empty list', () => {
    const { ordered, visible } = visibleFirst(page(5, 0), 250, 0);
    expect(visible).toBe(3);
    expect(ordered.map((s) => s.text)).toEqual([0, 1, 2, 3, 4].map((i) => `paragraph ${i}`));
    expect(visibleFirst([], 600)).toEqual({ ordered: [], visible: 0 });
  });
});
