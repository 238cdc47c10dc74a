/**
 * Highlight storage in browser.storage.local (WXT's fake browser in unit
 * tests): one key per highlight, so two tabs saving at once lose nothing;
 * schema migrations; delete with undo; a failed write (quota) leaves what
 * was saved intact and says so.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  allHighlights,
  allRecords,
  deleteHighlight,
  getRecord,
  highlightsOf,
  keyOf,
  migrateStored,
  restoreHighlight,
  saveRecord,
  saveRecords,
  StorageWriteError,
  updateHighlight,
  watchHighlights,
} from '../../../lib/highlights/store';
import { SCHEMA_VERSION, type HighlightRecord } from '../../../lib/highlights/model';

let n = 0;
function record(overrides: Partial<HighlightRecord> = {}): HighlightRecord {
  n++;
  return {
    v: SCHEMA_VERSION,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    article: { pmid: '38814972', doi: '10.1371/journal.pone.0300720', title: 'Brain age' },
    quote: { exact: `quote ${n}`, prefix: 'before ', suffix: ' after' },
    position: { start: n * 10, end: n * 10 + 7, layout: 'pubmed' },
    colour: 'yellow',
    note: '',
    tags: [],
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    modified: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('highlight storage', () => {
  it('two tabs saving 50 highlights each at the same time: all 100 are stored', async () => {
    const tabA = Array.from({ length: 50 }, () => record({ article: { pmcid: 'PMC11139261' } }));
    const tabB = Array.from({ length: 50 }, () => record({ article: { pmid: '38814972' } }));
    // Interleaved, unawaited writes, as two content scripts would make them.
    await Promise.all([...tabA.map(saveRecord), ...tabB.map(saveRecord)]);
    const stored = await allHighlights();
    expect(stored).toHaveLength(100);
    expect(new Set(stored.map((r) => r.id)).size).toBe(100);
  });

  it('finds an article by any shared identifier, across PubMed and PMC', async () => {
    await saveRecords([
      record({ article: { pmid: '38814972', doi: '10.1371/journal.pone.0300720' } }),
      record({ article: { pmcid: 'PMC11139261', doi: '10.1371/journal.pone.0300720' } }),
      record({ article: { pmid: '1' } }),
    ]);
    expect(await highlightsOf({ pmcid: 'PMC11139261', pmid: '38814972' })).toHaveLength(2);
    expect(await highlightsOf({ doi: '10.1371/journal.pone.0300720' })).toHaveLength(2);
    expect(await highlightsOf({ pmid: '2' })).toHaveLength(0);
  });

  it('updates note, colour and tags with a new modified time', async () => {
    const r = record();
    await saveRecord(r);
    const updated = await updateHighlight(r.id, { note: 'check this', colour: 'blue', tags: ['kcc2'] });
    expect(updated).toMatchObject({ note: 'check this', colour: 'blue', tags: ['kcc2'] });
    expect(updated!.modified > r.modified).toBe(true);
    expect(await getRecord(r.id)).toEqual(updated);
  });

  it('deletes to a tombstone without the text, and undo brings the highlight back', async () => {
    const r = record({ note: 'private note', tags: ['x'] });
    await saveRecord(r);
    const old = await deleteHighlight(r.id);
    expect(old).toEqual(r);
    expect(await allHighlights()).toEqual([]);
    const tomb = (await allRecords())[0];
    expect(tomb).toMatchObject({ id: r.id, note: '', tags: [], quote: { exact: '' } });
    expect(tomb.deleted).toBeTruthy();
    const restored = await restoreHighlight(old!);
    expect(restored.deleted).toBeUndefined();
    expect(await allHighlights()).toEqual([restored]);
    expect(restored).toMatchObject({ note: 'private note', tags: ['x'], quote: r.quote });
  });

  it('migrates v1 records when read and when stored again, and leaves unknown versions alone', async () => {
    const v1 = {
      v: 1,
      id: 'old-one',
      article: { pmid: '123' },
      exact: 'old quote',
      prefix: 'p ',
      suffix: ' s',
      start: 5,
      end: 14,
      site: 'pmc-legacy',
      colour: 'green',
      note: 'n',
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-02T00:00:00.000Z',
    };
    const future = { v: SCHEMA_VERSION + 1, id: 'future', whatever: true };
    await fakeBrowser.storage.local.set({ [keyOf('old-one')]: v1, [keyOf('future')]: future, unrelated: 1 });
    const expected = {
      v: 2,
      id: 'old-one',
      article: { pmid: '123' },
      quote: { exact: 'old quote', prefix: 'p ', suffix: ' s' },
      position: { start: 5, end: 14, layout: 'pmc-legacy' },
      colour: 'green',
      note: 'n',
      tags: [],
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-02T00:00:00.000Z',
    };
    expect(await allHighlights()).toEqual([expected]);
    expect(await migrateStored()).toBe(1);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[keyOf('old-one')]).toEqual(expected);
    expect(raw[keyOf('future')]).toEqual(future);
    expect(raw.unrelated).toBe(1);
    expect(await migrateStored()).toBe(0);
  });

  it('a quota error is reported and nothing already saved is lost', async () => {
    const kept = [record(), record()];
    await saveRecords(kept);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const error = await saveRecords([record(), { ...kept[0], note: 'edited' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as StorageWriteError).quota).toBe(true);
    set.mockRestore();
    expect(await allHighlights()).toEqual(kept);
  });

  it('tells watchers which highlights changed', async () => {
    const seen: string[] = [];
    const stop = watchHighlights((changed) => seen.push(...changed.map((c) => `${c.id}:${c.record?.note ?? '-'}`)));
    const r = record({ note: 'a' });
    await saveRecord(r);
    await fakeBrowser.storage.local.set({ other: 1 });
    stop();
    await saveRecord({ ...r, note: 'b' });
    expect(seen).toEqual([`${r.id}:a`]);
  });
});
