/**
 * Floors for `npm run eval`, a little under the figures reached (see the
 * numbers in each line): a change that makes term detection or abbreviation
 * finding worse fails here. The labels are checked too, and every quote from
 * a saved page must still be in that page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundled } from '../../lib/glossary/data';
import { bundledInflections } from '../../lib/glossary/inflections';
import { evaluate, type Report } from './evaluate';
import { labelProblems, sourceProblems } from './labels';
import { PASSAGES } from './passages';

const FLOORS = {
  passages: 60,
  pairs: 80,
  // Reached: pain terms P 0.998, R 0.986; all terms P 0.998, R 0.985; pairs P 1.000, R 0.942.
  painPrecision: 0.985,
  painRecall: 0.975,
  allPrecision: 0.985,
  allRecall: 0.97,
  pairPrecision: 0.98,
  pairRecall: 0.92,
};

describe('the labelled set', () => {
  it(`has at least ${FLOORS.passages} passages and ${FLOORS.pairs} abbreviation pairs`, () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(FLOORS.passages);
    expect(PASSAGES.reduce((n, p) => n + (p.pairs?.length ?? 0), 0)).toBeGreaterThanOrEqual(FLOORS.pairs);
  });

  it('labels only text that is in its passage, with known term ids', () => {
    expect(labelProblems(PASSAGES, new Set(bundled.terms.map((t) => t.id)))).toEqual([]);
  });

  it('quotes the saved pages exactly', async () => {
    expect(await sourceProblems(PASSAGES)).toEqual([]);
  });
});

describe('eval floors', () => {
  let report: Report;
  beforeAll(() => {
    report = evaluate(PASSAGES, bundled.terms, { inflected: bundledInflections });
  });

  it('annotates no trap sense', () => {
    expect(report.traps.occurrences).toBeGreaterThan(20);
    expect(report.traps.annotated).toEqual([]);
  });

  it('detects terms in pain-neuroscience text', () => {
    expect(report.terms.pain.precision).toBeGreaterThanOrEqual(FLOORS.painPrecision);
    expect(report.terms.pain.recall).toBeGreaterThanOrEqual(FLOORS.painRecall);
  });

  it('detects terms in all text', () => {
    expect(report.terms.all.precision).toBeGreaterThanOrEqual(FLOORS.allPrecision);
    expect(report.terms.all.recall).toBeGreaterThanOrEqual(FLOORS.allRecall);
  });

  it('finds the paper’s abbreviation pairs', () => {
    expect(report.pairs.precision).toBeGreaterThanOrEqual(FLOORS.pairPrecision);
    expect(report.pairs.recall).toBeGreaterThanOrEqual(FLOORS.pairRecall);
  });
});
