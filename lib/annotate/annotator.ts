/**
 * The annotator: finds glossary terms in the annotation roots and wraps
 * them per the testability contract (DEVELOPERS.md):
 *   <glossa-term data-glossa-term="<term-id>" data-glossa-match="<n>">
 * A match split across inline elements gets one wrapper per text node, all
 * with the same data-glossa-match. Passes are idempotent (annotated subtrees
 * are skipped) and reversible (`clear` restores the DOM exactly). Work is
 * sliced so no task runs long; <html data-glossa-state="ready"> marks the
 * end of each pass.
 */
import { Matcher } from '../match/matcher';
import { normalize } from '../match/normalize';
import { readArticle, termAttribute, type Mention, type PaperDefinition, type Reading } from '../match/pipeline';
import type { SentenceSplitter } from '../abbrev/sentences';
import type { MatchTerm } from '../glossary/schema';
import { collectSegments, GENERIC_EXCLUDE, isInsideSkipped, READ_EXCLUDE, type Segment } from './segments';
import { unwrapAll, wrapRange, type WrapRecord } from './wrap';

export const STATE_ATTR = 'data-glossa-state';
export const TERM_ATTR = 'data-glossa-term';
export const MATCH_ATTR = 'data-glossa-match';

/** Time budget of one slice of work before yielding to the page. */
const SLICE_MS = 8;

export interface AnnotatorOptions {
  terms: readonly MatchTerm[];
  /** Generated inflected forms of a term (default: the bundled data's). */
  inflected?: (term: MatchTerm) => readonly string[];
  /** Site-specific exclusions (SiteAdapter.exclude). */
  exclude?: string;
  /** Yields to the event loop between slices; tests may pass a synchronous one. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /**
   * Sentence splitter for the reading pipeline (default: its cheap fallback).
   * Never pass the NLP splitter from the content script's start-up code.
   */
  sentences?: SentenceSplitter;
}

export interface PassOptions {
  /** Wraps each DOM write, so a caller's MutationObserver can ignore our own changes. */
  onMutate?: (write: () => void) => void;
  /** Only these blocks inside the roots (late content). */
  blocks?: readonly Element[];
  /**
   * Puts the segments the reader sees first; returns how many of the
   * reordered segments are visible. `onVisibleDone` runs once those are wrapped.
   */
  prioritize?: (segments: Segment[]) => { ordered: Segment[]; visible: number };
  onVisibleDone?: () => void;
}

