/**
 * The match data the content script carries: for each term its id,
 * variants (with generated inflections), abbreviations and cues — built by
 * scripts/build-forms.mjs into data/generated/match.json. Definitions and
 * claims stay out of the page's bundle (cards come from the background).
 */
import match from '../../data/generated/match.json';
import type { MatchTerm } from './schema';

export const matchTerms = match as MatchTerm[];

/** Inflections are already in `matchTerms`' variants. */
export const noInflections = (): readonly string[] => [];
