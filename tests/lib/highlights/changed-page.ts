/**
 * Changed copies of saved pages, made at test time from the saved HTML
 * string (the files themselves are never copied): a paragraph removed,
 * NCBI's "Go to:" menus injected into every section, whitespace inside
 * paragraphs and between them changed. Also a seeded sampler of highlight
 * spans for measuring re-anchoring.
 */
import { random } from '../../../scripts/random.mjs';

/** Paragraph tags of article prose: legacy PMC's <p class="p …">, PMC new's and PubMed's plain <p>. */
const PARAGRAPH = /<p(?: class="p[ "][^>]*| id="[^"]*"[^>]*)?>[\s\S]*?<\/p>/g;

export const GOTO_MENU =
  '<div class="goto jig-ncbiinpagenav-goto-container"><a class="tgt_dark page-toc-label jig-ncbiinpagenav-goto-heading" href="#" title="Go to other sections in this page" role="button" aria-expanded="false" aria-haspopup="true">Go to:</a></div>';

export interface Change {
  html: string;
  /** The removed paragraph's HTML. */
  removed: string;
}

/** All paragraph matches with their positions. */
export function paragraphs(html: string): Array<{ at: number; html: string }> {
  return [...html.matchAll(PARAGRAPH)].map((m) => ({ at: m.index!, html: m[0] }));
}

/** Strips tags and decodes nothing: enough to recognise a paragraph's words. */
export const roughText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[^;]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The changed page: paragraph `which` (a match of paragraphs()) removed,
 * "Go to:" menus put first in every legacy PMC section, and the whitespace
 * inside and between paragraphs changed (every space becomes a newline and
 * indentation).
 */
export function changePage(html: string, which: number): Change {
  const list = paragraphs(html);
  const target = list[which];
  if (!target) throw new Error(`no paragraph ${which}`);
  let out = html.slice(0, target.at) + html.slice(target.at + target.html.length);
  out = out.replace(/(<div id="[^"]*" class="tsec[^"]*"[^>]*>)/g, `$1${GOTO_MENU}`);
  out = out.replace(PARAGRAPH, (p) => p.replace(/>([^<]+)</g, (_m, text: string) => `>${text.replace(/ /g, '\n      ')}<`));
  out = out.replace(/<\/p>\s*<p/g, '</p>\n\n    <p');
  return { html: out, removed: target.html };
}

/** `count` spans of whole words, 15 to 150 characters long, spread over `text`. */
export function sampleSpans(text: string, count: number, seed = 1): Array<{ start: number; end: number }> {
  // Seeded (mulberry32), so the sample is the same on every run.
  const next = random(seed);
  const spans: Array<{ start: number; end: number }> = [];
  for (let tries = 0; spans.length < count && tries < count * 20; tries++) {
    let start = Math.floor(next() * text.length);
    while (start > 0 && text[start - 1] !== ' ') start--;
    let end = Math.min(text.length, start + 15 + Math.floor(next() * 135));
    while (end < text.length && text[end] !== ' ') end++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end - start >= 15) spans.push({ start, end });
  }
  return spans;
}
