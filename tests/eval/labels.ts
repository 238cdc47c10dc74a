/**
 * Checks of the labelled set itself: every label names text that is in its
 * passage, ids are unique, and every quote from a saved page is in that
 * page's annotated text (the site adapter's roots, as the annotator reads
 * them), so the quotes stay honest.
 */
import { pickAdapter } from '../../lib/sites';
import { collectSegments, GENERIC_EXCLUDE } from '../../lib/annotate/segments';
import { normalize } from '../../lib/match/normalize';
import { loadPage } from '../saved-pages';
import { goldMentions, occurrences } from './evaluate';
import type { Passage } from './passages';

/** Problems with the labels (empty when they are sound). */
export function labelProblems(passages: readonly Passage[], termIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of passages) {
    if (ids.has(p.id)) problems.push(`${p.id}: duplicate id`);
    ids.add(p.id);
    const blocks = p.blocks.map((b) => normalize(b).text);
    const all = blocks.join('\n');
    for (const [text, termId] of p.terms) {
      if (!termIds.has(termId)) problems.push(`${p.id}: unknown term id ${termId}`);
      if (!blocks.some((b) => goldMentions({ ...p, terms: [[text, termId]] }, b).length))
        problems.push(`${p.id}: term text not found: ${text}`);
    }
    for (const [text, termId] of p.nested ?? []) {
      if (!termIds.has(termId)) problems.push(`${p.id}: unknown term id ${termId}`);
      if (!occurrences(all, normalize(text).text).length) problems.push(`${p.id}: nested term text not found: ${text}`);
    }
    for (const trap of p.traps ?? []) if (!occurrences(all, normalize(trap).text).length) problems.push(`${p.id}: trap not found: ${trap}`);
    for (const [sf, lf] of p.pairs ?? []) {
      if (!all.includes(normalize(sf).text)) problems.push(`${p.id}: short form not found: ${sf}`);
      if (!all.includes(normalize(lf).text)) problems.push(`${p.id}: long form not found: ${lf}`);
    }
  }
  return problems;
}

/** Quotes from saved pages that are not in the page's annotated text. */
export async function sourceProblems(passages: readonly Passage[]): Promise<string[]> {
  const problems: string[] = [];
  const bySource = new Map<string, Passage[]>();
  for (const p of passages) if (p.source !== 'written') bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  for (const [file, list] of bySource) {
    let page: ReturnType<typeof loadPage>;
    try {
      page = loadPage(file);
    } catch (error) {
      problems.push(`${file}: cannot load (${(error as Error).message})`);
      continue;
    }
    const adapter = pickAdapter(page.url)!;
    const exclude = `${GENERIC_EXCLUDE}, ${adapter.exclude}`;
    const segments = adapter
      .roots(page.document)
      .flatMap((root) => collectSegments(root, exclude))
      .map((s) => normalize(s.text, s.citations).text);
    for (const p of list) {
      for (const block of p.blocks) {
        const quote = normalize(block).text.trim();
        if (!segments.some((s) => s.includes(quote))) problems.push(`${p.id}: quote not found in ${file}: ${quote.slice(0, 60)}…`);
      }
    }
    await page.window.happyDOM.close();
  }
  return problems;
}
