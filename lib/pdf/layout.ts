/**
 * How a PDF page's text reads, from PDF.js's own text items (the items its
 * text layer draws one <span> each for): geometry only (transform, width,
 * height), DOM-free, so it is tested on plain data.
 *
 * PDF text comes as positioned runs in the order the content stream drew
 * them, which is often not the reading order and never says where words
 * were broken. This module works out, per page:
 * 1. lines: runs whose vertical bands overlap and that sit side by side
 *    (a gap wider than LINE_SPLIT_EM ends a line: a column gutter);
 *    smaller runs raised or lowered against their line are scripts;
 * 2. reading order: recursive XY-cut over the lines — a vertical cut (a
 *    gutter no line crosses) before a horizontal one (the widest gap), so
 *    two columns read left column then right, under a full-width title;
 * 3. what stands between two runs: nothing, a space (a gap, or a line
 *    break), or a join — a word hyphenated across a line or column break
 *    ("inhibi-" / "tory") loses its hyphen, unless the document writes the
 *    hyphenated compound elsewhere ("tension-" / "type" stays
 *    "tension-type") or the part before it has capitals or digits
 *    ("5-HT3-" / "mediated");
 * 4. scripts: a lowered run joins its word (5-HT + lowered 3 reads
 *    "5-HT3"); a raised run of reference numbers after a word is a citation
 *    (read as a word boundary, not part of the word: the rule of HTML
 *    citation superscripts), other raised runs join their word (Ca + 2+).
 * 5. the reference list: from a heading "References" (or "Bibliography",
 *    "Literature cited"…) to the end of the document, text is read for
 *    highlights but not annotated, as the site adapters skip the reference
 *    lists of article pages.
 * The text itself is never changed: the result says, per item, what to
 * skip and what to put before it (lib/pdf/reading.ts builds text from it).
 */

/** The fields of a PDF.js TextItem this module reads. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: the text matrix in page space (y up). */
  transform: readonly number[];
  /** Advance width in page space. */
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** One item as read, in reading order. */
export interface Piece {
  /** Index of the item in the page's items. */
  item: number;
  /** What stands before this item's text: "" (joined) or " " (a space: a gap or a line break). */
  before: '' | ' ';
  /** Index in the item's text of a line-end hyphen dropped to join a broken word. */
  dropped?: number;
  /** A raised citation marker: a word boundary for matching, its text kept for reading and highlights. */
  citation?: true;
  /** First piece of a line (after a line or column break). */
  lineStart?: true;
}

export interface PageLayout {
  /** The page's non-blank items, in reading order. */
  pieces: Piece[];
  /** How many of the pieces are the article's text to annotate: those before the reference list. */
  body: number;
  /** Whether the reference list runs on into the next page. */
  inReferences: boolean;
}

export interface LayoutOptions {
  /**
   * Lower-cased words the document writes within lines (documentWords):
   * decides whether a line-end hyphen is typographic ("inhibi-/tory") or
   * part of the word ("tension-/type").
   */
  words?: ReadonlySet<string>;
  /** The page starts inside the reference list (the previous page's `inReferences`). */
  inReferences?: boolean;
}

/** A gap wider than this (in ems of the line) between two runs ends a line: a column gutter, not a word space. */
const LINE_SPLIT_EM = 0.8;
/** A gap wider than this between two runs of one line is a space. */
const SPACE_EM = 0.15;
/** A run smaller than this share of its line's size may be a script… */
const SCRIPT_SIZE = 0.85;
/** …raised (superscript) or lowered (subscript) by more than these shares of the line's size. */
const RAISED = 0.12;
const LOWERED = 0.05;

/** Reference numbers: "10", "8,42", "4–6", "[3]", "1, 3–5" (as for HTML citation superscripts). */
const CITATION_TEXT = /^\s*[[(]?\s*\d{1,4}[a-z]?(?:\s*[,;\u2010-\u2014\u2212-]\s*\d{1,4}[a-z]?)*\s*[\])]?\s*$/;
/** Several reference numbers (a list or a range). */
const CITATION_LIST = /\d\s*[,;\u2010-\u2014\u2212-]\s*\d/;
/** Text that a lone reference number follows: a word in lower case, or punctuation. */
const CITED_WORD_END = /(?:\p{Ll}|[.,;:)\]'"\u2019\u201d])\s*$/u;
/** A line that ends in a hyphen after a letter (hyphen-minus, U+2010 hyphen or soft hyphen). */
const LINE_END_HYPHEN = /(\p{L}[\p{L}\p{N}]*)([-\u2010\u00ad])\s*$/u;
/** The first word of the next line. */
const NEXT_WORD = /^\s*(\p{L}+)/u;
/** A line that heads the reference list. */
const REFERENCES_HEADING =
  /^(?:\d+\.?\s*)?(?:references(?:\s+and\s+notes)?|bibliography|literature\s+cited|works\s+cited|reference\s+list)\s*:?$/i;
