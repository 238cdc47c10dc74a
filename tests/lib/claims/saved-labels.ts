/**
 * Labels for the sentences of the saved NCBI pages (tests/fixtures/pages, read
 * in place) that hold two different glossary terms and a word that may be
 * a relation verb: every such sentence is listed, by file and the first
 * words of the sentence, with its claims under the rules of labelled.ts.
 * The pages are not about pain, so this is mostly a test of false
 * positives on real prose.
 */
import type { LabelledClaim } from './labelled';

export interface SavedLabel {
  file: string;
  startsWith: string;
  claims: LabelledClaim[];
}

export const SAVED_LABELS: SavedLabel[] = [
  { file: 'pmc-legacy-PMC1280342-thimerosal-2023.html', startsWith: 'Stereologic and autometallographic studies', claims: [] },
  { file: 'pmc-legacy-PMC2835157-2024.html', startsWith: 'Mean blood oxygen level dependent', claims: [] },
  { file: 'pmc-legacy-PMC2835157-2024.html', startsWith: 'Our finding of significantly greater right amygdala', claims: [] },
  { file: 'pmc-legacy-PMC2835157-2024.html', startsWith: 'In depressed and remitted individuals', claims: [] },
  {
    file: 'pmc-legacy-PMC2835157-2024.html',
    startsWith: 'These findings are in contrast to the abnormally elevated',
    // "…bipolar depression is associated with abnormal amygdala-OFC FC…"
    claims: [{ subject: 'depression', object: 'amygdala', direction: 'associated' }],
  },
  { file: 'pmc-legacy-PMC5220672-2024.html', startsWith: 'Keywords: Emotion processing', claims: [] },
  { file: 'pmc-legacy-PMC5220672-2024.html', startsWith: 'Rather, the primary finding of this study', claims: [] },
  { file: 'pmc-new-PMC2077939-2026.html', startsWith: 'In patients with alcohol dependence, VBM', claims: [] },
  { file: 'pmc-new-PMC2077939-2026.html', startsWith: 'In general, our data support the previous assumption', claims: [] },
  // Two sentences joined by the splitter ("8 hr. As predicted"); neither states a claim.
  { file: 'pmc-new-PMC2633119-2026.html', startsWith: 'Using functional magnetic resonance imaging', claims: [] },
  { file: 'pmc-new-PMC2633119-2026.html', startsWith: 'Thus far, a distributed system of brain regions', claims: [] },
  { file: 'pmc-new-PMC2633119-2026.html', startsWith: 'Several brain regions exhibited differential activation', claims: [] },
];
