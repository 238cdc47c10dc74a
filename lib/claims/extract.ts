/**
 * Claims in a paper: sentences that relate two glossary terms through a
 * relation verb ("5-HT3 receptors mediate descending facilitation"), with
 * the subject, object, direction and negation read from the sentence.
 *
 * Steps: the article's text segments are normalised (lib/match/normalize)
 * and read by the same pipeline as the page (lib/match/pipeline.ts: the
 * paper's definitions, then context, decide what an abbreviation means, so
 * the popup's claims and the page's underlines always agree), then split
 * into sentences (./sentences, compromise's tokenizer); a sentence is
 * tagged by compromise only when it holds two different terms and a word
 * that may be a relation verb, which keeps a full PMC article to well under
 * a second. Each relation verb then takes:
 * - as subject, the nearest term before it in its clause that is not the
 *   object of a preposition ("descending facilitation from the RVM" →
 *   descending facilitation), or, after "and"/"or", the subject of the verb
 *   it is coordinated with;
 * - as object, the first term after it in its clause;
 * - in the passive, the agent ("by X", "after X", "in patients with X") as
 *   subject and the term before the verb as object, except for verbs whose
 *   passive keeps the order ("X is associated with Y");
 * - its direction from the lexicon (./lexicon), inverted by "loss of X",
 *   "blockade of X" or "X antagonist", and negation from compromise or a
 *   negation word between subject and verb.
 *
 * Uses compromise: the popup imports this module with import() so its
 * first paint does not wait; never import it from the content script.
 */
import nlp from 'compromise';
import { bundledInflections } from '../glossary/inflections';
import { Matcher } from '../match/matcher';
import { normalize } from '../match/normalize';
import { readArticleSteps, type Mention } from '../match/pipeline';
import type { Category, Direction, MatchTerm } from '../glossary/schema';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';
import {
  CLAUSE_BREAK,
  INVERTING,
  MODIFIER_WORDS,
  NEGATION,
  PASSIVE_AGENT,
  PREPOSITIONS,
  RELATION_STEMS,
  RELATION_VERBS,
  SYMMETRIC_PASSIVE,
} from './lexicon';

export interface PaperClaim {
  /** The sentence, normalised (as the matcher saw it). */
  sentence: string;
  subject: string;
  object: string;
  /** The verb phrase as written, e.g. "did not facilitate". */
  verb: string;
  /** Its infinitive, e.g. "facilitate". */
  lemma: string;
  direction: Direction;
  negated: boolean;
  /** Every glossary term in the sentence, in order of first appearance. */
  terms: string[];
  /** Where the subject and object stand in `sentence` ([start, end) offsets). */
  spans: { subject: [number, number]; object: [number, number] };
}

/** Time (ms) extractAsync works before letting the page (popup) paint and handle input. */
const SLICE_MS = 30;

/** A term the extractor can find; with a category, anatomical terms after "in" are read as places, not agents. */
export type ExtractorTerm = MatchTerm & { category?: Category };

interface Span {
  id: string;
  start: number;
  end: number;
}

interface VerbSpan {
  start: number;
  end: number;
  text: string;
  lemma: string;
  direction: Direction;
  passive: boolean;
  negative: boolean;
}

/** The parts of compromise's verb JSON we read. */
interface VerbJson {
  text: string;
  offset: { start: number; length: number };
  terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
  verb?: { infinitive?: string; negative?: boolean; grammar?: { passive?: boolean } };
}

/** Categories whose terms are places: "activated in the spinal cord" names no agent. */
const PLACE_CATEGORIES: ReadonlySet<Category> = new Set(['anatomy', 'cell']);
/** How far (characters) an object may follow its verb. */
const MAX_OBJECT_GAP = 90;
/** Words looked at before a term to see whether a preposition governs it. */
const PREPOSITION_LOOKBACK = 4;

const SHARES_OBJECT = /^(?:but|rather than)$/i;
const OPPOSITE: Partial<Record<Direction, Direction>> = { increases: 'decreases', decreases: 'increases' };
const AFTER_INVERTING = /^\s*(?:depletion|loss|deficiency|knockdown|knockout|deletion|blockade|antagonists?|inhibitors?|blockers?)\b/i;
const COORDINATED =
  /\b(?:and|or)\s+(?:(?:also|then|thereby|can|may|might|could|either|not|directly|indirectly|further|subsequently|\w+ly)\s+)?$/i;
