/**
 * Re-anchoring on saved NCBI pages and on changed copies of them (a
 * paragraph removed, "Go to:" menus injected, whitespace changed): for a
 * seeded sample of highlights per page, how many are placed at the right
 * place, orphaned, or placed wrongly. Wrong placements must be zero; the
 * figures are printed for the record.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pickAdapter } from '../../../lib/sites';
import { placeHighlights } from '../../../lib/highlights/place';
import { selectorsAt } from '../../../lib/highlights/describe';
import { buildTextIndex } from '../../../lib/highlights/text';
import { SCHEMA_VERSION, type HighlightRecord } from '../../../lib/highlights/model';
import { PAGES_DIR, staticWindow, urlOf } from '../../saved-pages';
import { changePage, paragraphs, roughText, sampleSpans } from './changed-page';

const SAMPLE = 300;
const figures: Record<string, Record<string, number>> = {};
afterAll(() => console.log('re-anchoring on changed pages:', JSON.stringify(figures, null, 1)));

function load(html: string, url: string): Document {
  const window = staticWindow(url);
  window.document.write(html);
  return window.document as unknown as Document;
}

const PAGES = [
  'pmc-legacy-PMC10159190-2024.html',
  'pmc-legacy-PMC5220672-2024.html',
  'pmc-legacy-PMC2835157-2024.html',
  'pmc-new-PMC2633119-2026.html',
  'pmc-new-PMC2077939-2026.html',
  'pubmed-38814901-friedreich-2024.html',
];

describe.each(PAGES)('%s', (file) => {
  it('places every sampled highlight exactly, orphans only those in the removed paragraph, and places none wrongly', () => {
    const url = urlOf(file);
    const adapter = pickAdapter(new URL(url))!;
    const html = readFileSync(new URL(file, PAGES_DIR), 'utf8');
    const original = load(html, url);
    const index = buildTextIndex(adapter.roots(original), adapter.exclude);

    // Remove a paragraph of the article text, about a third of the way in.
    const candidates = paragraphs(html)
      .map((p, i) => ({ i, text: roughText(p.html) }))
      .filter((p) => p.text.length > 200 && index.text.includes(p.text.slice(0, 60)))
      // A <div> or table inside a <p> in the source is not inside it in the DOM.
      .filter((p) => !/<(div|table|ul|ol|figure|section)\b/.test(paragraphs(html)[p.i].html));
    const chosen = candidates[Math.floor(candidates.length / 3)];
    expect(chosen, 'a paragraph to remove').toBeTruthy();
    const changed = changePage(html, chosen.i);
    const changedDoc = load(changed.html, url);
    const changedIndex = buildTextIndex(adapter.roots(changedDoc), adapter.exclude);

    // The removed region of the original text: the new text is the old one without it.
    const letters = (t: string) => t.replace(/[^a-z0-9]/gi, '').slice(0, 120);
    const paragraphEl = [...original.querySelectorAll('p')].find((p) => letters(p.textContent ?? '') === letters(chosen.text))!;
    expect(paragraphEl, 'the removed paragraph in the DOM').toBeTruthy();
    const inside = index.nodes.map((n, i) => (paragraphEl.contains(n) ? i : -1)).filter((i) => i >= 0);
    const rs = index.starts[inside[0]];
    const re = index.ends[inside[inside.length - 1]];
    // The new text joins what was before and after the paragraph with one space.
    const left = index.text.slice(0, rs).trimEnd();
    const rightStart = index.text.length - index.text.slice(re).trimStart().length;
    const expectedText = `${left} ${index.text.slice(rightStart)}`;
    let d = 0;
    while (d < expectedText.length && expectedText[d] === changedIndex.text[d]) d++;
    expect(changedIndex.text.slice(d - 60, d + 60), `changed text differs at ${d}`).toBe(expectedText.slice(d - 60, d + 60));
    expect(changedIndex.text).toBe(expectedText);

    const records: HighlightRecord[] = sampleSpans(index.text, SAMPLE, 7)
      // Spans straddling the removed paragraph's edge have no single right answer.
      .filter((s) => s.end <= left.length || s.start >= rightStart || (s.start >= rs && s.end <= re))
      .map((s, k) => ({
        v: SCHEMA_VERSION,
        id: `h${k}`,
        article: { pmid: '1' },
        colour: 'yellow',
        note: '',
        tags: [],
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
        ...selectorsAt(index, s.start, s.end, adapter.id)!,
      }));
    const expectedStart = (r: HighlightRecord) => {
      const s = r.position!.start;
      return s >= rs && r.position!.end <= re ? undefined : s < rs ? s : s - rightStart + left.length + 1;
    };

    // Unchanged page: every one placed where it was made.
    const same = placeHighlights({ doc: original, roots: adapter.roots(original), exclude: adapter.exclude, layout: adapter.id, records });
    expect(same.orphaned).toEqual([]);
    for (const p of same.placed) expect(p.anchored.start).toBe(p.record.position!.start);

    // Changed page.
    const result = placeHighlights({
      doc: changedDoc,
      roots: adapter.roots(changedDoc),
      exclude: adapter.exclude,
      layout: adapter.id,
      records,
    });
    let right = 0;
    let wrong = 0;
    let missed = 0;
    let orphanedAsExpected = 0;
    const wrongOnes: string[] = [];
    for (const p of result.placed) {
      const expected = expectedStart(p.record);
      if (expected !== undefined && p.anchored.start === expected && p.anchored.end === expected + p.record.quote.exact.length) right++;
      else {
        wrong++;
        wrongOnes.push(`${p.record.quote.exact} → ${changedIndex.text.slice(p.anchored.start, p.anchored.end)}`);
      }
    }
    for (const r of result.orphaned) {
      if (expectedStart(r) === undefined) orphanedAsExpected++;
      else missed++;
    }
    figures[file] = {
      highlights: records.length,
      placedRight: right,
      orphanedRemoved: orphanedAsExpected,
      orphanedOther: missed,
      wronglyPlaced: wrong,
    };
    expect(wrongOnes).toEqual([]);
    expect(missed).toBe(0);
    expect(orphanedAsExpected).toBeGreaterThan(0);
  });
});
