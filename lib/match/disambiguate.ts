/**
 * Who decides what an abbreviation means. A glossary that shows "anterior
 * cingulate cortex" where the paper meant acetyl-CoA carboxylase is worse
 * than none, so the policy prefers silence to a guess.
 *
 * The policy, in order (each rule has unit tests in
 * tests/lib/match/disambiguate.test.ts):
 *
 * (a) The paper's own definition comes first. When the paper defines a short
 *     form ("acetyl-CoA carboxylase (ACC)", found by lib/abbrev/), every
 *     mention of it takes the definition nearest before it (else the first
 *     after it):
 *     - if the long form is one of our glossary's names of a term (the whole
 *       long form, or with the words after the bracket: "hypothalamic-
 *       pituitary-adrenal (HPA) axis"), the mention is that term — even if
 *       the glossary does not list the short form ("dorsal horn (DH)");
 *     - if the glossary lists the short form and the long form holds, or
 *       begins, a name of one of its terms, the mention is that term;
 *     - if the short form is an unambiguous glossary abbreviation and the long
 *       form shares a content word with that term's names ("K+/Cl-
 *       cotransporter isoform 2 (KCC2)"), the mention is that term;
 *     - otherwise the mention is the paper's own abbreviation, shown as
 *       defined by the paper, never as our term ("ACC" as acetyl-CoA
 *       carboxylase never shows our cortex entry).
 *     A long form tied to a term is annotated as that term too, and every
 *     mention carries its definition (for "Defined in this paper as …").
 * (b) Otherwise an unambiguous glossary form is its term; an ambiguous one
 *     (ACC, CPM, TCA, CS, SP, FM, NE, NA, E2, LC, PAG …) is decided by
 *     evidence: occurrences of each candidate term's names (weight 2) and of
 *     its context cues (weight 1), against the cues of the senses the glossary
 *     does not cover (RIVAL_SENSES, from data/rival-senses.json: "carboxylase"
 *     for ACC, "counts" for CPM, "caesarean" for CS …). First in the window of nearby sentences around
 *     the mention (WINDOW_SENTENCES either side): if anything there speaks,
 *     the candidate with the most local evidence wins when it beats the rival
 *     senses (ties between candidates broken by the whole article); if nothing
 *     there speaks, the whole article decides, with at least ARTICLE_MIN of
 *     evidence and more than the rivals'. A tie that remains decides nothing.
 * (c) Otherwise the mention is left unannotated.
 *
 * Before all of this, some contexts never mean the glossary's sense
 * (NEVER), whatever the paper defines: PAG in SDS-PAGE (even when split
 * "SDS-PAG"), LC in LC-MS, TCA in "TCA cycle", CS in CS-US. (SDS-PAGE itself
 * never matches PAG: forms match at word boundaries only.)
 */
import { Automaton } from './automaton';
import { isWordChar } from './chars';
import { meansOneTerm, type CompiledForm, type Matcher } from './matcher';
import { lowerSameLength, normalize } from './normalize';
import type { MatchTerm, RivalSense } from '../glossary/schema';
import rivalSenses from '../../data/rival-senses.json';
import type { Span } from '../abbrev/sentences';

/** Sentences either side of the mention's own that count as "around" it. */
export const WINDOW_SENTENCES = 2;
/** A window never reaches further than this many characters from the mention. */
const WINDOW_MAX_CHARS = 1200;
/** Evidence the whole article must give a sense when the mention's window gives none. */
export const ARTICLE_MIN = 2;
const NAME_WEIGHT = 2;
const CUE_WEIGHT = 1;

/**
 * Cues of the other senses of ambiguous abbreviations, which the glossary
 * does not cover (data/rival-senses.json, validated with the glossary), by
 * short form without a plural "s". Matched as words; a cue in lower case in
 * any case, a cue with a capital ("US", "MS", "Krebs") only as written, so
 * "us" and "ms" (milliseconds) are no cues.
 */
export const RIVAL_SENSES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  (rivalSenses as RivalSense[]).map((r) => [r.abbreviation, r.cues]),
);

/** Contexts in which a form never means the glossary's sense. */
const NEVER: ReadonlyArray<{ form: RegExp; before?: RegExp; after?: RegExp }> = [
  { form: /^PAGs?$/, before: /SDS\s?-?\s?$/ },
  { form: /^PAGs?$/, after: /^E\b/ },
  { form: /^LC$/, after: /^\s?[-/]\s?(?:MS|ESI|UV|QTOF|TOF)\b/ },
  { form: /^TCA$/, after: /^[-\s]cycle\b/i },
  { form: /^CS$/, after: /^\s?[-/+]\s?US\b/ },
  { form: /^CS$/, before: /\bUS\s?[-/]\s?$/ },
];

