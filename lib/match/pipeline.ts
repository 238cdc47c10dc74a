/**
 * Reading an article: from its blocks of normalised text to the mentions to
 * annotate in each block, pure and DOM-free (the annotator maps offsets back
 * to text nodes).
 *
 * Steps, each linear in the text (in this order, so the visible blocks can
 * be decided before the rest: see LazyReading):
 * 1. the paper's own abbreviations (lib/abbrev/schwartz-hearst.ts) in every
 *    block with a bracket, each placed at its definition and defining
 *    sentence (sentences from the cheap splitter of lib/abbrev/sentences.ts,
 *    linear and free of any NLP library) and tied to a glossary term when
 *    its long form names one;
 * 2. glossary matches of each block (lib/match/matcher.ts), on demand;
 * 3. evidence for ambiguous forms: names and cues of the candidate terms and
 *    cues of rival senses, by position — gathered once, only if the article
 *    has an ambiguous form;
 * 4. every occurrence, anywhere in the article, of a short form the paper
 *    defines (with a plural "s" after a capital or digit), found with one
 *    trie; a long form that names a glossary term without being one of
 *    its forms ("hypothalamic-pituitary-adrenal (HPA) axis") is a mention too;
 *    a short form that joins our own abbreviations ("PAG-RVM") is not one
 *    mention: its parts are our terms, carrying the paper's definition of
 *    the whole;
 * 5. a decision per candidate mention (lib/match/disambiguate.ts: the
 *    paper's definition, then context, else nothing), then leftmost-longest
 *    among the mentions that have a meaning.
 */
import { Automaton } from './automaton';
import { finish } from '../steps';
import { isWordChar } from './chars';
import { Matcher, meansOneTerm, type CompiledForm, type TextMatch } from './matcher';
import {
  addNameEvidence,
  CueScanner,
  decide,
  Definitions,
  Evidence,
  joinsOurAbbreviations,
  lexiconOf,
  neverTheGlossarySense,
  shortFormKey,
  termOfLongForm,
  windowAround,
  type PaperDefinition,
} from './disambiguate';
import { findAbbreviations } from '../abbrev/schwartz-hearst';
import { spanIndexAt, splitSentences, type Span } from '../abbrev/sentences';
import type { MatchTerm } from '../glossary/schema';

export type { PaperDefinition } from './disambiguate';

/** How much text after a definition's bracket may complete its long form ("(HPA) axis"). */
const AFTER_CHARS = 40;

/** data-glossa-term of the paper's own abbreviations: "paper:<short form>". */
export const PAPER_PREFIX = 'paper:';

export interface Mention {
  /** Offsets in the block's normalised text (end exclusive). */
  start: number;
  end: number;
  /** The glossary term meant, if any. */
  termId?: string;
  /**
   * The paper's definition of this short form, if the paper defines it (with
   * `termId` when the definition names a glossary term, alone when the
   * abbreviation is the paper's own).
   */
  definition?: PaperDefinition;
  /** This mention is the short form inside its own definition. */
  defining?: boolean;
}

/** The value of data-glossa-term for a mention. */
export function termAttribute(mention: Mention): string {
  return mention.termId ?? `${PAPER_PREFIX}${mention.definition!.shortForm}`;
}

export interface Reading {
  /** Per block, its mentions in text order, none overlapping. */
  mentions: Mention[][];
  /** Every definition the paper gives, in text order. */
  definitions: PaperDefinition[];
}

interface Candidate {
  start: number;
  end: number;
  form?: CompiledForm;
}

/**
 * Reads an article given as its blocks of normalised text (as the annotator
 * collects them: one block per run of inline text, normalised with
 * lib/match/normalize.ts).
 */
export function readArticle(blocks: readonly string[], glossary: Matcher | readonly MatchTerm[]): Reading {
  const reading = finish(readArticleSteps(blocks, glossary));
  return { mentions: blocks.map((_, i) => reading.mentionsAt(i)), definitions: reading.definitions };
}

/**
 * A reading whose mentions are decided block by block, when first asked
 * for (the annotator asks for the visible blocks first). The paper's
 * definitions are known for the whole article from the start; glossary
 * matches are found per block on demand; the evidence for ambiguous forms
 * (names and cues across the whole article) is gathered by `prepare`, or
 * at once by the first block that needs it.
 */
export interface LazyReading {
  definitions: PaperDefinition[];
  /** The mentions of block `segment` (computed once). */
  mentionsAt(segment: number): Mention[];
  /** Whether deciding block `segment` needs the article's evidence (it has an ambiguous form) and it is not gathered yet. */
  waitsForEvidence(segment: number): boolean;
  /** Matches every block and gathers the evidence, in steps (a few blocks each). */
  prepare(): Generator<void>;
}

/**
 * readArticle in steps, for a caller that slices its work (the annotator
 * yields to the page between steps): each step is a block's worth of
 * finding the paper's definitions (only blocks with a bracket have any);
 * the generator returns the lazy reading.
 */
