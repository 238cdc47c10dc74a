/**
 * The bundled glossary, claims, references and checked passages. Imported as JSON so the
 * bundler inlines them; typed by the schema (validated in tests, not at run
 * time, so the content script carries no validator).
 */
import molecules from '../../data/terms/molecules.json';
import anatomy from '../../data/terms/anatomy.json';
import mechanisms from '../../data/terms/mechanisms.json';
import conditions from '../../data/terms/conditions.json';
import drugs from '../../data/terms/drugs.json';
import claimsData from '../../data/claims.json';
import referencesData from '../../data/references.json';
import passagesData from '../../data/passages.json';
import type { Claim, Passage, Reference, Term } from './schema';

export interface GlossaryData {
  terms: Term[];
  claims: Claim[];
  references: Reference[];
  /** Checked supporting passages, by claim id (data/passages.json). */
  passages?: Record<string, Passage>;
}

export const bundled: GlossaryData = {
  terms: [...molecules, ...anatomy, ...mechanisms, ...conditions, ...drugs] as Term[],
  claims: claimsData as Claim[],
  references: referencesData as Reference[],
  passages: passagesData as Record<string, Passage>,
};