export function neverTheGlossarySense(text: string, start: number, end: number): boolean {
  const form = text.slice(start, end);
  for (const rule of NEVER) {
    if (!rule.form.test(form)) continue;
    if (rule.before?.test(text.slice(Math.max(0, start - 8), start))) return true;
    if (rule.after?.test(text.slice(end, end + 8))) return true;
  }
  return false;
}

/** "TCAs" and "TCA" are one short form; "ACC" and "Acc" are not, nor "Cs" and "C". */
const PLURAL_OF_CAPITAL = /[\p{Lu}\p{N}]s$/u;
export function shortFormKey(shortForm: string): string {
  return shortForm.length > 2 && PLURAL_OF_CAPITAL.test(shortForm) ? shortForm.slice(0, -1) : shortForm;
}

// ---------------------------------------------------------------------------
// (a) The paper's definitions.

/** A definition the paper gives, placed in the article. */
export interface PaperDefinition {
  shortForm: string;
  longForm: string;
  /** Index of the segment (block of text) holding the definition. */
  segment: number;
  /** Offsets in that segment's normalised text. */
  start: number;
  end: number;
  shortStart: number;
  shortEnd: number;
  longStart: number;
  longEnd: number;
  /** The defining sentence, in the same segment. */
  sentence: Span;
  /** The glossary term the definition names, if any (rule a). */
  termId?: string;
}

const DETERMINER = /^(?:the|a|an)\s+/i;
/** Words too general to tie a long form to a term. */
const GENERAL_WORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'type',
  'receptor',
  'receptors',
  'factor',
  'system',
  'syndrome',
  'disorder',
  'disease',
  'pain',
  'cell',
  'cells',
  'neuron',
  'neurons',
  'nucleus',
  'protein',
  'gene',
  'test',
  'stimulus',
  'stimulation',
  'response',
  'level',
  'levels',
  'activity',
  'human',
  'chronic',
  'acute',
]);

function contentWords(text: string): string[] {
  return lowerSameLength(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !GENERAL_WORDS.has(w));
}

/**
 * The term a long form names, for rule (a). `names` holds every term's
 * names; `after` is the text just after the definition's bracket, for
 * "hypothalamic-pituitary-adrenal (HPA) axis" and "wide dynamic range (WDR)
 * neurons", where the name goes on after the short form.
 */
export function termOfLongForm(
  shortForm: string,
  longForm: string,
  matcher: Matcher,
  names: Pick<ReadonlyMap<string, readonly string[]>, 'get'>,
  after = '',
): string | undefined {
  const lf = normalize(longForm.replace(DETERMINER, '')).text.trim();
  const whole = wholeName(lf, matcher);
  if (whole) return whole;
  // The name continues after the bracket: one or two more words.
  const next = /^\s*([\p{L}\p{N}-]+)(?:\s+([\p{L}\p{N}-]+))?/u.exec(after);
  if (next) {
    const one = wholeName(`${lf} ${next[1]}`, matcher);
    if (one) return one;
    if (next[2]) {
      const two = wholeName(`${lf} ${next[1]} ${next[2]}`, matcher);
      if (two) return two;
    }
  }
  const modified = modifiedName(shortForm, lf, matcher, names);
  if (modified) return modified;
  const own = ownTerms(shortForm, matcher);
  if (!own) return undefined;
  const matches = matcher.find(lf).filter((m) => meansOneTerm(m.form));
  // A name of one of the short form's own terms inside the long form.
  const inside = matches.find((m) => own.termIds.includes(m.form.termIds[0]));
  if (inside) return inside.form.termIds[0];
  // The long form begins one of its own terms' names, and covers most of it.
  const lower = lowerSameLength(lf);
  for (const id of own.termIds) {
    for (const name of names.get(id) ?? []) {
      const n = lowerSameLength(normalize(name).text);
      if (n.startsWith(lower) && !isWordChar(n[lower.length]) && lower.length * 2 >= n.length) return id;
    }
  }
  // A short form whose long form shares a content word with its term's names (two words if the
  // short form is ambiguous: "spinal nerve ligated (SNL)", never "acetyl-CoA carboxylase (ACC)").
  const words = new Set(contentWords(lf));
  const sharing = own.termIds.filter(
    (id) => new Set((names.get(id) ?? []).flatMap(contentWords).filter((w) => words.has(w))).size >= (meansOneTerm(own) ? 1 : 2),
  );
  return sharing.length === 1 ? sharing[0] : undefined;
}

