/**
 * Highlights in browser.storage.local, one key per highlight
 * ("highlight:<id>"). Writers never read-modify-write a shared value, so two
 * tabs saving at the same moment cannot overwrite each other; the article a
 * highlight belongs to is a field of the record, and an article's list is
 * found by reading all records. Deleting leaves a small tombstone so that
 * undo works and an import cannot bring a deleted highlight back. Records
 * carry a schema version (migrations.ts). A write that fails (quota) throws
 * StorageFullError and leaves everything already saved as it was: several
 * records are always written in one set() call, which the browser applies
 * whole or not at all.
 */
import { browser } from 'wxt/browser';
import { sameArticle } from './article';
import { migrateRecord } from './migrations';
import { isLive, nowIso, type ArticleRef, type HighlightRecord } from './model';

export const KEY_PREFIX = 'highlight:';
export const keyOf = (id: string) => `${KEY_PREFIX}${id}`;

/** The storage is full (or another write error): nothing was written. */
export class StorageWriteError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
  ) {
    super(message);
    this.name = 'StorageWriteError';
  }
}

const local = () => browser.storage.local;

async function write(items: Record<string, HighlightRecord>): Promise<void> {
  try {
    await local().set(items);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StorageWriteError(message, /quota/i.test(message));
  }
}

/** Every highlight record, tombstones included, migrated in memory. */
export async function allRecords(): Promise<HighlightRecord[]> {
  const everything = (await local().get(null)) as Record<string, unknown>;
  const records: HighlightRecord[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const result = migrateRecord(value);
    if (result.kind !== 'unknown') records.push(result.record);
  }
  return records;
}

/** Live highlights, oldest first. */
export async function allHighlights(): Promise<HighlightRecord[]> {
  return (await allRecords()).filter(isLive).sort(byCreated);
}

export const byCreated = (a: HighlightRecord, b: HighlightRecord) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id);

/** Live highlights of one article (any identifier in common). */
export async function highlightsOf(article: ArticleRef): Promise<HighlightRecord[]> {
  return (await allHighlights()).filter((r) => sameArticle(r.article, article));
}

export async function getRecord(id: string): Promise<HighlightRecord | undefined> {
  const key = keyOf(id);
  const result = migrateRecord(((await local().get(key)) as Record<string, unknown>)[key]);
  return result.kind === 'unknown' ? undefined : result.record;
}

/** Saves a new or changed record as it is. */
export async function saveRecord(record: HighlightRecord): Promise<void> {
  await write({ [keyOf(record.id)]: record });
}

/** Saves several records in one write: all of them or none. */
export async function saveRecords(records: readonly HighlightRecord[]): Promise<void> {
  if (!records.length) return;
  await write(Object.fromEntries(records.map((r) => [keyOf(r.id), r])));
}

export type HighlightPatch = Partial<Pick<HighlightRecord, 'colour' | 'note' | 'tags'>>;

/** Changes note, colour or tags of one highlight; returns the new record. */
export async function updateHighlight(id: string, patch: HighlightPatch): Promise<HighlightRecord | undefined> {
  const current = await getRecord(id);
  if (!current || current.deleted) return undefined;
  const next: HighlightRecord = { ...current, ...patch, modified: nowIso() };
  await saveRecord(next);
  return next;
}

/**
 * Deletes a highlight: a tombstone without quote, note or tags stays (the
 * text is really gone from storage); returns the record as it was, which
 * the caller keeps in memory for undo.
 */
export async function deleteHighlight(id: string): Promise<HighlightRecord | undefined> {
  const current = await getRecord(id);
  if (!current || current.deleted) return undefined;
  const time = nowIso();
  await saveRecord(tombstone(current, time));
  return current;
}

export function tombstone(record: HighlightRecord, time: string): HighlightRecord {
  const { pmid, pmcid, doi, url } = record.article;
  return {
    v: record.v,
    id: record.id,
    article: { pmid, pmcid, doi, url },
    quote: { exact: '', prefix: '', suffix: '' },
    colour: record.colour,
    note: '',
    tags: [],
    created: record.created,
    modified: time,
    deleted: time,
  };
}

/** Undoes a delete: the record comes back as it was, with a new modified time. */
export async function restoreHighlight(record: HighlightRecord): Promise<HighlightRecord> {
  const { deleted: _deleted, ...rest } = record;
  const restored: HighlightRecord = { ...rest, modified: nowIso() };
  await saveRecord(restored);
  return restored;
}

/** Rewrites records stored in an older schema version; returns how many. */
export async function migrateStored(): Promise<number> {
  const everything = (await local().get(null)) as Record<string, unknown>;
  const migrated: HighlightRecord[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const result = migrateRecord(value);
    if (result.kind === 'migrated') migrated.push(result.record);
  }
  await saveRecords(migrated);
  return migrated.length;
}

/**
 * Calls `onChange` with the ids of highlights changed in storage (by any
 * tab, the library or an import). Returns a function that stops watching.
 */
export function watchHighlights(onChange: (changed: Array<{ id: string; record?: HighlightRecord }>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed: Array<{ id: string; record?: HighlightRecord }> = [];
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      const result = migrateRecord(change.newValue);
      changed.push({ id: key.slice(KEY_PREFIX.length), record: result.kind === 'unknown' ? undefined : result.record });
    }
    if (changed.length) onChange(changed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