export function* readArticleSteps(blocks: readonly string[], glossary: Matcher | readonly MatchTerm[]): Generator<void, LazyReading> {
  const matcher = glossary instanceof Matcher ? glossary : new Matcher(glossary);
  const lexicon = lexiconOf(matcher);
  const names = lexicon.names;
  // Sentences are needed only around brackets and candidate mentions: split a block when first asked.
  const sentenceSpans: (Span[] | undefined)[] = [];
  const sentencesOf = (segment: number): Span[] => (sentenceSpans[segment] ??= splitSentences(blocks[segment]));
  const matches: (TextMatch[] | undefined)[] = [];
  const matchesOf = (segment: number): TextMatch[] => (matches[segment] ??= matcher.find(blocks[segment]));
  const ambiguousIn = (segment: number) => matchesOf(segment).some((m) => !meansOneTerm(m.form));

  // The paper's definitions, in every block that has a bracket.
  const longFormTerms = new Map<string, string | undefined>();
  const definitions: PaperDefinition[] = [];
  for (let segment = 0; segment < blocks.length; segment++) {
    const text = blocks[segment];
    if (!text.includes('(')) continue;
    const sentences = sentencesOf(segment);
    for (const pair of findAbbreviations(text, { sentences })) {
      const after = pair.pattern === 'long (short)' ? text.slice(pair.end, pair.end + AFTER_CHARS) : '';
      const key = `${pair.shortForm}\u0000${pair.longForm}\u0000${after}`;
      if (!longFormTerms.has(key)) longFormTerms.set(key, termOfLongForm(pair.shortForm, pair.longForm, matcher, names, after));
      const s = spanIndexAt(sentences, pair.start);
      const sentence = s >= 0 ? sentences[s] : { start: 0, end: text.length };
      definitions.push({ ...pair, segment, sentence: { start: sentence.start, end: sentence.end }, termId: longFormTerms.get(key) });
    }
    yield;
  }
  const byShortForm = new Definitions(definitions);
  const definitionsIn: PaperDefinition[][] = [];
  for (const d of definitions) (definitionsIn[d.segment] ??= []).push(d);

  // Evidence for ambiguous forms: gathered once (only when the article has one), by one
  // generator shared by `prepare` and by a block that needs it at once.
  const evidence = new Evidence();
  let gathered = false;
  function* gather(): Generator<void> {
    // What the evidence is read for: the terms the article's ambiguous forms may mean, and those forms' rival senses.
    const candidates = new Set<string>();
    const rivals = new Set<string>();
    for (let segment = 0; segment < blocks.length; segment++) {
      for (const m of matchesOf(segment)) {
        if (meansOneTerm(m.form)) continue;
        for (const id of m.form.termIds) candidates.add(id);
        rivals.add(shortFormKey(blocks[segment].slice(m.start, m.end)));
      }
      if (segment % 8 === 7) yield;
    }
    if (candidates.size) {
      // Only their names and cues, and those rivals, are ever counted (lib/match/disambiguate.ts senseFromContext).
      const scanner = new CueScanner(matcher.cueTerms(), candidates, rivals);
      for (let segment = 0; segment < blocks.length; segment++) {
        for (const m of matchesOf(segment)) if (candidates.has(m.form.termIds[0])) addNameEvidence(evidence, m.form, segment, m.start);
        scanner.scan(blocks[segment], segment, evidence);
        if (segment % 8 === 7) yield;
      }
    }
    evidence.seal();
    gathered = true;
  }
  let gathering: Generator<void> | undefined;
  const shared = () => (gathering ??= gather());
  const gatherNow = () => finish(shared());
  function* prepare(): Generator<void> {
    yield* shared();
  }

  // Occurrences of the paper's short forms, singular and plural.
  const shortForms = byShortForm.shortForms;
  const patterns = shortForms.flatMap((sf) => (/[\p{Lu}\p{N}]$/u.test(sf) ? [sf, `${sf}s`] : [sf]));
  const automaton = patterns.length ? new Automaton(patterns) : undefined;
  // Patterns of short forms that join our own abbreviations ("PAG-RVM").
  const joinsOurs = new Set(shortForms.filter((sf) => joinsOurAbbreviations(sf, matcher)));
  const compoundPattern = patterns.map((p) => joinsOurs.has(p) || (p.endsWith('s') && joinsOurs.has(p.slice(0, -1))));

  const decided: Mention[][] = [];
  const mentionsAt = (segment: number): Mention[] => {
    if (decided[segment]) return decided[segment];
    if (!gathered && ambiguousIn(segment)) gatherNow();
    const text = blocks[segment];
    const found = matchesOf(segment);
    const candidates: Candidate[] = found.map((m) => ({ start: m.start, end: m.end, form: m.form }));
    /** Occurrences of short forms that join our abbreviations: their parts carry the whole's definition. */
    const compounds: Candidate[] = [];
    if (automaton) {
      const span = (start: number, end: number) => start * 0x200000 + (end - start);
      const taken = new Set(candidates.map((c) => span(c.start, c.end)));
      for (const hit of automaton.search(text)) {
        if (isWordChar(text[hit.start - 1]) || isWordChar(text[hit.end])) continue;
        if (taken.has(span(hit.start, hit.end))) continue;
        (compoundPattern[hit.pattern] ? compounds : candidates).push({ start: hit.start, end: hit.end });
      }
    }
    const resolved: Mention[] = [];
    // A long form that names a glossary term but is no glossary form by itself
    // ("hypothalamic-pituitary-adrenal (HPA) axis") is a mention of that term.
    for (const d of definitionsIn[segment] ?? []) {
      if (!d.termId || overlapsAny(found, d.longStart, d.longEnd)) continue;
      resolved.push({ start: d.longStart, end: d.longEnd, termId: d.termId, definition: d });
    }
    for (const c of candidates) {
      // Only an ambiguous form's evidence is counted in a window of sentences: split the block only for one.
      const [windowStart, windowEnd] =
        c.form && !meansOneTerm(c.form) ? windowAround(sentencesOf(segment), c.start, c.end, text.length) : [c.start, c.end];
      const decision = decide(c.form, text, { segment, start: c.start, end: c.end, windowStart, windowEnd }, byShortForm, evidence);
      if (!decision) continue;
      const mention: Mention = { start: c.start, end: c.end, ...decision };
      const whole = !decision.definition && compounds.find((w) => w.start <= c.start && c.end <= w.end);
      if (whole) mention.definition = byShortForm.at(text.slice(whole.start, whole.end), segment, whole.start);
      const d = mention.definition;
      if (d && d.segment === segment && c.start >= d.shortStart && c.end <= d.shortEnd) mention.defining = true;
      resolved.push(mention);
    }
    return (decided[segment] = leftmostLongest(resolved));
  };
  return {
    definitions,
    mentionsAt,
    waitsForEvidence: (segment) => !gathered && ambiguousIn(segment),
    prepare,
  };
}