/** Modifiers before a name, at most: "inhibitory", "tibial", "diabetic". */
const MAX_MODIFIERS = 2;

/**
 * A long form made of a modifier or two and one of our names, abbreviated
 * as the modifiers' initials and the name's abbreviation or initials:
 * "inhibitory conditioned pain modulation (ICPM)", "tibial nerve
 * transection (TNT)". The term named.
 */
function modifiedName(
  shortForm: string,
  lf: string,
  matcher: Matcher,
  names: Pick<ReadonlyMap<string, readonly string[]>, 'get'>,
): string | undefined {
  const found = matcher.find(lf);
  const last = found[found.length - 1];
  if (!last || last.end !== lf.length || last.start === 0 || !meansOneTerm(last.form)) return undefined;
  const modifiers = lf
    .slice(0, last.start)
    .split(/[\s-]+/)
    .filter(Boolean);
  if (modifiers.length > MAX_MODIFIERS || modifiers.some((w) => !/^\p{L}/u.test(w))) return undefined;
  const initials = (words: string[]) => words.map((w) => w[0]).join('');
  const id = last.form.termIds[0];
  const prefix = initials(modifiers).toLowerCase();
  const sf = shortForm.toLowerCase();
  if (!sf.startsWith(prefix)) return undefined;
  const rest = sf.slice(prefix.length);
  const endings = [
    initials(
      lf
        .slice(last.start)
        .split(/[\s-]+/)
        .filter(Boolean),
    ),
    ...(names.get(id) ?? []),
  ];
  return rest.length >= 2 && endings.some((e) => e.toLowerCase() === rest) ? id : undefined;
}

/** The term whose unambiguous name is exactly `text`, if any. */
function wholeName(text: string, matcher: Matcher): string | undefined {
  const found = matcher.find(text);
  const m = found.length === 1 ? found[0] : undefined;
  if (m && m.start === 0 && m.end === text.length && meansOneTerm(m.form)) return m.form.termIds[0];
  return undefined;
}

/** The glossary's own reading of a short form: the form it matches as a whole. */
function ownTerms(shortForm: string, matcher: Matcher): CompiledForm | undefined {
  const all = matcher.find(shortForm);
  if (all.length === 1 && all[0].start === 0 && all[0].end === shortForm.length) return all[0].form;
  const key = shortFormKey(shortForm);
  if (key !== shortForm) return ownTerms(key, matcher);
  return undefined;
}

/**
 * Whether a short form the paper defines joins our own abbreviations with
 * a hyphen, dash or slash ("PAG-RVM", "LC/NE"): then its parts are read as
 * our terms (each decided like any mention) rather than the whole as the
 * paper's own abbreviation. "SDS-PAGE" and "LC-MS" do not: SDS, PAGE and
 * MS are none of ours.
 */
export function joinsOurAbbreviations(shortForm: string, matcher: Matcher): boolean {
  const parts = shortForm.split(/[-/]/);
  if (parts.length < 2) return false;
  return parts.every((part) => {
    const found = part ? matcher.find(part) : [];
    return found.length === 1 && found[0].start === 0 && found[0].end === part.length && found[0].form.caseSensitive;
  });
}

/** The paper's definitions, looked up by short form and position. */
export class Definitions {
  private readonly byKey = new Map<string, PaperDefinition[]>();

  constructor(readonly all: readonly PaperDefinition[]) {
    for (const definition of all) {
      const key = shortFormKey(definition.shortForm);
      const list = this.byKey.get(key);
      if (list) list.push(definition);
      else this.byKey.set(key, [definition]);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => a.segment - b.segment || a.start - b.start);
  }

  get shortForms(): string[] {
    return [...this.byKey.keys()];
  }

  /** The definition of `shortForm` nearest before (segment, offset), else the first after. */
  at(shortForm: string, segment = Number.MAX_SAFE_INTEGER, offset = 0): PaperDefinition | undefined {
    const list = this.byKey.get(shortFormKey(shortForm));
    if (!list) return undefined;
    // Binary search for the last definition at or before (segment, offset).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = list[mid];
      if (d.segment < segment || (d.segment === segment && d.start <= offset)) lo = mid + 1;
      else hi = mid;
    }
    return list[Math.max(0, lo - 1)];
  }
}

// ---------------------------------------------------------------------------
// (b) Evidence: names and cues of each term, and rival senses, by position.

const RIVAL = 'rival:';
const NAME = 'name:';
const CUE = 'cue:';