export interface Occurrence {
  /** A glossary term id, or "paper:<short form>" for the paper's own abbreviations. */
  termId: string;
  match: number;
  elements: HTMLElement[];
  /** The paper's definition of this abbreviation, when the paper defines it. */
  definition?: PaperDefinition;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Annotator {
  readonly matcher: Matcher;
  readonly terms: Map<string, MatchTerm>;
  private readonly exclude: string;
  /** `exclude` without our own wrappers: the article is read through them, so every pass reads the same text. */
  private readonly readExclude: string;
  private readonly sentences: SentenceSplitter | undefined;
  private readonly record: WrapRecord = { wrappers: [], created: [] };
  private readonly occurrences: Occurrence[] = [];
  private nextMatch = 0;
  /** The article as last read, with its text as the cache key. */
  private reading: { key: string; reading: Reading } | undefined;
  /** The blocks of the last reading (wrapRange keeps them valid as it splits nodes). */
  private lastRead: Segment[] = [];
  private readonly yieldToPage: () => Promise<void>;
  private readonly now: () => number;
  /** Set by clear(): a pass in progress stops at its next slice. */
  private generation = 0;

  constructor(options: AnnotatorOptions) {
    this.matcher = new Matcher(options.terms, options.inflected);
    this.terms = new Map(options.terms.map((t) => [t.id, t]));
    this.exclude = options.exclude ? `${GENERIC_EXCLUDE}, ${options.exclude}` : GENERIC_EXCLUDE;
    this.readExclude = options.exclude ? `${READ_EXCLUDE}, ${options.exclude}` : READ_EXCLUDE;
    this.sentences = options.sentences;
    this.yieldToPage = options.yieldToPage ?? defaultYield;
    this.now = options.now ?? (() => performance.now());
  }

  /** All occurrences wrapped so far, in the order they were made. */
  get found(): readonly Occurrence[] {
    return this.occurrences;
  }

  /** Counts of wrapped occurrences per term id. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const o of this.occurrences) {
      if (o.elements.some((e) => e.isConnected)) counts.set(o.termId, (counts.get(o.termId) ?? 0) + 1);
    }
    return counts;
  }

  /** Annotates `roots` (or only `options.blocks` inside them). Resolves when done. */
  async annotate(roots: readonly Element[], options: PassOptions = {}): Promise<void> {
    const { blocks, onMutate = (write) => write() } = options;
    const generation = this.generation;
    const doc = roots[0]?.ownerDocument ?? document;
    // Read the whole article (through our own wrappers) once per text; every
    // block of it, or of the late `blocks`, is annotated from that reading.
    const all = roots.flatMap((root) => collectSegments(root, this.readExclude));
    const reading = this.read(all);
    this.lastRead = all;
    const indexOf = new Map(all.map((segment, i) => [segment.nodes[0], i]));
    const segments = blocks
      ? blocks
          .filter((block) => {
            const root = roots.find((r) => r.contains(block));
            return root && !isInsideSkipped(block, root, this.exclude);
          })
          .flatMap((block) => collectSegments(block, this.readExclude))
      : all;
    const { ordered, visible } = options.prioritize ? options.prioritize(segments) : { ordered: segments, visible: 0 };
    let sliceStart = this.now();
    for (let i = 0; i < ordered.length; i++) {
      const segment = ordered[i];
      if (i === visible) options.onVisibleDone?.();
      if (generation !== this.generation) return;
      if (this.now() - sliceStart > SLICE_MS) {
        await this.yieldToPage();
        if (generation !== this.generation) return;
        sliceStart = this.now();
      }
      if (!segment.nodes.every((n) => n.isConnected)) continue;
      const index = indexOf.get(segment.nodes[0]);
      if (index === undefined) continue;
      onMutate(() => this.annotateSegment(segment, reading.mentions[index], doc));
    }
    if (generation !== this.generation) return;
    if (visible >= ordered.length) options.onVisibleDone?.();
    doc.documentElement.setAttribute(STATE_ATTR, 'ready');
  }

  /** The reading of the article (lib/match/pipeline.ts), recomputed when its text changes. */
  private read(segments: Segment[]): Reading {
    const blocks = segments.map((s) => normalize(s.text).text);
    const key = blocks.join('\n');
    if (this.reading?.key !== key) {
      this.reading = { key, reading: readArticle(blocks, [...this.terms.values()], { matcher: this.matcher, sentences: this.sentences }) };
    }
    return this.reading.reading;
  }

  /**
   * Keyboard access: the first occurrence of each term in a paragraph is a
   * tab stop (every occurrence would bury the reader in tab stops); terms
   * inside links or buttons are reached through the link itself.
   */
  private annotateSegment(segment: Segment, mentions: readonly Mention[], doc: Document): void {
    const { map } = normalize(segment.text);
    const tabStops = new Set<string>();
    for (const mention of mentions) {
      const start = map[mention.start];
      const end = map[mention.end - 1] + 1;
      // Wrapped by an earlier pass: the article is read through our wrappers.
      if (touchesWrapper(segment, start, end)) continue;
      const termId = termAttribute(mention);
      const n = this.nextMatch++;
      const elements = wrapRange(segment, start, end, { [TERM_ATTR]: termId, [MATCH_ATTR]: String(n) }, this.record, doc);
      if (!elements.length) continue;
      this.occurrences.push({ termId, match: n, elements, definition: mention.definition });
      if (!tabStops.has(termId) && !elements[0].closest('a[href], button')) {
        tabStops.add(termId);
        elements[0].tabIndex = 0;
      }
    }
  }

  /** A Range over the sentence where the paper defines an abbreviation ("Go to the definition"). */
  definitionRange(definition: PaperDefinition, doc: Document = document): Range | undefined {
    const segment = this.lastRead[definition.segment];
    if (!segment || !segment.nodes.every((n) => n.isConnected)) return undefined;
    const { map } = normalize(segment.text);
    const point = (offset: number): [Text, number] => {
      let i = 0;
      while (i + 1 < segment.nodes.length && segment.starts[i + 1] <= offset) i++;
      return [segment.nodes[i], offset - segment.starts[i]];
    };
    const range = doc.createRange();
    range.setStart(...point(map[definition.sentence.start]));
    range.setEnd(...point(map[definition.sentence.end - 1] + 1));
    return range;
  }

  /** Removes every wrapper and restores the text nodes; stops a pass in progress. */
  clear(doc: Document = document): void {
    this.generation++;
    unwrapAll(this.record);
    this.occurrences.length = 0;
    this.reading = undefined;
    this.lastRead = [];
    doc.documentElement.removeAttribute(STATE_ATTR);
  }
}

/** Whether any text of [start, end) of `segment` is inside one of our wrappers (wrapped by an earlier pass). */
function touchesWrapper(segment: Segment, start: number, end: number): boolean {
  let lo = 0;
  let hi = segment.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segment.starts[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < segment.nodes.length && segment.starts[i] < end; i++) {
    const node = segment.nodes[i];
    if (segment.starts[i] + node.data.length > start && node.parentElement?.closest(`[${TERM_ATTR}]`)) return true;
  }
  return false;
}
