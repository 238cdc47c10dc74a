/**
 * One disambiguation policy: the popup's claims (lib/claims/extract.ts)
 * read an ambiguous abbreviation exactly as the page's underlines do
 * (lib/match/pipeline.ts with the content script's match data), mention by
 * mention, around ACC and CS.
 */
import { describe, expect, it } from 'vitest';
import { ClaimExtractor } from '../../../lib/claims/extract';
import { bundled } from '../../../lib/glossary/data';
import { matchData } from '../../../lib/glossary/match-data';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';
import { readArticle } from '../../../lib/match/pipeline';

const extractor = new ClaimExtractor(bundled.terms);
const page = new Matcher(matchData);

/** The page's term at [start, end) of block `b`, as the content script underlines it. */
function underlined(blocks: string[]) {
  const texts = blocks.map((b) => normalize(b).text.trim());
  const { mentions } = readArticle(texts, page);
  return (sentence: string, [start, end]: [number, number]) => {
    const b = texts.findIndex((t) => t.includes(sentence));
    const at = texts[b].indexOf(sentence);
    return mentions[b].find((m) => m.start === at + start && m.end === at + end)?.termId;
  };
}

/** Claims as "subject direction object", and a check that each end is what the page underlines there. */
function agree(blocks: string[]): string[] {
  const termAt = underlined(blocks);
  return extractor.extract(blocks).map((c) => {
    expect(termAt(c.sentence, c.spans.subject), `subject of: ${c.sentence}`).toBe(c.subject);
    expect(termAt(c.sentence, c.spans.object), `object of: ${c.sentence}`).toBe(c.object);
    return `${c.subject} ${c.direction} ${c.object}`;
  });
}

describe('popup claims and page underlines agree', () => {
  it('ACC next to a rival sense is not our cortex in either, although the article elsewhere names the cortex', () => {
    const blocks = [
      'The anterior cingulate cortex responds to pain. The anterior cingulate cortex and the anterior cingulate cortex were imaged.',
      'In obese mice, ACC, a carboxylase, increases hyperalgesia.',
      'The ACC increases hyperalgesia after nerve injury in pain patients.',
    ];
    expect(agree(blocks)).toEqual(['acc increases hyperalgesia']);
    const termAt = underlined(blocks);
    expect(termAt('In obese mice, ACC, a carboxylase', [15, 18])).toBeUndefined();
  });

  it('CS is the conditioning stimulus where CPM testing surrounds it, central sensitization where the article speaks of it', () => {
    const blocks = [
      'Central sensitization amplifies pain. Central sensitization and hyperalgesia were widespread; central sensitization persists.',
      'During CPM testing, the CS reduced temporal summation.',
      'Widespread hyperalgesia shows that CS increases temporal summation in central pain.',
    ];
    expect(agree(blocks)).toEqual([
      'conditioning-stimulus decreases temporal-summation',
      'central-sensitization increases temporal-summation',
    ]);
  });
});
