/** The one view of a highlight (lib/highlights/view.ts), mapped from the stored record. */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type HighlightRecord } from '../../../lib/highlights/model';
import { toView } from '../../../lib/highlights/view';

const record: HighlightRecord = {
  v: SCHEMA_VERSION,
  id: 'h1',
  article: { pmcid: 'PMC10159190', title: 'Anhedonia' },
  quote: { exact: 'Anhedonia is defined as', prefix: 'p', suffix: 's' },
  position: { start: 1, end: 24, layout: 'pmc-legacy' },
  section: 'Introduction',
  colour: 'green',
  note: 'Definition used in the paper',
  tags: ['anhedonia'],
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-02T00:00:00.000Z',
};

describe('toView', () => {
  it('keeps what the lists show and nothing of the anchoring', () => {
    expect(toView(record, false)).toEqual({
      id: 'h1',
      exact: 'Anhedonia is defined as',
      note: 'Definition used in the paper',
      tags: ['anhedonia'],
      colour: 'green',
      section: 'Introduction',
      found: false,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-02T00:00:00.000Z',
    });
  });

  it('is found unless a page says otherwise, and has no section when the record has none', () => {
    const { section: _section, ...plain } = record;
    const view = toView(plain);
    expect(view.found).toBe(true);
    expect('section' in view).toBe(false);
  });
});
