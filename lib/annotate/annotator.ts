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
import type { Normalized } from '../match/normalize';
import { earlyMentions, readArticleSteps, termAttribute, type LazyReading, type Mention, type PaperDefinition } from '../match/pipeline';
import { potentialShortForms } from '../abbrev/schwartz-hearst';
import type { MatchTerm } from '../glossary/schema';
import { collectSegments, GENERIC_EXCLUDE, isInsideSkipped, READ_EXCLUDE, readingOf, type Segment, type Segmenter } from './segments';
import { unwrapAll, wrapRange, type WrapRecord } from './wrap';
import { drive } from '../steps';

export const STATE_ATTR = 'data-glossa-state';
export const TERM_ATTR = 'data-glossa-term';
export const MATCH_ATTR = 'data-glossa-match';

/** Time budget of one slice of work before yielding to the page. */
const SLICE_MS = 10;
/** Wrappers added between two chances for the page to render them. */
const PAINT_EVERY = 400;

export interface AnnotatorOptions {
  /** The terms to find (or `matcher`). */
  terms?: readonly MatchTerm[];
  /** Generated inflected forms of `terms` (none by default). */
  inflected?: (term: MatchTerm) => readonly string[];
  /**
   * A matcher built elsewhere, or its stepwise build (Matcher.build), which
   * the first pass finishes in slices; wins over `terms`.
   */
  matcher?: Matcher | Generator<void, Matcher>;
  /** Site-specific exclusions (SiteAdapter.exclude). */
  exclude?: string;
  /** How a root's text is collected (SiteAdapter.segments); collectSegments by default. */
  segments?: Segmenter;
  /** Yields to the event loop between slices; tests may pass a synchronous one. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
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
  /**
   * A full pass with a visible region marks there at once, before reading
   * the article, the mentions nothing in it can change (earlyMentions,
   * lib/match/pipeline.ts); this runs once they are wrapped.
   */
  onFirstViewport?: () => void;
  /** Runs once every mention of the visible region is wrapped (after the article is read). */
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

/**
 * A new task (a message to self): input and rendering can run before it,
 * and it is not clamped like nested timers.
 */
function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Yields between slices: scheduler.yield() where the browser has it (input
 * goes first, and the pass resumes before other queued work, so the page
 * lays out the wrappers once rather than after every slice), else nextTask.
 */
function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask();
}

export class Annotator {
  private matcher: Matcher | undefined;
  /** The matcher's build, finished by the first pass. */
  private building: Generator<void, Matcher> | undefined;
  private readonly exclude: string;
  /** `exclude` without our own wrappers: the article is read through them, so every pass reads the same text. */
  private readonly readExclude: string;
  private readonly segments: Segmenter;
  private readonly record: WrapRecord = { wrappers: [], created: [] };
  private readonly occurrences: Occurrence[] = [];
  /** Per block wrapped, each term's tab stop (its first occurrence there) and where it starts. */
  private readonly tabStops = new WeakMap<Segment, Map<string, { element: HTMLElement; start: number }>>();
  private nextMatch = 0;
  /** The article as last read, with its text as the cache key. */
  private reading: { key: string; reading: LazyReading } | undefined;
  /** The normalised text of each block of the last reading. */
  private normalized: Normalized[] = [];
  /** The blocks of the last reading (wrapRange keeps them valid as it splits nodes). */
  private lastRead: Segment[] = [];
  private readonly yieldToPage: () => Promise<void>;
  /** Yields so the page can paint (after the visible region). */
  private readonly yieldForPaint: () => Promise<void>;
  private readonly now: () => number;
  /** Set by clear(): a pass in progress stops at its next slice. */
  private generation = 0;

