/**
 * The highlight record as stored (one storage key per highlight) and the
 * named colours. The record mirrors the W3C Web Annotation model: a target
 * described by a TextQuoteSelector (exact + 32-character prefix/suffix of
 * whitespace-normalised text) and a TextPositionSelector (offsets in the
 * normalised text of the adapter's annotation roots, per page layout), plus
 * a section hint; a body with note, colour and tags; created and modified
 * times. The JSON-LD form is produced by jsonld.ts.
 */
import type { SiteId } from '../sites/types';

/** Version of the stored record shape; older records are migrated (migrations.ts). */
export const SCHEMA_VERSION = 2;

/** Characters of context kept on each side of a quote (as Hypothesis does). */
export const CONTEXT_CHARS = 32;

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type ColourName = (typeof COLOURS)[number];
export const DEFAULT_COLOUR: ColourName = 'yellow';

/**
 * Highlight backgrounds and the darker underline that keeps a highlight
 * visible without relying on hue alone. Every background keeps a contrast of
 * at least 7:1 (WCAG AAA) with NCBI's body text (#212121) and black.
 */
export const PALETTE: Record<ColourName, { background: string; edge: string }> = {
  yellow: { background: '#fef08a', edge: '#a16207' },
  green: { background: '#bbf7d0', edge: '#15803d' },
  blue: { background: '#bfdbfe', edge: '#1d4ed8' },
  pink: { background: '#fbcfe8', edge: '#be185d' },
  purple: { background: '#e9d5ff', edge: '#7e22ce' },
};

export function isColour(value: unknown): value is ColourName {
  return typeof value === 'string' && (COLOURS as readonly string[]).includes(value);
}

/** Short bibliographic data read from the page's citation_* meta tags. */
export interface Citation {
  /** "Sorooshyari SK" or "Sorooshyari SK et al." */
  authors?: string;
  year?: string;
  journal?: string;
}

/**
 * Which article a highlight belongs to. The same article is recognised on
 * PubMed, PMC new and PMC legacy when any identifier matches; a page with no
 * identifier at all is recognised by its URL.
 */
export interface ArticleRef {
  pmid?: string;
  pmcid?: string;
  doi?: string;
  /** A PDF read in Glossa's reader with no DOI: PDF.js's fingerprint of the file. */
  fingerprint?: string;
  title?: string;
  citation?: Citation;
  /** The page URL (origin + path) where the highlight was made. */
  url?: string;
}

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
  /** Offsets are only comparable on the same page layout. */
  layout: SiteId;
  /** In a PDF: the page (1-based) the highlight starts on. */
  page?: number;
}

/** What `describe` computes from a selection, and what `anchor` needs. */
export interface Selectors {
  quote: QuoteSelector;
  position?: PositionSelector;
  /** The nearest heading before the quote ("Abstract", "Methods"…). */
  section?: string;
}

export interface HighlightRecord extends Selectors {
  v: typeof SCHEMA_VERSION;
  /** A UUID for highlights made here; any IRI for imported ones. */
  id: string;
  article: ArticleRef;
  colour: ColourName;
  note: string;
  tags: string[];
  /** ISO 8601 times. */
  created: string;
  modified: string;
  /** Set when deleted: the record stays as a tombstone so an import cannot resurrect it. */
  deleted?: string;
}

/** A live highlight (not a tombstone). */
export const isLive = (r: HighlightRecord): boolean => !r.deleted;

export function newId(): string {
  return crypto.randomUUID();
}

export const nowIso = (): string => new Date().toISOString();
