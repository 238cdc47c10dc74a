/** Precision and recall of claim extraction against a labelled set (see labelled.ts for the rules). */
import type { ClaimExtractor, PaperClaim } from '../../../lib/claims/extract';
import type { LabelledClaim, LabelledSentence } from './labelled';

export interface Score {
  sentences: number;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  /** Sentence level: does the sentence state a claim at all? */
  sentencePrecision: number;
  sentenceRecall: number;
  /** Correct claims whose subject and object are also in the labelled order. */
  orderedCorrect: number;
  errors: Array<{ text: string; missed: LabelledClaim[]; wrong: Array<Pick<PaperClaim, 'subject' | 'object' | 'direction' | 'negated'>> }>;
}

const matches = (p: Pick<PaperClaim, 'subject' | 'object' | 'direction' | 'negated'>, l: LabelledClaim) =>
  ((p.subject === l.subject && p.object === l.object) || (p.subject === l.object && p.object === l.subject)) &&
  p.direction === l.direction &&
  p.negated === !!l.negated;

export function score(extractor: ClaimExtractor, set: readonly LabelledSentence[]): Score {
  let labelled = 0,
    predicted = 0,
    correct = 0,
    orderedCorrect = 0;
  let sentTp = 0,
    sentPred = 0,
    sentGold = 0;
  const errors: Score['errors'] = [];
  for (const item of set) {
    const got = extractor.fromSentence(item.text);
    labelled += item.claims.length;
    predicted += got.length;
    const used = new Set<number>();
    const wrong: Score['errors'][number]['wrong'] = [];
    for (const p of got) {
      const i = item.claims.findIndex((l, j) => !used.has(j) && matches(p, l));
      if (i >= 0) {
        used.add(i);
        correct++;
        if (item.claims[i].subject === p.subject) orderedCorrect++;
      } else wrong.push({ subject: p.subject, object: p.object, direction: p.direction, negated: p.negated });
    }
    const missed = item.claims.filter((_, j) => !used.has(j));
    if (missed.length || wrong.length) errors.push({ text: item.text, missed, wrong });
    if (got.length) sentPred++;
    if (item.claims.length) sentGold++;
    if (got.length && item.claims.length) sentTp++;
  }
  return {
    sentences: set.length,
    labelled,
    predicted,
    correct,
    precision: predicted ? correct / predicted : 1,
    recall: labelled ? correct / labelled : 1,
    sentencePrecision: sentPred ? sentTp / sentPred : 1,
    sentenceRecall: sentGold ? sentTp / sentGold : 1,
    orderedCorrect,
    errors,
  };
}