const APPOSITION_BEFORE = /,\s*(?:an?|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u;

/** Inflected forms of the lexicon's verbs, for verbs compromise tags as nouns ("receptors drive pain"). */
const VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const base of RELATION_VERBS.keys()) {
    const stem = base.endsWith('e') ? base.slice(0, -1) : base;
    const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
    const ed = base.endsWith('e') ? `${base}d` : `${base}ed`;
    for (const form of [base, s, ed, `${stem}ing`]) forms.set(form, base);
  }
  forms.set('drove', 'drive').set('driven', 'drive').set('underlay', 'underlie').set('underlies', 'underlie');
  return forms;
})();
/** "is reduced", "was not significantly enhanced", "were blunted". */
const COPULA_PARTICIPLE = /\b(?:is|are|was|were|be|been|being)\s+((?:not\s+|no\s+longer\s+|\w+ly\s+)*)([\p{L}-]+)/giu;
const DETERMINER_BEFORE = /\b(?:a|an|the|this|that|these|those|its|their|our|any|no|each|every|further|greater|marked|significant)\s+$/i;

function wordsBefore(text: string, end: number, count: number): string[] {
  return text.slice(0, end).split(/\s+/).filter(Boolean).slice(-count);
}

/** Whether a preposition governs the term at `span` ("from the RVM", "in patients with X"). */
function isPrepositional(sentence: string, span: Span, from: number): boolean {
  const before = sentence.slice(from, span.start);
  const words = wordsBefore(before, before.length, PREPOSITION_LOOKBACK).reverse();
  for (const raw of words) {
    if (/[,;:()]$/.test(raw)) return false;
    const word = raw.toLowerCase();
    if (PREPOSITIONS.has(word)) return true;
    if (!MODIFIER_WORDS.test(word)) return false;
  }
  return false;
}

/** Whether the term at `span` is an apposition: "Ondansetron, a 5-HT3 antagonist, reduced". */
function isAppositive(sentence: string, span: Span, verbStart: number): boolean {
  return APPOSITION_BEFORE.test(sentence.slice(0, span.start)) && /^[^,]*,/.test(sentence.slice(span.end, verbStart));
}

/**
 * The clause around a verb: a subject is not looked for before a clause
 * break; an object is not looked for after one, except after "but" and
 * "rather than", which share the object ("promote rather than inhibit Y").
 */
function clauseBounds(sentence: string, verb: VerbSpan): { left: number; right: number } {
  let left = 0;
  let right = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index!;
    if (at + m[0].length <= verb.start) left = Math.max(left, at + m[0].length);
    else if (at >= verb.end && !SHARES_OBJECT.test(m[0])) right = Math.min(right, at);
  }
  return { left, right };
}

/** The glossary terms among `mentions` inside [from, to), with offsets from `from`. */
function spansIn(mentions: readonly Mention[], from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (const m of mentions)
    if (m.termId && m.start >= from && m.end <= to) spans.push({ id: m.termId, start: m.start - from, end: m.end - from });
  return spans;
}

/** Whether the relation holds of the opposite of the term at `span` ("loss of KCC2", "5-HT3 antagonists"). */
function isInverted(sentence: string, span: Span, from: number): boolean {
  return INVERTING.test(sentence.slice(from, span.start)) || AFTER_INVERTING.test(sentence.slice(span.end));
}

export class ClaimExtractor {
  private readonly matcher: Matcher;
  private readonly byId: Map<string, ExtractorTerm>;

  /** `inflected`: as for Matcher (default: the bundled glossary's generated forms). */
  constructor(terms: readonly ExtractorTerm[], inflected: (term: MatchTerm) => readonly string[] = bundledInflections) {
    this.matcher = new Matcher(terms, inflected);
    this.byId = new Map(terms.map((t) => [t.id, t]));
  }

  /** Claims in an article given as text segments (blocks); ambiguous abbreviations are resolved over the whole article. */
  extract(segments: readonly string[]): PaperClaim[] {
    const claims: PaperClaim[] = [];
    for (const step of this.steps(segments)) claims.push(...step());
    return claims;
  }

