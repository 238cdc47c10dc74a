/**
 * Import of W3C Web Annotation JSON-LD (our own export, or any tool's
 * TextQuoteSelector annotations of PubMed/PMC articles). Every item is
 * validated (valibot); each rejected item is listed with its reasons. Valid
 * items are merged by id: new ids are added, an item replaces a local record
 * only when it was modified later, so a newer local edit (or delete) always
 * wins. The plan is shown first; applying it is one storage write, so an
 * import that fails changes nothing.
 */
import * as v from 'valibot';
import { normalizeDoi, normalizePmcid, normalizePmid, pmcidFromArticleUrl } from '../sites/shared';
import { ALL_SITE_IDS, pickAdapter, type SiteId } from '../sites';
import { idOfIri, STYLE_PREFIX } from './jsonld';
import { COLOURS, DEFAULT_COLOUR, SCHEMA_VERSION, type ArticleRef, type ColourName, type HighlightRecord } from './model';
import { allRecords, saveRecords } from './store';
import { normaliseQuote } from './text';

/** Why an item was rejected (shown through localised messages). */
export type RejectReason = 'not-annotation' | 'no-id' | 'duplicate-id' | 'no-quote' | 'no-article' | 'bad-time' | 'too-long' | 'bad-field';

/** Why a whole file was refused. */
export type FileError = 'not-json' | 'no-annotations' | 'too-many';

export interface Rejected {
  /** 0-based position of the item in the file. */
  index: number;
  id?: string;
  /** The start of its quote, when it had one. */
  quote?: string;
  reasons: Array<{ reason: RejectReason; path: string }>;
}

export interface ImportPlan {
  /** Items valid and new. */
  add: HighlightRecord[];
  /** Items valid and newer than the local record with the same id. */
  update: HighlightRecord[];
  /** Items valid but not newer than the local record (a local edit or delete wins). */
  keptLocal: string[];
  rejected: Rejected[];
  total: number;
}

export const MAX_ITEMS = 20_000;
const QUOTE_MAX = 20_000;
const CONTEXT_MAX = 500;
const NOTE_MAX = 20_000;
const TAG_MAX = 100;
const TAGS_MAX = 50;
const ID_MAX = 2_000;
/** Every site adapter's layout, and the PDF reader's (its adapter lives in the reader: entrypoints/pdf). */
const LAYOUTS: readonly SiteId[] = [...ALL_SITE_IDS, 'pdf'];

const text = (max: number) => v.pipe(v.string('bad-field'), v.maxLength(max, 'too-long'));
const time = v.pipe(
  v.string('bad-time'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'bad-time'),
);

const TextualBody = v.looseObject({
  type: v.optional(v.string('bad-field')),
  purpose: v.optional(v.string('bad-field')),
  value: text(NOTE_MAX),
});

const QuoteSelector = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    v.string('no-quote'),
    v.check((s) => s.trim().length > 0, 'no-quote'),
    v.maxLength(QUOTE_MAX, 'too-long'),
  ),
  prefix: v.optional(text(CONTEXT_MAX)),
  suffix: v.optional(text(CONTEXT_MAX)),
});

const PositionSelector = v.looseObject({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number('bad-field'), v.integer('bad-field'), v.minValue(0, 'bad-field')),
  end: v.pipe(v.number('bad-field'), v.integer('bad-field'), v.minValue(0, 'bad-field')),
  'glossa:layout': v.optional(v.picklist(LAYOUTS, 'bad-field')),
  'glossa:page': v.optional(v.pipe(v.number('bad-field'), v.integer('bad-field'), v.minValue(1, 'bad-field'))),
});

const ArticleJson = v.looseObject({
  'glossa:pmid': v.optional(text(40)),
  'glossa:pmcid': v.optional(text(40)),
  'glossa:doi': v.optional(text(300)),
  'glossa:fingerprint': v.optional(v.pipe(v.string('bad-field'), v.regex(/^[0-9a-f]{32}$/, 'bad-field'))),
  'glossa:title': v.optional(text(2_000)),
  'glossa:url': v.optional(text(2_000)),
  'glossa:authors': v.optional(text(500)),
  'glossa:year': v.optional(text(20)),
  'glossa:journal': v.optional(text(500)),
});

const Target = v.looseObject({
  source: v.optional(text(2_000)),
  styleClass: v.optional(text(200)),
  selector: v.union([v.looseObject({ type: v.string('bad-field') }), v.array(v.looseObject({ type: v.string('bad-field') }))], 'no-quote'),
  'glossa:section': v.optional(text(500)),
  'glossa:article': v.optional(ArticleJson),
});

const Annotation = v.looseObject({
  id: v.pipe(
    v.string('no-id'),
    v.check((s) => s.trim().length > 0, 'no-id'),
    v.maxLength(ID_MAX, 'too-long'),
  ),
  type: v.union(
    [
      v.literal('Annotation'),
      v.pipe(
        v.array(v.string()),
        v.check((a) => a.includes('Annotation')),
      ),
    ],
    'not-annotation',
  ),
  created: v.optional(time),
  modified: v.optional(time),
  body: v.optional(v.union([TextualBody, v.array(TextualBody)], 'bad-field')),
  target: v.union([Target, v.array(Target)], 'no-quote'),
});

