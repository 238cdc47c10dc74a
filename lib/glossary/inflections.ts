/**
 * The generated inflected forms of the bundled glossary's variants
 * (data/generated/forms.json, built by scripts/build-forms.mjs). For code
 * that matches against `bundled.terms` (popup, tests). The content script
 * does not need it: its match data already carries the inflections.
 */
import generated from '../../data/generated/forms.json';
import type { MatchTerm } from './schema';

const GENERATED = generated as Record<string, string[]>;

export const bundledInflections = (term: MatchTerm): readonly string[] => GENERATED[term.id] ?? [];