/** Positions of evidence per key and segment, for counts in a window and in the article. */
export class Evidence {
  private readonly positions = new Map<string, Map<number, number[]>>();
  private readonly totals = new Map<string, number>();

  add(key: string, segment: number, start: number): void {
    let bySegment = this.positions.get(key);
    if (!bySegment) this.positions.set(key, (bySegment = new Map()));
    const list = bySegment.get(segment);
    if (list) list.push(start);
    else bySegment.set(segment, [start]);
    this.totals.set(key, (this.totals.get(key) ?? 0) + 1);
  }

  /** Sorts positions; call once after adding. */
  seal(): void {
    for (const bySegment of this.positions.values()) for (const list of bySegment.values()) list.sort((a, b) => a - b);
  }

  /** Occurrences of `key` in [from, to) of `segment`, except one starting in [skipFrom, skipTo). */
  count(key: string, segment: number, from: number, to: number, skipFrom: number, skipTo: number): number {
    const list = this.positions.get(key)?.get(segment);
    if (!list) return 0;
    let n = lowerBound(list, to) - lowerBound(list, from);
    n -= lowerBound(list, skipTo) - lowerBound(list, skipFrom);
    return Math.max(0, n);
  }

  total(key: string): number {
    return this.totals.get(key) ?? 0;
  }
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds cue words (of the terms that ambiguous forms may mean, and of the
 * rival senses) in segments: one trie, one scan per segment.
 */
export class CueScanner {
  /** Cues in lower case, matched in the lower-cased text; cues with a capital ("US", "MS", "Krebs"), matched as written. */
  private readonly groups: Array<{ automaton: Automaton; patterns: string[]; keys: string[][]; lower: boolean }>;

  /** `rivals`: the short forms whose rival senses to look for (all by default). */
  constructor(terms: Iterable<Pick<MatchTerm, 'id' | 'cues'>>, candidates: ReadonlySet<string>, rivals?: ReadonlySet<string>) {
    const byPattern = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
    const add = (cue: string, key: string) => {
      const text = normalize(cue.trim()).text;
      if (!text) return;
      const lower = lowerSameLength(text);
      const group = byPattern[lower === text ? 0 : 1];
      let keys = group.get(text);
      if (!keys) group.set(text, (keys = new Set()));
      keys.add(key);
    };
    for (const term of terms) {
      if (!candidates.has(term.id)) continue;
      for (const cue of term.cues ?? []) add(cue, CUE + term.id);
    }
    for (const [form, cues] of Object.entries(RIVAL_SENSES))
      if (!rivals || rivals.has(form)) for (const cue of cues) add(cue, RIVAL + form);
    this.groups = byPattern.map((group, i) => {
      const patterns = [...group.keys()];
      return { automaton: new Automaton(patterns), patterns, keys: patterns.map((p) => [...group.get(p)!]), lower: i === 0 };
    });
  }

  scan(text: string, segment: number, evidence: Evidence): void {
    for (const { automaton, patterns, keys, lower } of this.groups) {
      if (!patterns.length) continue;
      for (const hit of automaton.search(lower ? lowerSameLength(text) : text)) {
        const pattern = patterns[hit.pattern];
        if (isWordChar(pattern[0]) && isWordChar(text[hit.start - 1])) continue;
        if (isWordChar(pattern[pattern.length - 1]) && isWordChar(text[hit.end])) continue;
        for (const key of keys[hit.pattern]) evidence.add(key, segment, hit.start);
      }
    }
  }
}

/** Records a glossary match as evidence of its term's sense (names only, not ambiguous forms). */
export function addNameEvidence(evidence: Evidence, form: CompiledForm, segment: number, start: number): void {
  if (!meansOneTerm(form)) return;
  evidence.add(NAME + form.termIds[0], segment, start);
}

/** Where a mention is, and the window around it, in segment coordinates. */
export interface MentionPlace {
  segment: number;
  start: number;
  end: number;
  windowStart: number;
  windowEnd: number;
}

/** The window of WINDOW_SENTENCES sentences either side of the one holding [start, end). */
export function windowAround(sentences: readonly Span[], start: number, end: number, textLength: number): [number, number] {
  let i = 0;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= start) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const from = sentences.length ? sentences[Math.max(0, i - WINDOW_SENTENCES)].start : 0;
  const to = sentences.length ? sentences[Math.min(sentences.length - 1, i + WINDOW_SENTENCES)].end : textLength;
  return [Math.max(from, start - WINDOW_MAX_CHARS), Math.min(to, end + WINDOW_MAX_CHARS)];
}

