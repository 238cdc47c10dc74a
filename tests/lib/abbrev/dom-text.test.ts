/** @vitest-environment happy-dom */
/**
 * Definitions in text as the annotator reads it: a block's text nodes joined
 * across inline elements and normalised, so a bracket may open in one node
 * and close in another, around what was a <sub> or <sup>. Offsets map back to
 * the DOM through the normalisation map.
 */
import { describe, expect, it } from 'vitest';
import { collectSegments, GENERIC_EXCLUDE } from '../../../lib/annotate/segments';
import { normalize } from '../../../lib/match/normalize';
import { findAbbreviations } from '../../../lib/abbrev/schwartz-hearst';
import { readArticle, termAttribute } from '../../../lib/match/pipeline';
import { bundled } from '../../../lib/glossary/data';
import { bundledInflections } from '../../../lib/glossary/inflections';
import { Matcher } from '../../../lib/match/matcher';

function blockOf(html: string) {
  document.body.innerHTML = `<main><p>${html}</p></main>`;
  const [segment] = collectSegments(document.querySelector('main')!, GENERIC_EXCLUDE);
  return { segment, ...normalize(segment.text) };
}

describe('definitions across inline elements', () => {
  it('reads a bracket that spans a <sub>: prostaglandin E<sub>2</sub> (PGE<sub>2</sub>)', () => {
    const { segment, text, map } = blockOf('prostaglandin E<sub>2</sub> (PGE<sub>2</sub>) sensitizes nociceptors');
    expect(segment.nodes.length).toBe(5);
    const [p] = findAbbreviations(text);
    expect([p.shortForm, p.longForm]).toEqual(['PGE2', 'prostaglandin E2']);
    // Back to the segment's raw text (and so to text nodes) through the map.
    expect(segment.text.slice(map[p.shortStart], map[p.shortEnd - 1] + 1)).toBe('PGE2');
    expect(segment.text.slice(map[p.start], map[p.end - 1] + 1)).toBe('prostaglandin E2 (PGE2)');
  });

  it('reads subscript digits, a bracket opening in one element and closing in another, and Unicode minus signs', () => {
    const { text } = blockOf(
      '5-hydroxytryptamine type 3 receptor <i>(</i>5-HT₃R<b>)</b>, and K<sup>+</sup>-Cl<sup>−</sup> cotransporter 2 <span>(KCC2</span>)',
    );
    expect(text).toBe('5-hydroxytryptamine type 3 receptor (5-HT3R), and K+-Cl- cotransporter 2 (KCC2)');
    expect(findAbbreviations(text).map((p) => [p.shortForm, p.longForm])).toEqual([
      ['5-HT3R', '5-hydroxytryptamine type 3 receptor'],
      ['KCC2', 'K+-Cl- cotransporter 2'],
    ]);
  });

  it('gives the pipeline mentions whose offsets land on the right text nodes', () => {
    const { segment, text, map } = blockOf(
      'the periaqueductal <em>gray</em> (<abbr>PAG</abbr>) and acetyl-CoA carboxylase (ACC); PAG and ACC',
    );
    const matcher = new Matcher(bundled.terms, bundledInflections);
    const reading = readArticle([text], matcher);
    const found = reading.mentions[0].map((m) => [segment.text.slice(map[m.start], map[m.end - 1] + 1), termAttribute(m)]);
    expect(found).toEqual([
      ['periaqueductal gray', 'pag'],
      ['PAG', 'pag'],
      ['ACC', 'paper:ACC'],
      ['PAG', 'pag'],
      ['ACC', 'paper:ACC'],
    ]);
  });
});
