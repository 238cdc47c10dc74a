/**
 * Term categories, in their own module without valibot, so the content
 * script (through lib/settings.ts) can use them without the schema library.
 */
export const CATEGORIES = [
  'neurotransmitter',
  'receptor',
  'molecule',
  'anatomy',
  'cell',
  'mechanism',
  'condition',
  'drug',
  'method',
  'symptom',
] as const;
export type Category = (typeof CATEGORIES)[number];
