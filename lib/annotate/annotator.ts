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
import { resolverFor, type Resolver } from '../match/disambiguate';
import type { MatchTerm } from '../glossary/schema';
import { collectSegments, GENERIC_EXCLUDE, isInsideSkipped, type Segment } from './segments';
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
  termId: string;
  match: number;
  elements: HTMLElement[];
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Annotator {
  readonly matcher: Matcher;
  readonly terms: Map<string, MatchTerm>;
  private readonly exclude: string;
  private readonly record: WrapRecord = { wrappers: [], created: [] };
  private readonly occurrences: Occurrence[] = [];
  private nextMatch = 0;
  private resolver: Resolver | undefined;
  private contextKey = '';
  private readonly yieldToPage: () => Promise<void>;
  private readonly now: () => number;
  /** Set by clear(): a pass in progress stops at its next slice. */
  private generation = 0;

  constructor(options: AnnotatorOptions) {
    this.matcher = new Matcher(options.terms, options.inflected);
    this.terms = new Map(options.terms.map((t) => [t.id, t]));
    this.exclude = options.exclude ? `${GENERIC_EXCLUDE}, ${options.exclude}` : GENERIC_EXCLUDE;
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
    const rootSegments = roots.map((root) => collectSegments(root, this.exclude));
    this.updateContext(rootSegments.flat());
    const segments = blocks
      ? blocks
          .filter((block) => {
            const root = roots.find((r) => r.contains(block));
            return root && !isInsideSkipped(block, root, this.exclude);
          })
          .flatMap((block) => collectSegments(block, this.exclude))
      : rootSegments.flat();
    const { ordered, visible } = options.prioritize ? options.prioritize(segments) : { ordered: segments, visible: 0 };
    let sliceStart = this.now();
    for (let i = 0; i < ordered.length; i++) {
      const segment = ordered[i];
      if (i === visible && visible > 0) options.onVisibleDone?.();
      if (generation !== this.generation) return;
      if (this.now() - sliceStart > SLICE_MS) {
        await this.yieldToPage();
        if (generation !== this.generation) return;
        sliceStart = this.now();
      }
      if (!segment.nodes.every((n) => n.isConnected)) continue;
      onMutate(() => this.annotateSegment(segment, doc));
    }
    if (generation !== this.generation) return;
    if (visible >= ordered.length && visible > 0) options.onVisibleDone?.();
    doc.documentElement.setAttribute(STATE_ATTR, 'ready');
  }

  /** The article context for ambiguous abbreviations, rebuilt when the text grows. */
  private updateContext(segments: Segment[]): void {
    const text = segments.map((s) => normalize(s.text).text).join('\n');
    const key = `${text.length}`;
    if (this.resolver && key === this.contextKey) return;
    this.contextKey = key;
    this.resolver = resolverFor(this.terms, this.matcher, text);
  }

  /**
   * Keyboard access: the first occurrence of each term in a paragraph is a
   * tab stop (every occurrence would bury the reader in tab stops); terms
   * inside links or buttons are reached through the link itself.
   */
  private annotateSegment(segment: Segment, doc: Document): void {
    const { text, map } = normalize(segment.text);
    const tabStops = new Set<string>();
    for (const match of this.matcher.find(text)) {
      const termId = this.resolver!(match.form);
      if (!termId) continue;
      const n = this.nextMatch++;
      const elements = wrapRange(segment, map[match.start], map[match.end - 1] + 1, { [TERM_ATTR]: termId, [MATCH_ATTR]: String(n) }, this.record, doc);
      if (!elements.length) continue;
      this.occurrences.push({ termId, match: n, elements });
      if (!tabStops.has(termId) && !elements[0].closest('a[href], button')) {
        tabStops.add(termId);
        elements[0].tabIndex = 0;
      }
    }
  }

  /** Removes every wrapper and restores the text nodes; stops a pass in progress. */
  clear(doc: Document = document): void {
    this.generation++;
    unwrapAll(this.record);
    this.occurrences.length = 0;
    this.resolver = undefined;
    doc.documentElement.removeAttribute(STATE_ATTR);
  }
}