  /** As extract(), in slices of SLICE_MS so the popup stays responsive on a long article. */
  async extractAsync(
    segments: readonly string[],
    pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  ): Promise<PaperClaim[]> {
    const claims: PaperClaim[] = [];
    let sliceStart = performance.now();
    for (const step of this.steps(segments)) {
      claims.push(...step());
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
    return claims;
  }

  /**
   * One step per unique sentence of the article, after steps that read the
   * article (its definitions, then the evidence for ambiguous forms).
   */
  private *steps(segments: readonly string[]): Generator<() => PaperClaim[]> {
    const texts = segments.map((s) => normalize(s).text.trim()).filter(Boolean);
    const none = () => [];
    const read = readArticleSteps(texts, this.matcher);
    let step = read.next();
    for (; !step.done; step = read.next()) yield none;
    const reading = step.value;
    for (const _ of reading.prepare()) yield none;
    const seen = new Set<string>();
    for (let b = 0; b < texts.length; b++) {
      const text = texts[b];
      const mentions = reading.mentionsAt(b);
      let from = 0;
      for (const sentence of splitSentences(text)) {
        const at = text.indexOf(sentence, from);
        if (at >= 0) from = at + sentence.length;
        if (sentence.length > MAX_SENTENCE_CHARS || seen.has(sentence)) continue;
        seen.add(sentence);
        // A sentence the splitter changed (not found in its block) is read on its own.
        const spans = at < 0 ? undefined : spansIn(mentions, at, at + sentence.length);
        yield () => this.fromSentence(sentence, spans);
      }
    }
  }

  /**
   * Claims in one sentence. `spans`: its glossary terms as the article's
   * reading decided them (offsets in the sentence); without them, the
   * sentence is read on its own.
   */
  fromSentence(input: string, spans?: readonly Span[]): PaperClaim[] {
    const sentence = normalize(input).text.trim();
    if (!spans) {
      const read = readArticleSteps([sentence], this.matcher);
      let step = read.next();
      while (!step.done) step = read.next();
      spans = spansIn(step.value.mentionsAt(0), 0, sentence.length);
    }
    const terms = [...new Set(spans.map((s) => s.id))];
    if (terms.length < 2 || !RELATION_STEMS.test(sentence)) return [];
    const verbs = this.relationVerbs(sentence, spans);
    const claims: PaperClaim[] = [];
    const subjects: Array<Span | undefined> = [];
    verbs.forEach((verb, i) => {
      const previous = i > 0 ? verbs[i - 1] : undefined;
      const found = this.relate(sentence, spans, verb, previous, subjects[i - 1]);
      subjects.push(found?.subjectSpan);
      if (!found) return;
      const { subjectSpan, objectSpan, inverted } = found;
      if (subjectSpan.id === objectSpan.id) return;
      const negated =
        verb.negative || NEGATION.test(sentence.slice(Math.min(subjectSpan.end, verb.start), verb.start)) || NEGATION.test(verb.text);
      const direction = inverted ? (OPPOSITE[verb.direction] ?? verb.direction) : verb.direction;
      const claim: PaperClaim = {
        sentence,
        subject: subjectSpan.id,
        object: objectSpan.id,
        verb: verb.text,
        lemma: verb.lemma,
        direction,
        negated,
        terms,
        spans: { subject: [subjectSpan.start, subjectSpan.end], object: [objectSpan.start, objectSpan.end] },
      };
      if (
        !claims.some(
          (c) => c.subject === claim.subject && c.object === claim.object && c.direction === claim.direction && c.negated === claim.negated,
        )
      ) {
        claims.push(claim);
      }
    });
    return claims;
  }

  /** The relation verbs of a sentence, in order, outside term spans. */
  private relationVerbs(sentence: string, spans: readonly Span[]): VerbSpan[] {
    const insideTerm = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
    const found: VerbSpan[] = [];
    const verbs = nlp(sentence).verbs().json({ offset: true }) as VerbJson[];
    for (const v of verbs) {
      // The content verb is the last verb word of the phrase ("did not reduce", "is mediated"),
      // not a particle or a word of a term ("reduces wind-up" is read by compromise as "wind up").
      const main = [...v.terms]
        .reverse()
        .find(
          (t) => t.tags.includes('Verb') && !t.tags.includes('Particle') && !insideTerm(t.offset.start, t.offset.start + t.offset.length),
        );
      if (!main || main.tags.includes('Gerund')) continue;
      const start = main.offset.start;
      const end = start + main.offset.length;
      let lemma = VERB_FORMS.get(main.text.toLowerCase()) ?? (v.verb?.infinitive ?? main.text).toLowerCase();
      const prefix = /(up|down)-$/i.exec(sentence.slice(Math.max(0, start - 5), start));
      if (prefix) lemma = `${prefix[1].toLowerCase()}-${lemma}`;
      else if (sentence[start - 1] === '-') continue; // "5-HT3-mediated": part of a compound adjective
      const direction = RELATION_VERBS.get(lemma);
      if (!direction || insideTerm(start, end)) continue;
      // The phrase may begin inside a term ("pain catastrophizing did not predict"): start after it.
      const phraseStart = v.terms.find((t) => !insideTerm(t.offset.start, t.offset.start + t.offset.length))?.offset.start ?? start;
      found.push({
        start: phraseStart,
        end,
        text: sentence.slice(phraseStart, end).trim(),
        lemma,
        direction,
        passive: !!v.verb?.grammar?.passive,
        negative: !!v.verb?.negative,
      });
    }
    // compromise reads "is reduced" after a copula as an adjective: take it as a passive verb.
    for (const m of sentence.matchAll(COPULA_PARTICIPLE)) {
      const word = m[2];
      const start = m.index! + m[0].length - word.length;
      const lemma = VERB_FORMS.get(word.toLowerCase());
      if (!lemma || !word.toLowerCase().endsWith('ed') || insideTerm(start, start + word.length)) continue;
      if (found.some((f) => f.end === start + word.length)) continue;
      found.push({
        start: m.index!,
        end: start + word.length,
        text: m[0].trim(),
        lemma,
        direction: RELATION_VERBS.get(lemma)!,
        passive: true,
        negative: /\bnot\b/i.test(m[1]),
      });
    }
    // compromise sometimes tags a plural-subject verb as a noun ("receptors drive pain").
    for (const m of sentence.matchAll(/[\p{L}-]+/gu)) {
      const lemma = VERB_FORMS.get(m[0].toLowerCase());
      const start = m.index!;
      const end = start + m[0].length;
      if (!lemma || insideTerm(start, end) || DETERMINER_BEFORE.test(sentence.slice(0, start))) continue;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const afterTerm = spans.some((s) => s.end <= start && /^\s*$/.test(sentence.slice(s.end, start)));
      if (!afterTerm || m[0].toLowerCase().endsWith('ing')) continue;
      found.push({ start, end, text: m[0], lemma, direction: RELATION_VERBS.get(lemma)!, passive: false, negative: false });
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** Subject and object of one verb, or undefined. */
  private relate(
    sentence: string,
    spans: readonly Span[],
    verb: VerbSpan,
    previous: VerbSpan | undefined,
    previousSubject: Span | undefined,
  ): { subjectSpan: Span; objectSpan: Span; inverted: boolean } | undefined {
    const { left, right } = clauseBounds(sentence, verb);
    const before = spans.filter((s) => s.start >= left && s.end <= verb.start);
    const after = spans.filter((s) => s.start >= verb.end && s.end <= right && s.start - verb.end <= MAX_OBJECT_GAP);
    const passive = verb.passive && !SYMMETRIC_PASSIVE.has(verb.lemma);

    /** The nearest term before the verb that a preposition does not govern (else the first one). */
    const headBefore = (from: number): Span | undefined => {
      const pool = before.filter((s) => s.start >= from);
      const heads = pool.filter((s) => !isPrepositional(sentence, s, left) && !isAppositive(sentence, s, verb.start));
      return heads[heads.length - 1] ?? pool[0];
    };

    if (!passive) {
      const coordinated = previous && previousSubject && COORDINATED.test(sentence.slice(previous.end, verb.start));
      const subjectSpan = coordinated ? previousSubject : headBefore(previous && previous.end > left ? previous.end : left);
      if (!subjectSpan) return undefined;
      const objectSpan = after.find((s) => s.id !== subjectSpan.id);
      if (!objectSpan) return undefined;
      return { subjectSpan, objectSpan, inverted: isInverted(sentence, subjectSpan, left) };
    }

    const objectSpan = headBefore(left);
    if (!objectSpan) return undefined;
    const agent = after.find((s) => {
      const gap = sentence.slice(verb.end, s.start);
      if (!PASSIVE_AGENT.test(gap)) return false;
      const place = PLACE_CATEGORIES.has(this.byId.get(s.id)?.category as Category);
      return !(place && /\bin\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu.test(gap) && !/\bwith\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu.test(gap));
    });
    // "In fibromyalgia, CPM is reduced": the condition named first is the subject.
    const framing = before.find(
      (s) => s.end <= objectSpan.start && /^\s*(?:in|among)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu.test(sentence.slice(left, s.start)),
    );
    const subjectSpan = agent ?? framing;
    if (!subjectSpan || subjectSpan.id === objectSpan.id) return undefined;
    return { subjectSpan, objectSpan, inverted: isInverted(sentence, subjectSpan, agent ? verb.end : left) };
  }
}