  constructor(options: AnnotatorOptions) {
    if (options.matcher instanceof Matcher) this.matcher = options.matcher;
    else if (options.matcher) this.building = options.matcher;
    else this.matcher = new Matcher(options.terms ?? [], options.inflected);
    this.exclude = options.exclude ? `${GENERIC_EXCLUDE}, ${options.exclude}` : GENERIC_EXCLUDE;
    this.readExclude = options.exclude ? `${READ_EXCLUDE}, ${options.exclude}` : READ_EXCLUDE;
    this.segments = options.segments ?? collectSegments;
    this.yieldToPage = options.yieldToPage ?? defaultYield;
    this.yieldForPaint = options.yieldToPage ?? nextTask;
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
    let sliceStart = this.now();
    /** Yields when the slice has run its time; false when the pass was stopped (clear()). */
    const pause = async (): Promise<boolean> => {
      if (generation !== this.generation) return false;
      if (this.now() - sliceStart <= SLICE_MS) return true;
      await this.yieldToPage();
      sliceStart = this.now();
      return generation === this.generation;
    };
    if (!this.matcher) {
      const built = await drive(this.building!, pause);
      if (built.stopped) return;
      this.matcher = built.value;
    }
    // Read the whole article (through our own wrappers) once per text; every
    // block of it, or of the late `blocks`, is annotated from that reading.
    const all = roots.flatMap((root) => this.segments(root, this.readExclude));
    if (!(await pause())) return;
    const indexOf = new Map(all.map((segment, i) => [segment.nodes[0], i]));
    const segments = blocks
      ? blocks
          .filter((block) => {
            const root = roots.find((r) => r.contains(block));
            return root && !isInsideSkipped(block, root, this.exclude);
          })
          .flatMap((block) => this.segments(block, this.readExclude))
      : all;
    const { ordered, visible } = options.prioritize ? options.prioritize(segments) : { ordered: segments, visible: 0 };
    const indices = ordered.map((segment) => indexOf.get(segment.nodes[0]));
    // Blocks read the same way as by the reading (normalised once).
    const normalized: (Normalized | undefined)[] = [];
    // Text wrapped by an earlier pass (or marked early in this one) is read through, not wrapped again: only look for it there.
    const wrappedBefore = this.record.wrappers.length > 0;
    let markedEarly = new Set<number>();
    // 0. The first viewport at once: what nothing in the article can change.
    if (!blocks && visible > 0 && options.onFirstViewport) {
      const early = await this.markEarly(all, indices.slice(0, visible), normalized, pause, onMutate, doc);
      if (!early) return;
      markedEarly = early;
      options.onFirstViewport();
      // Let the page paint what the reader sees.
      await this.yieldForPaint();
      if (generation !== this.generation) return;
      sliceStart = this.now();
    }
    const reading = await this.read(all, pause, normalized);
    if (!reading) return;
    this.lastRead = all;
    const wrap = (index: number | undefined) => {
      if (index === undefined) return;
      // The segment as read (a late block's segments are the same runs of text).
      const segment = all[index];
      if (!segment.nodes.every((n) => n.isConnected)) return;
      const mentions = reading.mentionsAt(index);
      const checkWrapped = wrappedBefore || markedEarly.has(index);
      if (mentions.length) onMutate(() => this.annotateSegment(segment, this.normalized[index], mentions, doc, checkWrapped));
    };
    // 1. The visible region: at once where no ambiguous form needs the whole article's evidence…
    const waiting: number[] = [];
    for (let i = 0; i < visible; i++) {
      if (!(await pause())) return;
      const index = indices[i];
      if (index !== undefined && reading.waitsForEvidence(index)) waiting.push(index);
      else wrap(index);
    }
    // …then the evidence (every block matched; cue words scanned if the article has an ambiguous form), the rest of it.
    if ((await drive(reading.prepare(), pause)).stopped) return;
    for (const index of waiting) {
      if (!(await pause())) return;
      wrap(index);
    }
    options.onVisibleDone?.();
    if (visible > 0) {
      // Let the page paint what the reader sees before wrapping the rest.
      await this.yieldForPaint();
      if (generation !== this.generation) return;
      sliceStart = this.now();
    }
    // 2. The rest, letting the page lay out and paint every PAINT_EVERY wrappers (no frame lays out all of them).
    let painted = this.record.wrappers.length;
    for (let i = visible; i < ordered.length; i++) {
      if (this.record.wrappers.length - painted >= PAINT_EVERY) {
        painted = this.record.wrappers.length;
        await this.yieldForPaint();
        if (generation !== this.generation) return;
        sliceStart = this.now();
      } else if (!(await pause())) return;
      wrap(indices[i]);
    }
    if (generation !== this.generation) return;
    doc.documentElement.setAttribute(STATE_ATTR, 'ready');
  }

