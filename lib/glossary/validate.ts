/**
 * Validates glossary data: each entry against its schema, then the links
 * between entries. Every problem names the entry (`kind:id`) and what is
 * wrong, so a malformed entry fails the tests with a readable message.
 */
import * as v from 'valibot';
import { Claim, Reference, Term, IDENTIFIER_FIELDS } from './schema';
import type { GlossaryData } from './data';
import { formsOf } from './forms';
import { passageProblems } from './passages';

export interface Problem {
  entry: string;
  message: string;
}

/** verified: for each reference id, the identifier fields that are verified in the shared literature. */
export interface ValidateOptions {
  verified?: Map<string, Set<string>>;
  /** Generated inflected forms per term id, checked for clashes like the authored ones. */
  inflected?: Record<string, readonly string[]>;
}

/** Valibot's issues as one line: "path: message; …". */
export function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function entryName(kind: string, raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return `${kind}:${typeof id === 'string' ? id : `#${index}`}`;
}

export function validateGlossary(
  data: { terms: unknown[]; claims: unknown[]; references: unknown[]; passages?: Record<string, unknown> },
  options: ValidateOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const add = (entry: string, message: string) => problems.push({ entry, message });

  const parsed: GlossaryData = { terms: [], claims: [], references: [] };
  const schemas = [
    ['term', Term, data.terms, parsed.terms],
    ['claim', Claim, data.claims, parsed.claims],
    ['reference', Reference, data.references, parsed.references],
  ] as const;
  for (const [kind, schema, raws, out] of schemas) {
    raws.forEach((raw, index) => {
      const result = v.safeParse(schema as v.GenericSchema, raw);
      if (result.success) (out as unknown[]).push(result.output);
      else add(entryName(kind, raw, index), describeIssues(result.issues));
    });
  }

  const termIds = new Set<string>();
  const refIds = new Set<string>();
  const claimIds = new Set<string>();
  for (const [kind, list, ids] of [
    ['term', parsed.terms, termIds],
    ['claim', parsed.claims, claimIds],
    ['reference', parsed.references, refIds],
  ] as const) {
    for (const entry of list) {
      if (ids.has(entry.id)) add(`${kind}:${entry.id}`, 'duplicate id');
      ids.add(entry.id);
    }
  }

  const checkRefs = (entry: string, ids: readonly string[]) => {
    for (const id of ids) if (!refIds.has(id)) add(entry, `dangling reference id "${id}"`);
  };
  const checkTerms = (entry: string, field: string, ids: readonly string[]) => {
    for (const id of ids) if (!termIds.has(id)) add(entry, `dangling term id "${id}" in ${field}`);
  };

  // A form (variant or abbreviation) belongs to one term unless ambiguous.
  const owners = new Map<string, { term: string; ambiguous: boolean }>();
  for (const term of parsed.terms) {
    const entry = `term:${term.id}`;
    checkTerms(entry, 'related', term.related);
    if (term.related.includes(term.id)) add(entry, 'relates to itself');
    checkRefs(entry, term.references);
    checkRefs(entry, term.reviews ?? []);
    // "Open the related review" needs an identifier to open.
    for (const id of term.reviews ?? []) {
      const ref = parsed.references.find((r) => r.id === id);
      if (ref && !ref.pmid && !ref.pmcid && !ref.doi) add(entry, `review "${id}" has no verified PMID, PMCID or DOI to open`);
    }
    const hasAmbiguous = term.abbreviations.some((a) => a.ambiguous);
    if (hasAmbiguous && !term.cues?.length) add(entry, 'ambiguous abbreviation without context cues');
    if (term.variants.length === 0 && term.abbreviations.length === 0) add(entry, 'no variants or abbreviations to match');
    const forms = formsOf(term, options.inflected?.[term.id] ?? []).map((f) => ({
      key: f.caseSensitive ? f.text : f.text.toLowerCase(),
      ambiguous: f.ambiguous,
    }));
    for (const form of forms) {
      const previous = owners.get(form.key);
      if (previous && previous.term !== term.id && !(previous.ambiguous && form.ambiguous)) {
        add(entry, `form "${form.key}" is also a form of term:${previous.term}; mark both ambiguous or keep one`);
      }
      owners.set(form.key, { term: term.id, ambiguous: form.ambiguous });
    }
  }

  for (const claim of parsed.claims) {
    const entry = `claim:${claim.id}`;
    checkTerms(entry, 'terms', claim.terms);
    checkTerms(entry, 'conditions', claim.conditions ?? []);
    for (const field of ['subject', 'object'] as const) {
      if (!claim.terms.includes(claim[field])) add(entry, `${field} "${claim[field]}" is not among its terms`);
    }
    checkRefs(entry, claim.references);
  }

  problems.push(
    ...passageProblems(data.passages ?? {}, new Map(parsed.claims.map((c) => [c.id, c])), new Map(parsed.references.map((r) => [r.id, r]))),
  );

  if (options.verified) {
    for (const ref of parsed.references) {
      const verified = options.verified.get(ref.id);
      for (const field of IDENTIFIER_FIELDS) {
        if (ref[field] !== undefined && !verified?.has(field)) {
          add(`reference:${ref.id}`, `${field} ${ref[field]} is not a verified field`);
        }
      }
    }
  }
  return problems;
}
