/**
 * Scores the reading pipeline (lib/match/pipeline.ts) against the labelled
 * set (tests/eval/passages.ts): precision and recall of glossary term
 * mentions (all passages, pain-neuroscience ones, others), trap senses
 * annotated, and precision and recall of abbreviation pairs; with every miss
 * and every false hit. Used by `npm run eval` (tests/eval/run.ts) and by the
 * floors test (tests/eval/floors.test.ts).
 *
 * A predicted term mention is right when a gold mention of the same term
 * overlaps it (each gold mention counts once); a pair is right when short and
 * long form equal the gold ones exactly.
 */
import { readArticle } from '../../lib/match/pipeline';
import { normalize } from '../../lib/match/normalize';
import { Matcher } from '../../lib/match/matcher';
import type { Category, MatchTerm } from '../../lib/glossary/schema';
import type { Passage } from './passages';

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Miss {
  passage: string;
  text: string;
  termId: string;
  /** What the pipeline said there instead, if anything. */
  got?: string;
  context: string;
}

export interface TermHit {
  passage: string;
  text: string;
  termId: string;
  context: string;
}

export interface Report {
  passages: number;
  terms: { all: Figures; pain: Figures; other: Figures };
  /** Term figures per glossary category (of the labelled term for a miss, of the found term otherwise). */
  byCategory: Partial<Record<Category, Figures>>;
  traps: { occurrences: number; annotated: TermHit[] };
  pairs: Figures;
  termMisses: Miss[];
  termFalseHits: TermHit[];
  pairMisses: Array<{ passage: string; pair: [string, string]; got?: string }>;
  pairFalseHits: Array<{ passage: string; pair: [string, string] }>;
  /** Mentions of the paper's own abbreviations (not in the glossary) that were annotated. */
  paperMentions: number;
  millis: number;
}

interface Span {
  start: number;
  end: number;
}

