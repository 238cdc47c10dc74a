/**
 * Migrations of stored highlight records, one step per schema version.
 * Each record carries its version (`v`); reading migrates old records in
 * memory and `migrateStored` (run by the background on update) writes them
 * back. A record from a newer version than this code knows is kept as it is
 * — never dropped, never rewritten.
 *
 * v1 was the first draft layout: quote and position as flat fields
 * (exact, prefix, suffix, start, end), no tags, no layout on positions
 * (they were always taken on the page the highlight was made on, named by
 * `site`). v2 nests them as W3C-shaped selectors and adds tags.
 */
import type { SiteId } from '../sites/types';
import { DEFAULT_COLOUR, isColour, SCHEMA_VERSION, type HighlightRecord } from './model';

type Raw = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function v1to2(r: Raw): Raw {
  const { exact, prefix, suffix, start, end, site, ...rest } = r;
  const out: Raw = {
    ...rest,
    v: 2,
    quote: { exact: str(exact), prefix: str(prefix), suffix: str(suffix) },
    colour: isColour(r.colour) ? r.colour : DEFAULT_COLOUR,
    note: str(r.note),
    tags: [],
  };
  if (typeof start === 'number' && typeof end === 'number' && typeof site === 'string') {
    out.position = { start, end, layout: site as SiteId };
  }
  return out;
}

/** Step n migrates a record of version n to n + 1. */
const STEPS: Record<number, (r: Raw) => Raw> = { 1: v1to2 };

export type MigrationResult =
  | { kind: 'current'; record: HighlightRecord }
  | { kind: 'migrated'; record: HighlightRecord }
  /** From a newer version, or not a highlight record: left untouched. */
  | { kind: 'unknown' };

export function migrateRecord(value: unknown): MigrationResult {
  if (typeof value !== 'object' || value === null) return { kind: 'unknown' };
  let r = value as Raw;
  const from = typeof r.v === 'number' ? r.v : NaN;
  if (!(from >= 1 && from <= SCHEMA_VERSION) || typeof r.id !== 'string') return { kind: 'unknown' };
  for (let v = from; v < SCHEMA_VERSION; v++) r = STEPS[v](r);
  const record = r as unknown as HighlightRecord;
  if (typeof record.quote?.exact !== 'string' || (!record.quote.exact && !record.deleted)) return { kind: 'unknown' };
  return from === SCHEMA_VERSION ? { kind: 'current', record } : { kind: 'migrated', record };
}
