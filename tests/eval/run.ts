/**
 * `npm run eval` (scripts/eval.mjs loads this module with Vite's module
 * runner): checks the labels, then scores the pipeline with the bundled
 * glossary on the written set (./passages.ts) and, separately, on the
 * real-text set (./real-passages.ts, read from its HTML as the annotator
 * reads a page), with figures per glossary category.
 */
import { bundled } from '../../lib/glossary/data';
import { bundledInflections } from '../../lib/glossary/inflections';
import { evaluate, formatReport } from './evaluate';
import { labelProblems, sourceProblems } from './labels';
import { PASSAGES } from './passages';
import { realPassages, realSourceProblems } from './real';
import { REAL_ARTICLES } from './real-passages';

export async function main(): Promise<number> {
  const ids = new Set(bundled.terms.map((t) => t.id));
  const real = realPassages();
  const problems = [
    ...labelProblems(PASSAGES, ids),
    ...(await sourceProblems(PASSAGES)),
    ...labelProblems(real, ids),
    ...realSourceProblems(),
  ];
  if (problems.length) {
    console.error(`The labelled sets have problems:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const pairs = PASSAGES.reduce((n, p) => n + (p.pairs?.length ?? 0), 0);
  console.log(
    `Written set: ${PASSAGES.length} passages (${PASSAGES.filter((p) => p.source !== 'written').length} from saved pages), ${pairs} abbreviation pairs.\n`,
  );
  console.log(formatReport(evaluate(PASSAGES, bundled.terms, { inflected: bundledInflections }), 'written set'));
  const realCount = REAL_ARTICLES.reduce((n, a) => n + a.passages.length, 0);
  const realPairs = real.reduce((n, p) => n + (p.pairs?.length ?? 0), 0);
  console.log(
    `\nReal-text set: ${realCount} passages from ${REAL_ARTICLES.length} articles, ${realPairs} abbreviation pairs (tests/eval/README.md).\n`,
  );
  console.log(formatReport(evaluate(real, bundled.terms, { inflected: bundledInflections }), 'real-text set', true));
  return 0;
}