const REASONS = new Set<string>(['not-annotation', 'no-id', 'duplicate-id', 'no-quote', 'no-article', 'bad-time', 'too-long', 'bad-field']);
/** A missing key is reported by the object schema: name the reason after the key. */
const MISSING: Record<string, RejectReason> = {
  id: 'no-id',
  type: 'not-annotation',
  target: 'no-quote',
  value: 'bad-field',
  exact: 'no-quote',
};

function reasonOf(issue: v.BaseIssue<unknown>): { reason: RejectReason; path: string } {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const path = keys.join('.');
  if (REASONS.has(issue.message)) return { reason: issue.message as RejectReason, path };
  if (issue.input === undefined && keys.length) return { reason: MISSING[keys[keys.length - 1]] ?? 'bad-field', path };
  return { reason: 'bad-field', path };
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function articleOf(target: v.InferOutput<typeof Target>): ArticleRef {
  const a = target['glossa:article'] ?? {};
  const source = target.source;
  const article: ArticleRef = {};
  const pmid =
    normalizePmid(a['glossa:pmid']) ??
    (source && /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\//.test(source)
      ? normalizePmid(new URL(source).pathname.replace(/\//g, ''))
      : undefined);
  const pmcid = normalizePmcid(a['glossa:pmcid']) ?? pmcidFromArticleUrl(source);
  const doi = normalizeDoi(a['glossa:doi']) ?? (source && /^https?:\/\/(dx\.)?doi\.org\//.test(source) ? normalizeDoi(source) : undefined);
  if (pmid) article.pmid = pmid;
  if (pmcid) article.pmcid = pmcid;
  if (doi) article.doi = doi;
  if (a['glossa:fingerprint']) article.fingerprint = a['glossa:fingerprint'];
  if (a['glossa:title']) article.title = a['glossa:title'].replace(/\s+/g, ' ').trim();
  const url = a['glossa:url'] ?? (pmid || pmcid || doi || article.fingerprint ? undefined : source);
  if (url && isArticleHost(url)) article.url = url;
  const citation = { authors: a['glossa:authors'], year: a['glossa:year'], journal: a['glossa:journal'] };
  if (citation.authors || citation.year || citation.journal) {
    article.citation = Object.fromEntries(Object.entries(citation).filter(([, val]) => val)) as ArticleRef['citation'];
  }
  return article;
}

/** Whether a URL is a secure web page some site adapter reads (NCBI, or a publisher page: lib/sites). */
function isArticleHost(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !!pickAdapter(u);
  } catch {
    return false;
  }
}

function colourOf(styleClass: string | undefined): ColourName {
  for (const cls of (styleClass ?? '').split(/\s+/)) {
    const name = cls.startsWith(STYLE_PREFIX) ? cls.slice(STYLE_PREFIX.length) : '';
    if ((COLOURS as readonly string[]).includes(name)) return name as ColourName;
  }
  return DEFAULT_COLOUR;
}

/** One item → a record, or the reasons it cannot be one. */
export function recordFromAnnotation(item: unknown): { record: HighlightRecord } | { reasons: Rejected['reasons'] } {
  const parsed = v.safeParse(Annotation, item);
  if (!parsed.success) return { reasons: dedupe(parsed.issues.map(reasonOf)) };
  const a = parsed.output;
  const reasons: Rejected['reasons'] = [];
  let quote: v.InferOutput<typeof QuoteSelector> | undefined;
  let position: v.InferOutput<typeof PositionSelector> | undefined;
  let target: v.InferOutput<typeof Target> | undefined;
  const targets = asArray(a.target);
  targets.forEach((t, ti) => {
    asArray(t.selector).forEach((s, si) => {
      const path = `target${Array.isArray(a.target) ? `.${ti}` : ''}.selector${Array.isArray(t.selector) ? `.${si}` : ''}`;
      if (s.type === 'TextQuoteSelector' && !quote) {
        const q = v.safeParse(QuoteSelector, s);
        if (q.success) {
          quote = q.output;
          target = t;
        } else reasons.push(...q.issues.map(reasonOf).map((r) => ({ ...r, path: `${path}.${r.path}` })));
      } else if (s.type === 'TextPositionSelector' && !position) {
        const p = v.safeParse(PositionSelector, s);
        if (p.success && p.output.end > p.output.start) position = p.output;
      }
    });
  });
  if (!quote || !target) {
    if (!reasons.length) reasons.push({ reason: 'no-quote', path: 'target.selector' });
    return { reasons: dedupe(reasons) };
  }
  const article = articleOf(target);
  if (!article.pmid && !article.pmcid && !article.doi && !article.fingerprint && !article.url)
    reasons.push({ reason: 'no-article', path: 'target.source' });
  const created = a.created ?? a.modified;
  const modified = a.modified ?? a.created;
  if (!created || !modified) reasons.push({ reason: 'bad-time', path: 'modified' });
  const exact = normaliseQuote(quote.exact);
  if (!exact) reasons.push({ reason: 'no-quote', path: 'target.selector.exact' });
  const bodies = asArray(a.body);
  const tags = [
    ...new Set(
      bodies
        .filter((b) => b.purpose === 'tagging')
        .map((b) => b.value.trim())
        .filter(Boolean),
    ),
  ];
  if (tags.some((t) => t.length > TAG_MAX) || tags.length > TAGS_MAX) reasons.push({ reason: 'too-long', path: 'body' });
  if (reasons.length) return { reasons: dedupe(reasons) };
  const note = bodies
    .filter((b) => b.purpose !== 'tagging')
    .map((b) => b.value.trim())
    .filter(Boolean)
    .join('\n\n');
  const record: HighlightRecord = {
    v: SCHEMA_VERSION,
    id: idOfIri(a.id.trim()),
    article,
    quote: { exact, prefix: normaliseQuote(quote.prefix ?? '', true), suffix: normaliseQuote(quote.suffix ?? '', true) },
    colour: colourOf(target.styleClass),
    note,
    tags,
    created: new Date(created!).toISOString(),
    modified: new Date(modified!).toISOString(),
  };
  // Offsets are a hint only on the layout they were taken on: without one they are dropped.
  const layout = position?.['glossa:layout'];
  if (position && layout)
    record.position = {
      start: position.start,
      end: position.end,
      layout,
      ...(position['glossa:page'] ? { page: position['glossa:page'] } : {}),
    };
  if (target['glossa:section']) record.section = target['glossa:section'].trim();
  return { record };
}

function dedupe(reasons: Rejected['reasons']): Rejected['reasons'] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.reason}|${r.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The annotations of a parsed file: a collection, a page, one annotation or an array of them. */
export function itemsOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return undefined;
  const o = json as Record<string, unknown>;
  const types = asArray(o.type as string | string[] | undefined);
  if (types.includes('AnnotationCollection')) {
    const pages = asArray(o.first as Record<string, unknown> | Record<string, unknown>[] | undefined);
    const items = pages.flatMap((p) => (p && typeof p === 'object' && Array.isArray(p.items) ? (p.items as unknown[]) : []));
    return pages.length ? items : undefined;
  }
  if (types.includes('AnnotationPage')) return Array.isArray(o.items) ? o.items : undefined;
  if (types.includes('Annotation')) return [json];
  return undefined;
}

/** Validates the file and merges it with `existing` (all local records, tombstones included). */
export function planImport(fileText: string, existing: readonly HighlightRecord[]): ImportPlan | { error: FileError } {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { error: 'not-json' };
  }
  const items = itemsOf(json);
  if (!items) return { error: 'no-annotations' };
  if (items.length > MAX_ITEMS) return { error: 'too-many' };
  const local = new Map(existing.map((r) => [r.id, r]));
  const plan: ImportPlan = { add: [], update: [], keptLocal: [], rejected: [], total: items.length };
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const result = recordFromAnnotation(item);
    const rawId = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
    if ('reasons' in result) {
      const rawQuote = findQuote(item);
      plan.rejected.push({ index, id: rawId, quote: rawQuote, reasons: result.reasons });
      return;
    }
    const record = result.record;
    if (seen.has(record.id)) {
      plan.rejected.push({ index, id: rawId, quote: record.quote.exact.slice(0, 80), reasons: [{ reason: 'duplicate-id', path: 'id' }] });
      return;
    }
    seen.add(record.id);
    const mine = local.get(record.id);
    if (!mine) plan.add.push(record);
    else if (record.modified > mine.modified) plan.update.push(record);
    else plan.keptLocal.push(record.id);
  });
  return plan;
}

function findQuote(item: unknown): string | undefined {
  try {
    const targets = asArray((item as { target?: unknown }).target as Record<string, unknown> | Record<string, unknown>[]);
    for (const t of targets) {
      for (const s of asArray(t?.selector as Record<string, unknown> | Record<string, unknown>[])) {
        if (s?.type === 'TextQuoteSelector' && typeof s.exact === 'string') return s.exact.replace(/\s+/g, ' ').trim().slice(0, 80);
      }
    }
  } catch {
    /* no quote to show */
  }
  return undefined;
}

/**
 * Writes a plan: re-checked against storage as it is now (an edit made
 * since the plan was shown still wins), then one write of all records.
 * Throws StorageWriteError when nothing could be written. Returns how many
 * records were written.
 */
export async function applyImport(plan: ImportPlan): Promise<number> {
  const local = new Map((await allRecords()).map((r) => [r.id, r]));
  const records = [...plan.add, ...plan.update].filter((r) => {
    const mine = local.get(r.id);
    return !mine || r.modified > mine.modified;
  });
  await saveRecords(records);
  return records.length;
}
