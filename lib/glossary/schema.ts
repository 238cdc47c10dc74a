/**
 * The glossary's data model, as valibot schemas. The data in `data/` is
 * validated against these in tests (tests/lib/glossary/validate.test.ts) and
 * by `lib/glossary/validate.ts`, which also checks cross-references.
 *
 * Why valibot: it is a maintained schema library whose functions tree-shake,
 * so the content script (which imports only the types) pays nothing for it.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Every user-visible text exists in English and Japanese. */
export const Bilingual = v.strictObject({ en: nonEmpty, ja: nonEmpty });
export type Bilingual = v.InferOutput<typeof Bilingual>;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase-kebab'));

import { CATEGORIES, type Category } from './categories';

export { CATEGORIES, type Category };

/**
 * An abbreviation such as "5-HT3" or "ACC". Abbreviations match
 * case-sensitively unless `caseInsensitive` is set. An abbreviation that
 * means other things elsewhere is `ambiguous` and needs one of the term's
 * context `cues` (or one of its full names) in the article before it is
 * annotated.
 */
export const Abbreviation = v.strictObject({
  text: nonEmpty,
  caseInsensitive: v.optional(v.boolean()),
  ambiguous: v.optional(v.boolean()),
});
export type Abbreviation = v.InferOutput<typeof Abbreviation>;

export const Term = v.strictObject({
  id: Id,
  category: v.picklist(CATEGORIES),
  /** Preferred name. */
  name: Bilingual,
  /**
   * Full-name variants in English, matched case-insensitively; regular
   * plurals are generated (lib/glossary/forms.ts), so write base forms.
   */
  variants: v.array(nonEmpty),
  abbreviations: v.array(Abbreviation),
  /**
   * Words that, found near an ambiguous abbreviation or in the article,
   * show the glossary's sense is meant (e.g. "cingulate" for ACC).
   */
  cues: v.optional(v.array(nonEmpty)),
  /** Expert definition, 1–3 sentences. */
  definition: Bilingual,
  /** Plain-language explanation for a patient. */
  plain: Bilingual,
  related: v.array(Id),
  /** References backing specific statements in the definition. */
  references: v.array(Id),
  /** Best review(s) for "Open the related review", most relevant first. */
  reviews: v.optional(v.array(Id)),
});
export type Term = v.InferOutput<typeof Term>;

/** What the matcher needs of a term: the content script carries only this. */
export type MatchTerm = Pick<Term, 'id' | 'variants' | 'abbreviations' | 'cues'>;

export const DIRECTIONS = ['increases', 'decreases', 'switches', 'associated'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const EVIDENCE = ['human-clinical', 'human-experimental', 'animal-model', 'in-vitro', 'review'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const Claim = v.strictObject({
  id: Id,
  statement: Bilingual,
  /** All terms the claim links; `subject` and `object` are among them. */
  terms: v.pipe(v.array(Id), v.minLength(1)),
  subject: Id,
  object: Id,
  /** The verb as written, e.g. "mediates", "weakens". */
  relation: nonEmpty,
  direction: v.picklist(DIRECTIONS),
  evidence: v.picklist(EVIDENCE),
  /** Term ids of the conditions the claim concerns, if any. */
  conditions: v.optional(v.array(Id)),
  references: v.pipe(v.array(Id), v.minLength(1, 'a claim needs at least one reference')),
});
export type Claim = v.InferOutput<typeof Claim>;

/**
 * The page of a record a passage was checked on, and so the page its link
 * opens: the PMC article page (by PMCID) or the PubMed abstract page (by PMID).
 */
export const PASSAGE_PAGES = ['pmc', 'pubmed'] as const;
export type PassagePage = (typeof PASSAGE_PAGES)[number];

/**
 * The terms of a URL text directive (WICG URL Fragment Text Directives,
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`), as plain text: a few
 * words at each end of the passage, verbatim from the page.
 */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/**
 * The passage of a claim's source that supports it (data/passages.json,
 * keyed by claim id): which reference and page, the text directive that
 * finds it there, and where it was checked, with the sentence or two of the
 * page as stored (the directive's words must occur in it, in order).
 */
export const Passage = v.strictObject({
  /** A reference of the claim. */
  ref: Id,
  page: v.picklist(PASSAGE_PAGES),
  prefix: v.optional(nonEmpty),
  textStart: nonEmpty,
  textEnd: v.optional(nonEmpty),
  suffix: v.optional(nonEmpty),
  checked: v.strictObject({
    /** The address of the stored page the words were read on. */
    url: v.pipe(v.string(), v.url('checked.url must be a URL')),
    /** The supporting sentence or two, verbatim as stored. */
    excerpt: nonEmpty,
    /** When the stored copy is not at its NCBI address (a mirror or proxy of the same page): what it is. */
    via: v.optional(nonEmpty),
  }),
  /** What the passage does not cover of the claim, or any other caveat. */
  note: v.optional(nonEmpty),
});
export type Passage = v.InferOutput<typeof Passage>;

export const IDENTIFIER_FIELDS = ['pmid', 'pmcid', 'doi'] as const;

/**
 * A bibliographic record copied from data/literature/references.json,
 * keeping only the fields listed in its `verified_fields`.
 */
export const Reference = v.strictObject({
  id: Id,
  title: v.optional(nonEmpty),
  authors: v.optional(nonEmpty),
  journal: v.optional(nonEmpty),
  year: v.optional(v.number()),
  volume: v.optional(nonEmpty),
  issue: v.optional(nonEmpty),
  pages: v.optional(nonEmpty),
  pmid: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/))),
  pmcid: v.optional(v.pipe(v.string(), v.regex(/^PMC\d+$/))),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/))),
  kind: v.picklist(['review', 'primary', 'clinical', 'report']),
});
export type Reference = v.InferOutput<typeof Reference>;
