/**
 * The words claim extraction reads: relation verbs by infinitive with the
 * direction each states, negation words, the nouns and gerunds that invert
 * a direction ("loss of KCC2 increases…" means KCC2 decreases…), and the
 * prepositions that mark a term as a modifier rather than a subject. Kept
 * apart from the extractor so the vocabulary can be read and extended alone.
 */
import type { Direction } from '../glossary/schema';

const verbs = (direction: Direction, list: string) => list.split(/\s+/).map((v) => [v, direction] as const);

/**
 * Relation verbs (infinitives, as compromise gives them) and their
 * directions. "mediate" and "contribute" state positive dependence
 * ("X mediates Y": without X, less Y), as the curated claims do.
 */
export const RELATION_VERBS: ReadonlyMap<string, Direction> = new Map([
  ...verbs(
    'increases',
    'increase enhance facilitate potentiate promote amplify augment elevate exacerbate aggravate upregulate up-regulate ' +
      'induce trigger evoke drive mediate contribute underlie produce cause strengthen activate engage maintain ' +
      'sensitize sensitise boost worsen',
  ),
  ...verbs(
    'decreases',
    'decrease reduce inhibit suppress attenuate diminish dampen block abolish prevent impair weaken lower downregulate ' +
      'down-regulate relieve alleviate restrain antagonize antagonise counteract limit blunt reverse ameliorate abrogate ' +
      'eliminate inactivate desensitize desensitise lessen mitigate',
  ),
  ...verbs('associated', 'modulate regulate associate correlate link influence affect predict involve implicate control alter gate'),
  ...verbs('switches', 'switch convert shift transform'),
]);

/** A quick test before running the tagger: does the text hold a word that may be a relation verb? */
export const RELATION_STEMS =
  /\b(?:increas|enhanc|facilitat|potentiat|promot|amplif|augment|elevat|exacerbat|aggravat|up-?regulat|induc|trigger|evok|drive|drove|driv|mediat|contribut|underl|produc|caus|strengthen|activat|engag|maintain|sensiti[sz]|boost|worsen|decreas|reduc|inhibit|suppress|attenuat|diminish|dampen|block|abolish|prevent|impair|weaken|lower|down-?regulat|reliev|alleviat|restrain|antagoni[sz]|counteract|limit|blunt|revers|ameliorat|abrogat|eliminat|inactivat|desensiti[sz]|lessen|mitigat|modulat|regulat|associat|correlat|link|influenc|affect|predict|involv|implicat|control|alter|gat|switch|convert|shift|transform)/i;

/** Verbs whose passive keeps the subject first: "X is associated with Y", "X is involved in Y". */
export const SYMMETRIC_PASSIVE = new Set(['associate', 'correlate', 'link', 'involve', 'implicate']);

/** Words that negate the relation when they stand between its subject and its verb. */
export const NEGATION = /\b(?:not|no|never|neither|nor|cannot|failed|fails|fail|unable|without)\b|n't\b/i;

/** "loss of X", "blockade of X", "blocking X": the relation holds for the opposite of X. */
export const INVERTING =
  /\b(?:loss|lack|absence|blockade|block|blocking|antagonism|inhibition|inhibiting|deletion|deleting|knockdown|knockout|ablation|ablating|lesions?|lesioning|depletion|depleting|removal|silencing|downregulation|reduction|deficiency)\s+(?:of\s+)?(?:the\s+|spinal\s+|central\s+|peripheral\s+)*$/i;

/** Prepositions that make a following term a modifier ("from the RVM", "in fibromyalgia"). */
export const PREPOSITIONS = new Set([
  'of',
  'in',
  'on',
  'at',
  'from',
  'by',
  'with',
  'within',
  'into',
  'onto',
  'via',
  'through',
  'to',
  'for',
  'after',
  'during',
  'following',
  'among',
  'between',
  'across',
  'as',
  'than',
  'over',
  'under',
  'upon',
  'like',
  'including',
]);

/** Words that may stand between a preposition and its term ("from the spinal RVM"). */
export const MODIFIER_WORDS =
  /^(?:the|a|an|its|their|this|these|those|spinal|central|peripheral|human|rat|mouse|murine|both|all|some|intrathecal|systemic|patients|people|women|men|subjects|individuals|participants|rats|mice|animals|with)$/i;

/** Agents of a passive: "reduced by X", "reduced after X", "enhanced in patients with X". */
export const PASSIVE_AGENT = /\b(?:by|after|following|with|during|in)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

/** Words that end a clause for the purpose of finding a subject or object. */
export const CLAUSE_BREAK =
  /;|:|\bwhereas\b|\bwhile\b|\bbut\b|\balthough\b|\bthough\b|\bhowever\b|\bunlike\b|\bin contrast\b|\brather than\b/gi;