/** Words as the vocabulary keeps them: letters, with inner hyphens. */
const WORD = /\p{L}+(?:[-\u2010]\p{L}+)*/gu;

interface Run {
  item: number;
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  script?: 'sup' | 'sub';
}

interface Line {
  runs: Run[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  top: number;
  bottom: number;
}

const isBlank = (s: string) => !/\S/.test(s);

/** Whether a text matrix draws upright, unrotated text. */
function upright(t: readonly number[]): boolean {
  const [a, b, c, d] = t;
  return a > 0 && d > 0 && Math.abs(b) <= 1e-3 * a && Math.abs(c) <= 1e-3 * d;
}

function toRun(item: PdfTextItem, index: number): Run {
  const t = item.transform;
  const size = Math.hypot(t[2], t[3]) || item.height || 1;
  return { item: index, text: item.str, x0: t[4], x1: t[4] + Math.max(0, item.width), y: t[5], size };
}

/** A run's vertical band: from a little below its baseline to a little below its cap height. */
const bandOf = (y: number, size: number): [number, number] => [y - 0.2 * size, y + 0.7 * size];

/** Groups runs into rows (overlapping vertical bands), larger runs first so scripts join the line they belong to. */
function rows(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.size - a.size || a.item - b.item);
  const found: Array<{ y: number; size: number; runs: Run[] }> = [];
  for (const run of sorted) {
    const [lo, hi] = bandOf(run.y, run.size);
    let best: (typeof found)[number] | undefined;
    let bestOverlap = 0;
    for (const row of found) {
      const [rlo, rhi] = bandOf(row.y, row.size);
      const overlap = Math.min(hi, rhi) - Math.max(lo, rlo);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = row;
      }
    }
    if (best) best.runs.push(run);
    else found.push({ y: run.y, size: run.size, runs: [run] });
  }
  return found.map((r) => r.runs);
}

/** Splits a row into lines at gaps wider than LINE_SPLIT_EM; marks scripts. */
function linesOfRow(row: Run[]): Line[] {
  const runs = [...row].sort((a, b) => a.x0 - b.x0 || a.item - b.item);
  const size = Math.max(...runs.map((r) => r.size));
  const groups: Run[][] = [];
  let reach = -Infinity;
  for (const run of runs) {
    if (!groups.length || run.x0 - reach > LINE_SPLIT_EM * size) groups.push([run]);
    else groups[groups.length - 1].push(run);
    reach = Math.max(reach, run.x1);
  }
  return groups.map((group) => {
    // The line's own size and baseline: those of its largest text (by width).
    let main = group[0];
    for (const r of group) if (r.size > main.size || (r.size === main.size && r.x1 - r.x0 > main.x1 - main.x0)) main = r;
    for (const r of group) {
      if (r.size >= SCRIPT_SIZE * main.size) continue;
      if (r.y > main.y + RAISED * main.size) r.script = 'sup';
      else if (r.y < main.y - LOWERED * main.size) r.script = 'sub';
    }
    const [bottom, top] = bandOf(main.y, main.size);
    return {
      runs: group,
      x0: Math.min(...group.map((r) => r.x0)),
      x1: Math.max(...group.map((r) => r.x1)),
      y: main.y,
      size: main.size,
      top,
      bottom,
    };
  });
}

/** Gaps of a set of intervals (merged), as [from, to] pairs. */
function gaps(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let reach = sorted[0]?.[1] ?? 0;
  for (const [lo, hi] of sorted.slice(1)) {
    if (lo > reach) out.push([reach, lo]);
    reach = Math.max(reach, hi);
  }
  return out;
}

