/**
 * `npm run eval` (scripts/eval.mjs loads this module with Vite's module
 * runner): checks the labels, then scores the pipeline with the content
 * script's match data, once with the cheap sentence splitter (what the
 * content script uses at start-up) and once with the NLP splitter.
 */
import { bundled } from '../../lib/glossary/data';
import { bundledInflections } from '../../lib/glossary/inflections';
import { nlpSentences } from '../../lib/abbrev/nlp-sentences';
import { evaluate, formatReport } from './evaluate';
import { labelProblems, sourceProblems } from './labels';
import { PASSAGES } from './passages';

export async function main(): Promise<number> {
  const problems = [...labelProblems(PASSAGES, new Set(bundled.terms.map((t) => t.id))), ...(await sourceProblems(PASSAGES))];
  if (problems.length) {
    console.error(`The labelled set has problems:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  const pairs = PASSAGES.reduce((n, p) => n + (p.pairs?.length ?? 0), 0);
  console.log(
    `Labelled set: ${PASSAGES.length} passages (${PASSAGES.filter((p) => p.source !== 'written').length} from saved pages), ${pairs} abbreviation pairs.\n`,
  );
  console.log(formatReport(evaluate(PASSAGES, bundled.terms, { inflected: bundledInflections }), 'fallback sentence splitter'));
  const nlp = evaluate(PASSAGES, bundled.terms, { inflected: bundledInflections, sentences: nlpSentences });
  console.log(`\n${formatReport(nlp, 'NLP sentence splitter (compromise)').split('\n\n')[0]}`);
  return 0;
}