function localScore(evidence: Evidence, id: string, p: MentionPlace): number {
  return (
    NAME_WEIGHT * evidence.count(NAME + id, p.segment, p.windowStart, p.windowEnd, p.start, p.end) +
    CUE_WEIGHT * evidence.count(CUE + id, p.segment, p.windowStart, p.windowEnd, p.start, p.end)
  );
}

function articleScore(evidence: Evidence, id: string): number {
  return NAME_WEIGHT * evidence.total(NAME + id) + CUE_WEIGHT * evidence.total(CUE + id);
}

/**
 * Rule (b) for an ambiguous form: the term its context supports, or
 * undefined. `place` undefined: no position known, the article is the window.
 */
export function senseFromContext(form: CompiledForm, mentionText: string, evidence: Evidence, place?: MentionPlace): string | undefined {
  const rival = RIVAL + shortFormKey(mentionText);
  const candidates = form.termIds;
  const article = candidates.map((id) => articleScore(evidence, id));
  const rivalArticle = evidence.total(rival);
  if (place) {
    const local = candidates.map((id) => localScore(evidence, id, place));
    const rivalLocal = evidence.count(rival, place.segment, place.windowStart, place.windowEnd, place.start, place.end);
    if (Math.max(rivalLocal, ...local) > 0) {
      const best = argmax(candidates, (i) => local[i] * 1e6 + article[i]);
      return best !== undefined && local[best] > rivalLocal ? candidates[best] : undefined;
    }
  }
  const best = argmax(candidates, (i) => article[i]);
  if (best === undefined) return undefined;
  return article[best] >= ARTICLE_MIN && article[best] > rivalArticle ? candidates[best] : undefined;
}

/** The index with the strictly highest score, or undefined on a tie for first. */
function argmax(items: readonly unknown[], score: (i: number) => number): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  let tie = false;
  for (let i = 0; i < items.length; i++) {
    const s = score(i);
    if (s > bestScore) [best, bestScore, tie] = [i, s, false];
    else if (s === bestScore) tie = true;
  }
  return tie ? undefined : best;
}

// ---------------------------------------------------------------------------
// The decision for one mention.

/** A mention's meaning: a glossary term, the paper's own abbreviation, or both (a term the paper defines). */
export interface Decision {
  termId?: string;
  definition?: PaperDefinition;
}

/**
 * Decides one glossary match (`form`) or one occurrence of a paper-defined
 * short form (`form` undefined) at `place` in `text` (the segment's text).
 */
export function decide(
  form: CompiledForm | undefined,
  text: string,
  place: MentionPlace,
  definitions: Definitions,
  evidence: Evidence,
): Decision | undefined {
  const mention = text.slice(place.start, place.end);
  const never = neverTheGlossarySense(text, place.start, place.end);
  // (a) The paper's definition.
  const definition = definitions.at(mention, place.segment, place.start);
  if (definition) {
    if (!definition.termId) return { definition };
    return never ? undefined : { termId: definition.termId, definition };
  }
  if (!form || never) return undefined;
  if (meansOneTerm(form)) return { termId: form.termIds[0] };
  // (b) Context; (c) otherwise nothing.
  const termId = senseFromContext(form, mention, evidence, place);
  return termId ? { termId } : undefined;
}

/** What reading needs of a matcher's terms besides the matcher: their names and a cue scanner. */
export interface Lexicon {
  /**
   * Every matched term's names (variants and abbreviations, normalised), for
   * recognising long forms; gathered from the whole glossary on first use
   * (most articles define no abbreviation that needs them).
   */
  names: Pick<ReadonlyMap<string, readonly string[]>, 'get'>;
  /** Made on first use: only articles with an ambiguous form need cues. */
  readonly scanner: CueScanner;
}

const lexicons = new WeakMap<Matcher, Lexicon>();

/** The matcher's lexicon, made once per matcher, each part when first needed (they grow with the glossary, not the text). */
export function lexiconOf(matcher: Matcher): Lexicon {
  let lexicon = lexicons.get(matcher);
  if (!lexicon) {
    let scanner: CueScanner | undefined;
    lexicon = {
      names: { get: (id: string) => matcher.namesOf(id) },
      get scanner() {
        return (scanner ??= new CueScanner(
          matcher.cueTerms(),
          // The terms some ambiguous form may mean: the ones whose cues are worth scanning for.
          matcher.ambiguousTermIds(),
        ));
      },
    };
    lexicons.set(matcher, lexicon);
  }
  return lexicon;
}
