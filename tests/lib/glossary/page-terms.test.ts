/** One list of a page's terms for the popup and the side panel: glossary terms, then the paper's own abbreviations. */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { indexGlossary } from '../../../lib/glossary/index';
import { pageTermList } from '../../../lib/glossary/page-terms';

const glossary = indexGlossary(bundled);

describe('pageTermList', () => {
  it('lists glossary terms first, then abbreviations the paper defines, and leaves unknown ids out', () => {
    const list = pageTermList(
      [
        { id: 'paper:VAS', count: 2, definedAs: 'visual analogue scale' },
        { id: 'kcc2', count: 4 },
        { id: 'no-such-term', count: 9 },
        { id: 'paper:XYZ', count: 1 },
        { id: 'dnic', count: 3 },
      ],
      glossary,
    );
    expect(list.map((t) => t.id)).toEqual(['kcc2', 'dnic', 'paper:VAS']);
    expect(list[2]).toMatchObject({ kind: 'paper', shortForm: 'VAS', definedAs: 'visual analogue scale', count: 2 });
    expect(list[0]).toMatchObject({ kind: 'glossary', category: glossary.terms.get('kcc2')!.category });
  });
});
