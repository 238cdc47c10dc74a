/**
 * The match data the content script carries: every form of every term
 * compiled by scripts/build-forms.mjs (lib/match/compiled.ts) into
 * data/generated/match.json, with each term's id, category and cues.
 * Definitions and claims stay out of the page's bundle (cards come from
 * the background).
 */
import match from '../../data/generated/match.json';
import { fromFile, type CompiledData, type CompiledFile } from '../match/compiled';

export const matchData: CompiledData = fromFile(match as unknown as CompiledFile);
