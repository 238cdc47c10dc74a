/** Agreement and conflict of paper claims with the curated claims in data/claims.json. */
import { describe, expect, it } from 'vitest';
import { compareWithCurated, verdict, type ComparableClaim } from '../../../lib/claims/compare';
import { ClaimExtractor } from '../../../lib/claims/extract';
import { bundled } from '../../../lib/glossary/data';

const curated = bundled.claims;
const byId = (id: string) => curated.find((c) => c.id === id)!;
const paper = (subject: string, direction: ComparableClaim['direction'], object: string, negated = false): ComparableClaim => ({
  subject,
  object,
  direction,
  negated,
});
const verdicts = (p: ComparableClaim) => Object.fromEntries(compareWithCurated(p, curated).map((c) => [c.claim.id, c.verdict]));

describe('compareWithCurated', () => {
  it('agrees with a curated claim of the same terms and direction', () => {
    expect(verdicts(paper('noradrenaline', 'decreases', 'nociception'))).toEqual({
      'noradrenaline-inhibits-spinal-pain-transmission': 'agrees',
      'noradrenaline-effect-depends-on-site': 'related',
    });
  });

  it('conflicts with the opposite direction, and with a negated claim of the same direction', () => {
    expect(verdicts(paper('htr3', 'decreases', 'nociception'))).toEqual({
      'htr2a-htr3-antagonists-proposed-analgesic': 'conflicts',
      'htr3-descending-controls-pronociceptive-visceral-rats': 'conflicts',
    });
    expect(verdicts(paper('peripheral-nerve-injury', 'decreases', 'kcc2', true))).toEqual({
      'nerve-injury-reduces-kcc2-lamina-i-rats': 'conflicts',
    });
  });

  it('gives no verdict when the roles are reversed or one side is only an association', () => {
    expect(verdict(paper('nociception', 'increases', 'htr3'), byId('htr3-descending-controls-pronociceptive-visceral-rats'))).toBe(
      'related',
    );
    expect(verdict(paper('serotonin', 'increases', 'dnic'), byId('dnic-cpm-involve-monoamines-and-opioids'))).toBe('related');
    // Two associations are symmetric.
    expect(verdict(paper('dnic', 'associated', 'serotonin'), byId('dnic-cpm-involve-monoamines-and-opioids'))).toBe('agrees');
  });

  it('lists conflicts first and ignores claims about other terms', () => {
    const list = compareWithCurated(paper('noradrenaline', 'increases', 'nociception'), curated);
    expect(list.map((c) => c.verdict)).toEqual(['conflicts', 'related']);
    expect(compareWithCurated(paper('kcc2', 'decreases', 'migraine'), curated)).toEqual([]);
  });

  it('works end to end from a sentence', () => {
    const extractor = new ClaimExtractor(bundled.terms);
    const [claim] = extractor.fromSentence('Spinal 5-HT3 receptors inhibit nociception in naive rats.');
    expect(compareWithCurated(claim, curated).map((c) => c.verdict)).toEqual(['conflicts', 'conflicts']);
    const [agreeing] = extractor.fromSentence('KCC2 expression in lamina I was reduced after peripheral nerve injury.');
    expect(compareWithCurated(agreeing, curated)).toEqual([{ claim: byId('nerve-injury-reduces-kcc2-lamina-i-rats'), verdict: 'agrees' }]);
  });
});
