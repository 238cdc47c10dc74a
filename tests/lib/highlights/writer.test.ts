/**
 * The page's writer (lib/highlights/writer.ts) in WXT's fake browser
 * storage. A change to a highlight reads the stored record, applies the
 * patch and writes it back; two changes to one record at once both read the
 * old record, and the later write throws the earlier change away. These
 * tests make that happen on purpose (unawaited changes, as a reader's quick
 * clicks make them) and show that through the writer every change stays.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCHEMA_VERSION, type HighlightRecord } from '../../../lib/highlights/model';
import { getRecord, saveRecord, StorageWriteError, updateHighlight } from '../../../lib/highlights/store';
import { HighlightWriter } from '../../../lib/highlights/writer';

function record(id = 'h1'): HighlightRecord {
  return {
    v: SCHEMA_VERSION,
    id,
    article: { pmcid: 'PMC10159190' },
    quote: { exact: 'Anhedonia is defined as', prefix: '', suffix: '' },
    colour: 'yellow',
    note: '',
    tags: [],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('changes to one highlight made at the same moment', () => {
  it('straight to the store, the later write loses the earlier change (the race the writer prevents)', async () => {
    await saveRecord(record());
    await Promise.all([updateHighlight('h1', { colour: 'green' }), updateHighlight('h1', { note: 'Definition used in the paper' })]);
    const stored = await getRecord('h1');
    // One of the two changes is gone.
    expect(stored!.colour === 'green' && stored!.note === 'Definition used in the paper').toBe(false);
  });

  it('through the writer, a colour and a note saved together both stay', async () => {
    await saveRecord(record());
    const writer = new HighlightWriter();
    await Promise.all([writer.update('h1', { colour: 'green' }), writer.update('h1', { note: 'Definition used in the paper' })]);
    expect(await getRecord('h1')).toMatchObject({ colour: 'green', note: 'Definition used in the paper' });
  });

  it('tags saved right after a note: both stay, in the order asked', async () => {
    await saveRecord(record());
    const writer = new HighlightWriter();
    const writes = [
      writer.update('h1', { note: 'first' }),
      writer.update('h1', { tags: ['anhedonia'] }),
      writer.update('h1', { note: 'Definition used in the paper' }),
      writer.update('h1', { colour: 'pink' }),
    ];
    await Promise.all(writes);
    expect(await getRecord('h1')).toMatchObject({ note: 'Definition used in the paper', tags: ['anhedonia'], colour: 'pink' });
  });

  it('a failed write is reported to its caller, and the writes queued after it still run', async () => {
    await saveRecord(record());
    const writer = new HighlightWriter();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const failed = writer.update('h1', { colour: 'green' }).catch((e: unknown) => e);
    const next = writer.update('h1', { note: 'kept' });
    expect(await failed).toBeInstanceOf(StorageWriteError);
    expect(await next).toMatchObject({ note: 'kept', colour: 'yellow' });
    set.mockRestore();
  });

  it('says a record has writes pending until the caller of the last one resumes', async () => {
    await saveRecord(record());
    const writer = new HighlightWriter();
    const seen: boolean[] = [];
    const first = writer.update('h1', { colour: 'green' }).then(() => seen.push(writer.pending('h1')));
    const last = writer.update('h1', { note: 'n' }).then(() => seen.push(writer.pending('h1')));
    expect(writer.pending('h1')).toBe(true);
    expect(writer.pending('other')).toBe(false);
    await Promise.all([first, last]);
    expect(seen).toEqual([true, false]);
    await writer.settled();
    expect(writer.pending('h1')).toBe(false);
  });

  it('deleting after a pending note change deletes; undo brings back the note', async () => {
    await saveRecord(record());
    const writer = new HighlightWriter();
    const noted = writer.update('h1', { note: 'n' });
    const removed = writer.remove('h1');
    await noted;
    const old = await removed;
    expect(old).toMatchObject({ note: 'n' });
    expect((await getRecord('h1'))!.deleted).toBeTruthy();
    await writer.restore(old!);
    expect(await getRecord('h1')).toMatchObject({ note: 'n' });
  });
});
