import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readArticle, readArticleSteps } from '../../../lib/match/pipeline';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';
import { bundled } from '../../../lib/glossary/data';
import { bundledInflections } from '../../../lib/glossary/inflections';

const matcher = new Matcher(bundled.terms, bundledInflections);

/** Blocks with what makes a reading depend on the whole article: definitions after use, ambiguous forms, cues far away. */
const BLOCKS = [
  'Pain and the ACC: the ACC and the PAG take part in descending inhibition.',
  'We measured CPM in patients with fibromyalgia (FM); FM patients had weaker CPM.',
  'Acetyl-CoA carboxylase (ACC) was not measured; the ACC enzyme is hepatic.',
  'Conditioned pain modulation (CPM) was tested with a cold pressor.',
  'The periaqueductal gray (PAG) projects to the rostral ventromedial medulla (RVM).',
  'Serotonin acts on 5-HT3 receptors in the dorsal horn; KCC2 was reduced.',
  'The cingulate cortex and insula respond to noxious heat; midbrain PAG too.',
  'SDS-PAGE showed the protein; TCA cycle enzymes were unchanged.',
].map((b) => normalize(b).text);

describe('the lazy reading', () => {
  it('gives the same mentions whatever the order blocks are asked for and evidence is gathered in (property)', () => {
    const expected = readArticle(BLOCKS, matcher).mentions;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: BLOCKS.length - 1 })), { maxLength: 40 }), (ops) => {
        const steps = readArticleSteps(BLOCKS, matcher);
        let step = steps.next();
        while (!step.done) step = steps.next();
        const reading = step.value;
        const prepare = reading.prepare();
        for (const op of ops) {
          if (op === -1) prepare.next();
          else expect(reading.mentionsAt(op)).toEqual(expected[op]);
        }
        for (let i = 0; i < BLOCKS.length; i++) expect(reading.mentionsAt(i)).toEqual(expected[i]);
        while (!prepare.next().done);
        expect(BLOCKS.map((_, i) => reading.waitsForEvidence(i))).toEqual(BLOCKS.map(() => false));
      }),
      { numRuns: 200 },
    );
  });

  it("says which blocks wait for the article's evidence: those with an ambiguous form, until it is gathered", () => {
    const steps = readArticleSteps(BLOCKS, matcher);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const reading = step.value;
    expect(reading.waitsForEvidence(0)).toBe(true); // ACC, PAG
    expect(reading.waitsForEvidence(5)).toBe(false); // 5-HT3, KCC2: one meaning each
    for (const s = reading.prepare(); !s.next().done; );
    expect(reading.waitsForEvidence(0)).toBe(false);
  });
});