  /**
   * Marks, in the `visible` segments (indices into `all`), the mentions
   * nothing in the article can change (earlyMentions: lib/match/pipeline.ts),
   * before the article is read: only the blocks with a bracket are
   * normalised, for the short forms the paper could define
   * (potentialShortForms). Fills `normalized` for the segments it reads;
   * returns the segments it wrapped, or undefined when the pass was stopped.
   */
  private async markEarly(
    all: Segment[],
    visible: readonly (number | undefined)[],
    normalized: (Normalized | undefined)[],
    pause: () => Promise<boolean>,
    onMutate: (write: () => void) => void,
    doc: Document,
  ): Promise<Set<number> | undefined> {
    const potential = new Set<string>();
    for (let i = 0; i < all.length; i++) {
      if (!all[i].text.includes('(')) continue;
      potentialShortForms((normalized[i] ??= readingOf(all[i])).text, potential);
      if (!(await pause())) return undefined;
    }
    const wrapped = new Set<number>();
    const checkWrapped = this.record.wrappers.length > 0;
    for (const index of visible) {
      if (index === undefined) continue;
      const segment = all[index];
      const text = (normalized[index] ??= readingOf(segment));
      const mentions = earlyMentions(text.text, this.matcher!.find(text.text), potential);
      if (mentions.length) {
        onMutate(() => this.annotateSegment(segment, text, mentions, doc, checkWrapped));
        wrapped.add(index);
      }
      if (!(await pause())) return undefined;
    }
    return wrapped;
  }

  /**
   * The reading of the article (lib/match/pipeline.ts), recomputed when its
   * text changes, in slices; undefined when the pass was stopped meanwhile.
   * `known`: segments already normalised in this pass.
   */
  private async read(
    segments: Segment[],
    pause: () => Promise<boolean>,
    known: readonly (Normalized | undefined)[] = [],
  ): Promise<LazyReading | undefined> {
    const normalized: Normalized[] = [];
    for (let i = 0; i < segments.length; i++) {
      normalized.push(known[i] ?? readingOf(segments[i]));
      if (!(await pause())) return undefined;
    }
    const blocks = normalized.map((n) => n.text);
    const key = blocks.join('\n');
    if (this.reading?.key === key) {
      this.normalized = normalized;
      return this.reading.reading;
    }
    const read = await drive(readArticleSteps(blocks, this.matcher!), pause);
    if (read.stopped) return undefined;
    this.reading = { key, reading: read.value };
    this.normalized = normalized;
    return read.value;
  }

  /**
   * Keyboard access: the first occurrence of each term in a paragraph is a
   * tab stop (every occurrence would bury the reader in tab stops); terms
   * inside links or buttons are reached through the link itself. A block
   * wrapped in two goes (the first viewport's early mentions, then the rest)
   * keeps one tab stop per term, on its first occurrence.
   */
  private annotateSegment(segment: Segment, { map }: Normalized, mentions: readonly Mention[], doc: Document, checkWrapped: boolean): void {
    let tabStops = this.tabStops.get(segment);
    if (!tabStops) this.tabStops.set(segment, (tabStops = new Map()));
    for (const mention of mentions) {
      const start = map[mention.start];
      const end = map[mention.end - 1] + 1;
      // Wrapped by an earlier pass: the article is read through our wrappers.
      if (checkWrapped && touchesWrapper(segment, start, end)) continue;
      const termId = termAttribute(mention);
      const n = this.nextMatch++;
      const elements = wrapRange(segment, start, end, { [TERM_ATTR]: termId, [MATCH_ATTR]: String(n) }, this.record, doc);
      if (!elements.length) continue;
      this.occurrences.push({ termId, match: n, elements, definition: mention.definition });
      const stop = tabStops.get(termId);
      if (stop && stop.start < start) continue;
      if (elements[0].closest('a[href], button')) continue;
      stop?.element.removeAttribute('tabindex');
      tabStops.set(termId, { element: elements[0], start });
      elements[0].tabIndex = 0;
    }
  }

  /** A Range over the sentence where the paper defines an abbreviation ("Go to the definition"). */
  definitionRange(definition: PaperDefinition, doc: Document = document): Range | undefined {
    const segment = this.lastRead[definition.segment];
    if (!segment?.nodes.every((n) => n.isConnected)) return undefined;
    const { map } = readingOf(segment);
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
    this.normalized = [];
    this.lastRead = [];
    doc.documentElement.removeAttribute(STATE_ATTR);
  }
}

/** A segment's text as matching reads it (lib/match/normalize.ts). */
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
