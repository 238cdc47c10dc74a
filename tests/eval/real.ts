/**
 * The real-text set (./real-passages.ts) as the eval reads it: each
 * article's passages parsed as HTML and read as the annotator reads a page
 * (lib/annotate/segments.ts: one block per paragraph, citation markers
 * recorded) and normalised as it normalises them (citation markers left
 * out), then labelled like the written set (./passages.ts).
 */
import { staticWindow } from '../saved-pages';
import { collectSegments, GENERIC_EXCLUDE } from '../../lib/annotate/segments';
import { normalize } from '../../lib/match/normalize';
import type { Passage } from './passages';
import { REAL_ARTICLES, type RealArticle } from './real-passages';

/** The articles as labelled passages of normalised blocks (one block per quoted paragraph). */
export function realPassages(articles: readonly RealArticle[] = REAL_ARTICLES): Passage[] {
  const window = staticWindow('https://pmc.ncbi.nlm.nih.gov/');
  const parser = new window.DOMParser();
  const passages = articles.map((article): Passage => {
    const html = `<main>${article.passages.map((p) => p.html).join('')}</main>`;
    const root = parser.parseFromString(html, 'text/html').querySelector('main') as unknown as Element;
    const blocks = collectSegments(root, GENERIC_EXCLUDE).map((s) => normalize(s.text, s.citations).text);
    return {
      id: article.id,
      source: article.source.url,
      blocks,
      terms: article.terms,
      nested: article.nested,
      traps: article.traps,
      pairs: article.pairs,
      pain: true,
    };
  });
  void window.happyDOM.close();
  return passages;
}

/** Problems with the real-text set's own data: sources, and one block per quoted paragraph. */
export function realSourceProblems(articles: readonly RealArticle[] = REAL_ARTICLES): string[] {
  const problems: string[] = [];
  const blocks = realPassages(articles);
  articles.forEach((article, i) => {
    const { url, article: what, licence, found } = article.source;
    if (!/^https:\/\/(?:pmc\.ncbi\.nlm\.nih\.gov\/articles\/PMC\d+|pubmed\.ncbi\.nlm\.nih\.gov\/\d+)\/?$/.test(url))
      problems.push(`${article.id}: not a PMC or PubMed address: ${url}`);
    if (!what.trim() || !licence.trim() || !found.trim()) problems.push(`${article.id}: source without article, licence or search`);
    if (blocks[i].blocks.length !== article.passages.length)
      problems.push(`${article.id}: ${article.passages.length} passages read as ${blocks[i].blocks.length} blocks`);
    for (const passage of article.passages) {
      const sentences = passage.html.replace(/<[^>]+>/g, '').split(/(?<=[.!?][”"]?)\s+(?=[A-Z])/).length;
      if (sentences > 4) problems.push(`${article.id}: a passage of ${sentences} sentences (at most 4)`);
    }
  });
  return problems;
}