/** Whether any of `matches` (sorted, non-overlapping) overlaps [start, end): binary search. */
function overlapsAny(matches: readonly TextMatch[], start: number, end: number): boolean {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length && matches[lo].start < end;
}

function leftmostLongest(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Mention[] = [];
  let reach = 0;
  for (const m of mentions) {
    if (m.start < reach) continue;
    chosen.push(m);
    reach = m.end;
  }
  return chosen;
}

/** The longest text a paper's short form can match: ten characters (lib/abbrev/schwartz-hearst.ts), and a plural "s". */
const LONGEST_SHORT_FORM = 11;

/**
 * The mentions of one block that nothing else in the article can change,
 * found before the article is read: the annotator marks them at once (the
 * first viewport), and reading the whole article later gives each of them
 * again, unchanged (tests/lib/match/early.test.ts). `potential` holds every
 * short form the paper could define anywhere (potentialShortForms of each
 * block with a bracket, lib/abbrev/schwartz-hearst.ts). A glossary match is
 * such a mention when
 * - its form always means its one term (rule b needs no context);
 * - no definition can be of its short form (rule a): neither it nor its
 *   plural is a potential short form;
 * - no occurrence of a short form the paper may define can displace it
 *   (leftmost-longest): no word-bounded span that starts before it and
 *   reaches into it, or starts with it and ends after it, is a potential
 *   short form or one's plural;
 * - its context is not one where the form never means the glossary's sense.
 * Everything else (ambiguous forms, forms the paper may define, the paper's
 * own abbreviations) waits for the whole article.
 */
export function earlyMentions(text: string, matches: readonly TextMatch[], potential: ReadonlySet<string>): Mention[] {
  const isPotential = (s: string) => potential.has(s) || (s.endsWith('s') && potential.has(s.slice(0, -1)));
  const mentions: Mention[] = [];
  for (const m of matches) {
    if (!meansOneTerm(m.form) || neverTheGlossarySense(text, m.start, m.end)) continue;
    const key = shortFormKey(text.slice(m.start, m.end));
    if (potential.has(key) || potential.has(`${key}s`)) continue;
    if (displaceable(text, m.start, m.end, isPotential)) continue;
    mentions.push({ start: m.start, end: m.end, termId: m.form.termIds[0] });
  }
  return mentions;
}

/** Whether a short form occurrence (as readArticleSteps finds them) could take the place of [start, end). */
function displaceable(text: string, start: number, end: number, isPotential: (s: string) => boolean): boolean {
  for (let a = Math.max(0, start - LONGEST_SHORT_FORM + 1); a <= start; a++) {
    if (isWordChar(text[a - 1])) continue;
    for (let b = a === start ? end + 1 : start + 1; b <= Math.min(text.length, a + LONGEST_SHORT_FORM); b++) {
      if (!isWordChar(text[b]) && isPotential(text.slice(a, b))) return true;
    }
  }
  return false;
}