interface Gold extends Span {
  termId: string;
  text: string;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** Whole-word occurrences of `needle` in `text` (edges checked only where the needle has a word character). */
export function occurrences(text: string, needle: string): Span[] {
  const found: Span[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (isWord(needle[0]) && isWord(text[i - 1])) continue;
    if (isWord(needle[needle.length - 1]) && isWord(text[end])) continue;
    found.push({ start: i, end });
  }
  return found;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The gold mentions of one block (normalised), longest labels first, none
 * overlapping; then the passage's `nested` labels, which may lie inside
 * another mention.
 */
export function goldMentions(passage: Pick<Passage, 'terms' | 'nested'>, block: string): Gold[] {
  const gold: Gold[] = [];
  const labels = [...passage.terms].sort((a, b) => b[0].length - a[0].length);
  for (const [raw, termId, nth] of labels) {
    const text = normalize(raw).text;
    const free = occurrences(block, text).filter((o) => !gold.some((g) => overlaps(g, o)));
    const chosen = nth === undefined ? free : free.slice(nth, nth + 1);
    for (const o of chosen) gold.push({ ...o, termId, text });
  }
  for (const [raw, termId] of passage.nested ?? []) {
    const text = normalize(raw).text;
    for (const o of occurrences(block, text)) gold.push({ ...o, termId, text });
  }
  return gold.sort((a, b) => a.start - b.start);
}

function figures(tp: number, fp: number, fn: number): Figures {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

function contextOf(block: string, span: Span): string {
  const from = Math.max(0, span.start - 40);
  const to = Math.min(block.length, span.end + 40);
  return `${from > 0 ? '…' : ''}${block.slice(from, span.start)}[${block.slice(span.start, span.end)}]${block.slice(span.end, to)}${to < block.length ? '…' : ''}`;
}

export interface EvaluateOptions {
  inflected?: (term: MatchTerm) => readonly string[];
}

/** Runs the pipeline on every passage and scores it. */
export function evaluate(
  passages: readonly Passage[],
  terms: readonly (MatchTerm & { category?: Category })[],
  options: EvaluateOptions = {},
): Report {
  const matcher = new Matcher(terms, options.inflected);
  const categoryOf = new Map(terms.map((t) => [t.id, t.category]));
  const counts = { all: [0, 0, 0], pain: [0, 0, 0], other: [0, 0, 0] };
  const byCategory = new Map<Category, number[]>();
  /** Counts of the category of `termId` (index 0 tp, 1 fp, 2 fn). */
  const tally = (termId: string, index: number) => {
    const category = categoryOf.get(termId);
    if (!category) return;
    if (!byCategory.has(category)) byCategory.set(category, [0, 0, 0]);
    byCategory.get(category)![index]++;
  };
  const report: Omit<Report, 'terms' | 'pairs' | 'byCategory'> = {
    passages: passages.length,
    traps: { occurrences: 0, annotated: [] },
    termMisses: [],
    termFalseHits: [],
    pairMisses: [],
    pairFalseHits: [],
    paperMentions: 0,
    millis: 0,
  };
  const pairCounts = [0, 0, 0];
  const started = performance.now();
  for (const passage of passages) {
    const blocks = passage.blocks.map((b) => normalize(b).text);
    const reading = readArticle(blocks, matcher);
    const subset = passage.pain ? counts.pain : counts.other;
    blocks.forEach((block, i) => {
      const gold = goldMentions(passage, block);
      const predicted = reading.mentions[i];
      const used = new Set<Gold>();
      for (const m of predicted) {
        if (!m.termId) {
          report.paperMentions++;
          continue;
        }
        const g = gold.find((x) => !used.has(x) && x.termId === m.termId && overlaps(x, m));
        if (g) {
          used.add(g);
          counts.all[0]++;
          subset[0]++;
          tally(m.termId, 0);
        } else {
          counts.all[1]++;
          subset[1]++;
          tally(m.termId, 1);
          report.termFalseHits.push({
            passage: passage.id,
            text: block.slice(m.start, m.end),
            termId: m.termId,
            context: contextOf(block, m),
          });
        }
      }
      for (const g of gold) {
        if (used.has(g)) continue;
        counts.all[2]++;
        subset[2]++;
        tally(g.termId, 2);
        const other = predicted.find((m) => overlaps(g, m));
        report.termMisses.push({
          passage: passage.id,
          text: g.text,
          termId: g.termId,
          context: contextOf(block, g),
          got: other ? (other.termId ?? `paper:${other.definition?.shortForm}`) : undefined,
        });
      }
      for (const trap of passage.traps ?? []) {
        for (const o of occurrences(block, normalize(trap).text)) {
          report.traps.occurrences++;
          const hit = predicted.find((m) => m.termId && overlaps(m, o));
          if (hit) report.traps.annotated.push({ passage: passage.id, text: trap, termId: hit.termId!, context: contextOf(block, o) });
        }
      }
    });
    // Abbreviation pairs: unique per passage.
    const key = (sf: string, lf: string) => `${normalize(sf).text}\u0000${normalize(lf).text}`;
    const found = new Map<string, [string, string]>();
    for (const d of reading.definitions) found.set(key(d.shortForm, d.longForm), [d.shortForm, d.longForm]);
    const gold = new Map<string, [string, string]>();
    for (const [sf, lf] of passage.pairs ?? []) gold.set(key(sf, lf), [sf, lf]);
    for (const [k, pair] of gold) {
      if (found.has(k)) pairCounts[0]++;
      else {
        pairCounts[2]++;
        const same = [...found.values()].find(([sf]) => sf === pair[0]);
        report.pairMisses.push({ passage: passage.id, pair, got: same ? same[1] : undefined });
      }
    }
    for (const [k, pair] of found) {
      if (gold.has(k)) continue;
      pairCounts[1]++;
      report.pairFalseHits.push({ passage: passage.id, pair });
    }
  }
  report.millis = performance.now() - started;
  const f = (c: number[]) => figures(c[0], c[1], c[2]);
  return {
    ...report,
    terms: { all: f(counts.all), pain: f(counts.pain), other: f(counts.other) },
    byCategory: Object.fromEntries([...byCategory].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => [c, f(n)])),
    pairs: f(pairCounts),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, f: Figures) =>
  `${name.padEnd(34)} precision ${pct(f.precision).padStart(6)}   recall ${pct(f.recall).padStart(6)}   (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`;

/**
 * The report as text: figures, then every miss and false hit. `real`: the
 * real-text set (all pain neuroscience; figures per category instead of
 * per kind of text).
 */
export function formatReport(report: Report, title: string, real = false): string {
  const out: string[] = [];
  out.push(`== ${title}: ${report.passages} ${real ? 'articles' : 'passages'}, ${report.millis.toFixed(0)} ms`);
  if (real) {
    out.push(line('terms, all', report.terms.all));
    for (const [category, figures] of Object.entries(report.byCategory)) out.push(line(`  ${category}`, figures!));
  } else {
    out.push(line('terms, pain-neuroscience text', report.terms.pain));
    out.push(line('terms, other text (saved pages)', report.terms.other));
    out.push(line('terms, all', report.terms.all));
  }
  out.push(
    `${(real ? 'look-alikes annotated' : 'traps annotated').padEnd(34)} ${report.traps.annotated.length} of ${report.traps.occurrences} occurrences`,
  );
  out.push(line('abbreviation pairs', report.pairs));
  out.push(`${'paper-only abbreviation mentions'.padEnd(34)} ${report.paperMentions}`);
  out.push('', `-- term misses (${report.termMisses.length})`);
  for (const m of report.termMisses) out.push(`  ${m.passage}: ${m.text} → ${m.termId}${m.got ? ` (got ${m.got})` : ''}    ${m.context}`);
  out.push('', `-- term false hits (${report.termFalseHits.length})`);
  for (const h of report.termFalseHits) out.push(`  ${h.passage}: ${h.text} → ${h.termId}    ${h.context}`);
  out.push('', `-- traps annotated (${report.traps.annotated.length})`);
  for (const h of report.traps.annotated) out.push(`  ${h.passage}: ${h.text} → ${h.termId}    ${h.context}`);
  out.push('', `-- pair misses (${report.pairMisses.length})`);
  for (const m of report.pairMisses) out.push(`  ${m.passage}: ${m.pair[0]} = ${m.pair[1]}${m.got ? `   (found: ${m.got})` : ''}`);
  out.push('', `-- pair false hits (${report.pairFalseHits.length})`);
  for (const h of report.pairFalseHits) out.push(`  ${h.passage}: ${h.pair[0]} = ${h.pair[1]}`);
  return out.join('\n');
}
