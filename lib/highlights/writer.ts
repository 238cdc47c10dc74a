/**
 * The writes one page (or the library) makes to highlight records, one
 * record at a time and in the order they were asked for.
 *
 * A change is a read-modify-write of the record (store.ts: read the stored
 * record, apply the patch, write it back). Two changes to one record that
 * run at once, say a colour picked and a note saved a moment later, both
 * read the same old record, and whichever writes last throws the other's
 * change away. The writer queues every write of a record (its first save
 * included) behind the previous one, so each change reads what the one
 * before it wrote. Records are independent: writes to different
 * highlights still run side by side. A failed write is reported to its
 * caller and does not stop the writes queued after it.
 */
import type { HighlightRecord } from './model';
import { deleteHighlight, restoreHighlight, saveRecord, updateHighlight, type HighlightPatch } from './store';

export class HighlightWriter {
  /** Per record: the end of its queue (never rejects). */
  private readonly queues = new Map<string, Promise<void>>();
  /** Per record: writes asked for and not yet finished. */
  private readonly outstanding = new Map<string, number>();

  /**
   * Whether writes to this record are queued or under way. A caller that
   * awaited a write and finds none pending holds the newest stored record.
   */
  pending(id: string): boolean {
    return this.outstanding.has(id);
  }

  /** Saves a new record (or one as it is). */
  create(record: HighlightRecord): Promise<void> {
    return this.run(record.id, () => saveRecord(record));
  }

  /** Changes colour, note or tags; resolves to the record as stored (undefined if it is gone). */
  update(id: string, patch: HighlightPatch): Promise<HighlightRecord | undefined> {
    return this.run(id, () => updateHighlight(id, patch));
  }

  /** Deletes (leaves a tombstone); resolves to the record as it was, for undo. */
  remove(id: string): Promise<HighlightRecord | undefined> {
    return this.run(id, () => deleteHighlight(id));
  }

  /** Brings a deleted record back. */
  restore(record: HighlightRecord): Promise<HighlightRecord> {
    return this.run(record.id, () => restoreHighlight(record));
  }

  /** Resolves when every write asked for so far has finished. */
  async settled(): Promise<void> {
    while (this.queues.size) await Promise.all(this.queues.values());
  }

  private run<T>(id: string, job: () => Promise<T>): Promise<T> {
    this.outstanding.set(id, (this.outstanding.get(id) ?? 0) + 1);
    // Counted down before the caller resumes, so that pending() is already up to date there.
    const result = (this.queues.get(id) ?? Promise.resolve()).then(job).finally(() => {
      const left = (this.outstanding.get(id) ?? 1) - 1;
      if (left) this.outstanding.set(id, left);
      else this.outstanding.delete(id);
    });
    const tail = result.then(
      () => {},
      () => {},
    );
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return result;
  }
}
