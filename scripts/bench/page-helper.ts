/**
 * Injected into the page's main world by `npm run bench` (bundled by
 * esbuild): the same annotation roots and exclusions Glossa uses (the site
 * adapters of lib/sites and the annotator's generic exclusions), so mark.js
 * and the bare TreeWalker run over exactly the text Glossa reads.
 */
import { pickAdapter } from '../../lib/sites';
import { GENERIC_EXCLUDE } from '../../lib/annotate/segments';

/**
 * The element names lib/annotate/segments.ts never enters (its SKIP_TAGS,
 * which it does not export); mark.js already skips script, style, title, head.
 */
const SKIP_TAGS =
  'noscript, template, textarea, input, select, option, button, svg, math, iframe, object, canvas, video, audio, code, kbd, mjx-container';

function roots(): Element[] {
  const adapter = pickAdapter(new URL(location.href));
  return adapter ? adapter.roots(document) : [];
}

/**
 * mark.js tests its `exclude` selectors against the parent of each text
 * node only, so every excluded subtree is listed as "X" and "X *".
 */
function markExclude(): string[] {
  const adapter = pickAdapter(new URL(location.href));
  const selectors = [adapter?.exclude, GENERIC_EXCLUDE, SKIP_TAGS]
    .filter(Boolean)
    .join(', ')
    .split(/,(?![^(]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
  return selectors.flatMap((s) => [s, `${s} *`]);
}

/** The floor: a bare TreeWalker over every text node of the roots, reading each one's data. */
function walk(): { nodes: number; chars: number } {
  let nodes = 0;
  let chars = 0;
  for (const root of roots()) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes++;
      chars += (node as Text).data.length;
    }
  }
  return { nodes, chars };
}

interface MarkInstance {
  markRegExp(regexp: RegExp, options: { exclude: string[]; done: (count: number) => void }): void;
}

/** mark.js markRegExp over the roots with one combined regular expression; resolves with its match count. */
function mark(source: string, flags: string): Promise<number> {
  const Mark = (window as unknown as { Mark: new (context: Element[]) => MarkInstance }).Mark;
  const regexp = new RegExp(source, flags);
  return new Promise((resolve) => new Mark(roots()).markRegExp(regexp, { exclude: markExclude(), done: resolve }));
}

(window as unknown as { __glossaBench: object }).__glossaBench = { roots, walk, mark, markExclude };
