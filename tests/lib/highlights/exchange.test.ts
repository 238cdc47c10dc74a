/**
 * Export and import: W3C Web Annotation JSON-LD (AnnotationCollection) and
 * Markdown. Import validation lists every rejected item and why; merging
 * by id never overwrites a newer local edit or delete; the round trip
 * gives back the same records; a failed write changes nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toAnnotation, toCollection } from '../../../lib/highlights/jsonld';
import { applyImport, planImport, type ImportPlan } from '../../../lib/highlights/import';
import { escapeMarkdown, toMarkdown, type MarkdownLabels } from '../../../lib/highlights/markdown';
import { groupByArticle, searchGroups } from '../../../lib/highlights/library';
import { allHighlights, allRecords, deleteHighlight, saveRecords, StorageWriteError } from '../../../lib/highlights/store';
import { SCHEMA_VERSION, type HighlightRecord } from '../../../lib/highlights/model';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';
const T2 = '2026-03-03T10:00:00.000Z';

const base: HighlightRecord = {
  v: SCHEMA_VERSION,
  id: '2f1e7c0a-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
  article: {
    pmid: '38814972',
    pmcid: 'PMC11139261',
    doi: '10.1371/journal.pone.0300720',
    title: 'Brain age monotonicity and functional connectivity differences of healthy subjects',
    citation: { authors: 'Sorooshyari SK et al.', year: '2024', journal: 'PloS one' },
    url: 'https://pubmed.ncbi.nlm.nih.gov/38814972/',
  },
  quote: { exact: 'functional connectivity', prefix: 'age and ', suffix: ' differences' },
  position: { start: 120, end: 143, layout: 'pubmed' },
  section: 'Abstract',
  colour: 'green',
  note: 'Key claim',
  tags: ['fmri', 'aging'],
  created: T0,
  modified: T1,
};
const other: HighlightRecord = {
  ...base,
  id: 'b3c4d5e6-0000-4000-8000-000000000001',
  article: { pmcid: 'PMC11139261' },
  quote: { exact: 'healthy subjects', prefix: '', suffix: '' },
  position: undefined,
  section: undefined,
  colour: 'yellow',
  note: '',
  tags: [],
};
const strip = (r: HighlightRecord) => JSON.parse(JSON.stringify(r)) as HighlightRecord;

beforeEach(() => fakeBrowser.reset());

describe('W3C JSON-LD export', () => {
  it('writes an Annotation with quote and position selectors, note and tag bodies, and the colour as styleClass', () => {
    expect(toAnnotation(base)).toEqual({
      id: 'urn:uuid:2f1e7c0a-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
      type: 'Annotation',
      motivation: 'commenting',
      created: T0,
      modified: T1,
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Key claim', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'fmri' },
        { type: 'TextualBody', purpose: 'tagging', value: 'aging' },
      ],
      target: {
        type: 'SpecificResource',
        source: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11139261/',
        styleClass: 'glossa-green',
        selector: [
          { type: 'TextQuoteSelector', exact: 'functional connectivity', prefix: 'age and ', suffix: ' differences' },
          { type: 'TextPositionSelector', start: 120, end: 143, 'glossa:layout': 'pubmed' },
        ],
        'glossa:article': {
          'glossa:pmid': '38814972',
          'glossa:pmcid': 'PMC11139261',
          'glossa:doi': '10.1371/journal.pone.0300720',
          'glossa:title': base.article.title,
          'glossa:url': 'https://pubmed.ncbi.nlm.nih.gov/38814972/',
          'glossa:authors': 'Sorooshyari SK et al.',
          'glossa:year': '2024',
          'glossa:journal': 'PloS one',
        },
        'glossa:section': 'Abstract',
      },
      stylesheet: { type: 'CssStylesheet', value: '.glossa-green { background-color: #bbf7d0; }' },
    });
  });

  it('gathers live highlights in an AnnotationCollection with one page', () => {
    const c = toCollection([base, { ...other, deleted: T2 }], T2, '11111111-2222-4333-8444-555555555555');
    expect(c).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { glossa: 'https://glossa-reader.org/ns#' }],
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect((c.first as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe('JSON-LD import', () => {
  const file = (records: HighlightRecord[]) => JSON.stringify(toCollection(records, T2, '11111111-2222-4333-8444-555555555555'));

  it('round-trips: export, clear, import gives back the same records', async () => {
    await saveRecords([base, other]);
    const exported = file(await allHighlights());
    fakeBrowser.reset();
    const plan = planImport(exported, []) as ImportPlan;
    expect(plan.rejected).toEqual([]);
    expect(plan.add).toHaveLength(2);
    expect(await applyImport(plan)).toBe(2);
    expect((await allHighlights()).map(strip)).toEqual([base, other].map(strip));
  });

  it('lists every rejected item with its reasons, and keeps the valid ones', () => {
    const good = toAnnotation(base);
    const items = [
      good,
      'just a string',
      { ...good, id: undefined },
      { ...good, id: 'urn:x:2', type: 'Note' },
      { ...good, id: 'urn:x:3', target: { source: 'http://example.org/page', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      {
        ...good,
        id: 'urn:x:4',
        target: { source: 'https://pubmed.ncbi.nlm.nih.gov/1/', selector: [{ type: 'TextPositionSelector', start: 1, end: 2 }] },
      },
      { ...good, id: 'urn:x:5', created: 'yesterday', modified: undefined },
      {
        ...good,
        id: 'urn:x:6',
        target: { source: 'https://pubmed.ncbi.nlm.nih.gov/1/', selector: { type: 'TextQuoteSelector', exact: 'a'.repeat(30_000) } },
      },
      good,
    ];
    const plan = planImport(JSON.stringify({ type: 'AnnotationPage', items }), []) as ImportPlan;
    expect(plan.total).toBe(9);
    expect(plan.add.map((r) => r.id)).toEqual([base.id]);
    expect(plan.rejected.map((r) => [r.index, r.reasons.map((x) => x.reason)])).toEqual([
      [1, ['bad-field']],
      [2, ['no-id']],
      [3, ['not-annotation']],
      [4, ['no-article']],
      [5, ['no-quote']],
      [6, ['bad-time']],
      [7, ['too-long']],
      [8, ['duplicate-id']],
    ]);
    expect(plan.rejected[2].quote).toBe('functional connectivity');
    expect(plan.rejected[5].reasons[0].path).toBe('created');
    expect(plan.rejected[6].reasons[0].path).toBe('target.selector.exact');
  });

  it('refuses files that are not JSON or hold no annotations', () => {
    expect(planImport('{not json', [])).toEqual({ error: 'not-json' });
    expect(planImport('{"type":"Person"}', [])).toEqual({ error: 'no-annotations' });
  });

  it('never overwrites a newer local edit or delete; takes newer incoming edits', async () => {
    const localNewer = { ...base, note: 'edited here', modified: T2 };
    const localOlder = { ...other, note: 'old', modified: T0 };
    await saveRecords([localNewer, localOlder]);
    const deletedHere = { ...base, id: 'c0ffee00-0000-4000-8000-000000000002', modified: T0 };
    await saveRecords([deletedHere]);
    await deleteHighlight(deletedHere.id);
    const incoming = [
      { ...base, note: 'from the file', modified: T1 },
      { ...other, note: 'newer from the file', modified: T1 },
      { ...deletedHere, modified: T1 },
      { ...base, id: 'd0d0d0d0-0000-4000-8000-000000000003' },
    ];
    const plan = planImport(file(incoming), await allRecords()) as ImportPlan;
    expect(plan.keptLocal.sort()).toEqual([base.id, deletedHere.id].sort());
    expect(plan.update.map((r) => r.id)).toEqual([other.id]);
    expect(plan.add.map((r) => r.id)).toEqual(['d0d0d0d0-0000-4000-8000-000000000003']);
    await applyImport(plan);
    const byId = new Map((await allRecords()).map((r) => [r.id, r]));
    expect(byId.get(base.id)!.note).toBe('edited here');
    expect(byId.get(other.id)!.note).toBe('newer from the file');
    expect(byId.get(deletedHere.id)!.deleted).toBeTruthy();
  });

  it('an edit made after the plan was shown still wins when it is applied', async () => {
    await saveRecords([{ ...other, modified: T0 }]);
    const plan = planImport(file([{ ...other, note: 'file', modified: T1 }]), await allRecords()) as ImportPlan;
    await saveRecords([{ ...other, note: 'typed meanwhile', modified: T2 }]);
    expect(await applyImport(plan)).toBe(0);
    expect((await allHighlights())[0].note).toBe('typed meanwhile');
  });

  it('a failed import changes nothing', async () => {
    await saveRecords([{ ...other, modified: T0 }]);
    const before = await allRecords();
    const plan = planImport(file([{ ...other, note: 'file', modified: T1 }, base]), before) as ImportPlan;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(applyImport(plan)).rejects.toBeInstanceOf(StorageWriteError);
    set.mockRestore();
    expect(await allRecords()).toEqual(before);
  });

  it('accepts annotations from other tools: a bare annotation on a PubMed URL, whitespace in the quote', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      created: '2024-05-01T12:00:00Z',
      body: { type: 'TextualBody', value: 'interesting' },
      target: { source: 'https://pubmed.ncbi.nlm.nih.gov/38814972/', selector: { type: 'TextQuoteSelector', exact: ' brain\n  age ' } },
    };
    const plan = planImport(JSON.stringify(foreign), []) as ImportPlan;
    expect(plan.rejected).toEqual([]);
    expect(plan.add[0]).toMatchObject({
      id: 'https://hypothes.is/a/abc123',
      article: { pmid: '38814972' },
      quote: { exact: 'brain age', prefix: '', suffix: '' },
      note: 'interesting',
      colour: 'yellow',
      created: '2024-05-01T12:00:00.000Z',
      modified: '2024-05-01T12:00:00.000Z',
    });
  });
});

describe('Markdown export and the library view', () => {
  const labels: MarkdownLabels = {
    heading: 'Glossa highlights',
    summary: 'Exported 2026-03-03 · 1 article · 2 highlights',
    untitled: 'Untitled',
    colour: 'Colour',
    section: 'Section',
    tags: 'Tags',
    note: 'Note',
    colours: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
  };

  it('groups highlights made on PubMed and PMC as one article', () => {
    const groups = groupByArticle([base, other, { ...other, id: 'x', article: { pmid: '1' } }]);
    expect(groups.map((g) => g.highlights.length).sort()).toEqual([1, 2]);
    const brain = groups.find((g) => g.highlights.length === 2)!;
    expect(brain.article).toMatchObject({ pmid: '38814972', pmcid: 'PMC11139261', doi: '10.1371/journal.pone.0300720' });
  });

  it('writes per article the title, citation, links and each quote as a blockquote with colour and note', () => {
    const md = toMarkdown(
      groupByArticle([base, { ...other, quote: { exact: '# not a heading *nor emphasis*', prefix: '', suffix: '' } }]),
      labels,
    );
    expect(md).toBe(
      [
        '# Glossa highlights',
        '',
        'Exported 2026-03-03 · 1 article · 2 highlights',
        '',
        '## Brain age monotonicity and functional connectivity differences of healthy subjects',
        '',
        'Sorooshyari SK et al., 2024, PloS one',
        '',
        'PMID: [38814972](https://pubmed.ncbi.nlm.nih.gov/38814972/) · PMCID: [PMC11139261](https://pmc.ncbi.nlm.nih.gov/articles/PMC11139261/) · DOI: [10.1371/journal.pone.0300720](https://doi.org/10.1371/journal.pone.0300720)',
        '',
        '> functional connectivity',
        '',
        'Colour: Green · Section: Abstract · Tags: fmri, aging',
        '',
        'Note: Key claim',
        '',
        '> \\# not a heading \\*nor emphasis\\*',
        '',
        'Colour: Yellow',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown structure but keeps ordinary punctuation', () => {
    expect(escapeMarkdown('1. item [link](x) <b> a_b 5-HT3 (p < 0.05).')).toBe('1\\. item \\[link\\](x) \\<b\\> a\\_b 5-HT3 (p \\< 0.05).');
  });

  it('searches by quote, note and tag', () => {
    const groups = groupByArticle([base, other]);
    expect(searchGroups(groups, 'healthy')[0].highlights.map((h) => h.id)).toEqual([base.id, other.id]); // in the title
    expect(
      searchGroups(
        groupByArticle([base, { ...other, quote: { exact: 'resting state networks', prefix: '', suffix: '' } }]),
        'resting',
      )[0].highlights.map((h) => h.id),
    ).toEqual([other.id]);
    expect(searchGroups(groups, 'key claim')[0].highlights.map((h) => h.id)).toEqual([base.id]);
    expect(searchGroups(groups, '#aging')[0].highlights.map((h) => h.id)).toEqual([base.id]);
    expect(searchGroups(groups, '#healthy')).toEqual([]);
    expect(searchGroups(groups, 'nothing-like-this')).toEqual([]);
    expect(searchGroups(groups, 'PMC11139261')[0].highlights).toHaveLength(2);
  });
});