/** Recursive XY-cut: lines in reading order. */
function readingOrder(lines: Line[]): Line[] {
  if (lines.length <= 1) return lines;
  const em = median(lines.map((l) => l.size));
  // A vertical cut first: a gutter that no line crosses splits the group into columns, left to right.
  const vertical = gaps(lines.map((l) => [l.x0, l.x1])).filter(([lo, hi]) => hi - lo >= 0.5 * em);
  if (vertical.length) {
    const cuts = vertical.map(([lo, hi]) => (lo + hi) / 2);
    const columns: Line[][] = cuts.map(() => []);
    columns.push([]);
    for (const line of lines) columns[cuts.filter((c) => line.x0 > c).length].push(line);
    return columns.flatMap(readingOrder);
  }
  // Else the widest horizontal gap splits it top from bottom.
  const horizontal = gaps(lines.map((l) => [l.bottom, l.top]));
  if (horizontal.length) {
    let widest = horizontal[0];
    for (const g of horizontal) if (g[1] - g[0] > widest[1] - widest[0]) widest = g;
    const cut = (widest[0] + widest[1]) / 2;
    return [...readingOrder(lines.filter((l) => l.y > cut)), ...readingOrder(lines.filter((l) => l.y <= cut))];
  }
  return [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 1;
}

/** Whether a raised run is a citation marker, given the text before it. */
export function isCitationText(text: string, before: string): boolean {
  if (!CITATION_TEXT.test(text)) return false;
  return CITATION_LIST.test(text) || CITED_WORD_END.test(before);
}

/**
 * What stands between a line ending in `previous` and the next line
 * beginning with `next`: a join with the hyphen dropped (its index in
 * `previous`), a join keeping it, or a space.
 */
export function lineJoin(previous: string, next: string, words?: ReadonlySet<string>): { before: '' | ' '; dropped?: number } {
  const m = LINE_END_HYPHEN.exec(previous);
  if (!m) return { before: ' ' };
  const hyphenAt = m.index + m[1].length;
  if (m[2] === '\u00ad') return { before: '', dropped: hyphenAt };
  const nextWord = NEXT_WORD.exec(next)?.[1];
  // "anti-" / "NMDA", "5-HT3-" / "mediated": the hyphen is the word's own.
  if (!nextWord || !/^\p{Ll}/u.test(nextWord)) return { before: '' };
  const left = m[1];
  if (/[\p{Lu}\p{N}]/u.test(left)) return { before: '' };
  const joined = `${left}${nextWord}`.toLowerCase();
  const hyphenated = `${left}-${nextWord}`.toLowerCase();
  if (words?.has(hyphenated) && !words.has(joined)) return { before: '' };
  return { before: '', dropped: hyphenAt };
}

/** Lower-cased words a document writes (the strings of its text items), for lineJoin. */
export function documentWords(strings: Iterable<string>, into: Set<string> = new Set()): Set<string> {
  for (const s of strings) for (const m of s.matchAll(WORD)) into.add(m[0].toLowerCase().replace(/\u2010/g, '-'));
  return into;
}

/** The reading of one page's text items. */
export function layoutPage(items: readonly PdfTextItem[], options: LayoutOptions = {}): PageLayout {
  const flat: Run[] = [];
  const turned: Run[] = [];
  items.forEach((item, i) => {
    if (isBlank(item.str)) return;
    (upright(item.transform) ? flat : turned).push(toRun(item, i));
  });
  const lines = readingOrder(rows(flat).flatMap(linesOfRow));
  // Rotated text (margin notes, "Downloaded from…") reads after the page, a line per item, in stream order.
  for (const run of turned) lines.push({ runs: [run], x0: run.x0, x1: run.x1, y: run.y, size: run.size, top: 0, bottom: 0 });

  const pieces: Piece[] = [];
  let body = options.inReferences ? 0 : -1;
  let previous: Run | undefined;
  /** The text of the current line so far (for the citation rule). */
  let lineText = '';
  for (const line of lines) {
    if (
      body < 0 &&
      REFERENCES_HEADING.test(
        line.runs
          .map((r) => r.text)
          .join('')
          .trim(),
      )
    )
      body = pieces.length;
    line.runs.forEach((run, k) => {
      const piece: Piece = { item: run.item, before: ' ' };
      if (!previous) piece.before = '';
      else if (k === 0) {
        piece.lineStart = true;
        const last = pieces[pieces.length - 1];
        // Not across a citation: "…inhibition.¹²" / "Tory…" is two words.
        if (!last.citation) {
          const join = lineJoin(previous.text, run.text, options.words);
          piece.before = join.before;
          if (join.dropped !== undefined) last.dropped = join.dropped;
        }
      } else if (run.script === 'sub') piece.before = '';
      else {
        const gap = run.x0 - previous.x1;
        const spaced = /\s$/.test(previous.text) || /^\s/.test(run.text);
        piece.before = !spaced && gap > SPACE_EM * line.size ? ' ' : '';
        if (run.script === 'sup') {
          piece.before = '';
          if (isCitationText(run.text, lineText)) piece.citation = true;
        }
      }
      if (k === 0) lineText = '';
      lineText += piece.before + run.text;
      pieces.push(piece);
      previous = run;
    });
  }
  return { pieces, body: body < 0 ? pieces.length : body, inReferences: body >= 0 };
}
