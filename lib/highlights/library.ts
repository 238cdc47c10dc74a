/**
 * The library's view of all highlights: grouped by article (records that
 * share any identifier are one article, even when one was made on PubMed
 * and another on PMC), newest change first, and searched by quote, note,
 * tag, title and identifier.
 */
import { mergeArticle } from './article';
import type { ArticleRef, HighlightRecord } from './model';

export interface ArticleGroup {
  /** Stable for one set of identifiers: "doi:…", "pmid:…", "pmcid:…" or "url:…". */
  key: string;
  article: ArticleRef;
  highlights: HighlightRecord[];
  /** The latest modified time of its highlights. */
  lastChange: string;
}

function idKeys(a: ArticleRef): string[] {
  const keys: string[] = [];
  if (a.doi) keys.push(`doi:${a.doi}`);
  if (a.pmid) keys.push(`pmid:${a.pmid}`);
  if (a.pmcid) keys.push(`pmcid:${a.pmcid}`);
  if (!keys.length && a.url) keys.push(`url:${a.url}`);
  return keys;
}

/** Groups live records by article (union of shared identifiers). */
export function groupByArticle(records: readonly HighlightRecord[]): ArticleGroup[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const live = records.filter((r) => !r.deleted);
  for (const r of live) {
    const keys = idKeys(r.article);
    if (!keys.length) keys.push(`id:${r.id}`);
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) union(keys[0], k);
  }
  const groups = new Map<string, HighlightRecord[]>();
  for (const r of live) {
    const keys = idKeys(r.article);
    const root = find(keys[0] ?? `id:${r.id}`);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return [...groups.values()]
    .map((highlights) => {
      highlights.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
      // The newest record's article data first: titles and citations get better over time.
      const article = [...highlights]
        .sort((a, b) => b.modified.localeCompare(a.modified))
        .map((h) => h.article)
        .reduce((acc, a) => mergeArticle(acc, a));
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings (Math.max would give NaN)
      const lastChange = highlights.reduce((max, h) => (h.modified > max ? h.modified : max), '');
      return { key: idKeys(article)[0] ?? `id:${highlights[0].id}`, article, highlights, lastChange };
    })
    .sort((a, b) => b.lastChange.localeCompare(a.lastChange) || a.key.localeCompare(b.key));
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * Keeps the groups and highlights matching every word of `query`: a
 * highlight matches through its quote, note or tags (a word "#tag" only
 * through tags); a whole article matches through its title or identifiers.
 */
export function searchGroups(groups: readonly ArticleGroup[], query: string): ArticleGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...groups];
  const out: ArticleGroup[] = [];
  for (const group of groups) {
    const a = group.article;
    const articleText = fold([a.title, a.pmid, a.pmcid, a.doi, a.citation?.authors, a.citation?.journal].filter(Boolean).join(' '));
    const matches = (h: HighlightRecord, word: string) => {
      const tags = h.tags.map(fold);
      if (word.startsWith('#')) return tags.some((t) => t.includes(word.slice(1)));
      return (
        fold(h.quote.exact).includes(word) ||
        fold(h.note).includes(word) ||
        tags.some((t) => t.includes(word)) ||
        articleText.includes(word)
      );
    };
    const highlights = group.highlights.filter((h) => words.every((w) => matches(h, w)));
    if (highlights.length) out.push({ ...group, highlights });
  }
  return out;
}
