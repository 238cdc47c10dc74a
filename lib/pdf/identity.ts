/**
 * Which article a PDF is: its DOI, from the document's metadata (the info
 * dictionary's fields, XMP's dc:identifier, prism:doi…) or else its first
 * or last page's text ("doi:10.1155/2010/157939", "https://doi.org/…",
 * BMC's "Cite this article as" on the last page); else PDF.js's
 * fingerprint of the file is its key. DOM-free.
 */
import { normalizeDoi } from '../sites/shared';
import type { ArticleIdentity } from '../sites/types';

/** A DOI written with its label or as a doi.org link. */
const LABELLED = /(?:\bdoi\s*[:=]?\s*|doi\.org\/)(10\.\d{4,9}\/[^\s"<>]+)/i;
/** A DOI alone. */
const BARE = /\b(10\.\d{4,9}\/[^\s"<>]+)/;
/** Info dictionary keys and XMP properties that hold a DOI. */
const INFO_KEYS = ['doi', 'DOI', 'Subject', 'Keywords', 'Title', 'WPS-ARTICLEDOI'];
const XMP_KEYS = ['dc:identifier', 'prism:doi', 'pdfx:doi', 'crossmark:doi', 'prism:url'];

/** The first DOI a text names (a labelled one before a bare one). */
export function doiIn(text: string, allowBare = true): string | undefined {
  const labelled = LABELLED.exec(text)?.[1];
  const found = labelled ?? (allowBare ? BARE.exec(text)?.[1] : undefined);
  // A closing bracket the DOI was written in is not part of it.
  return normalizeDoi(found?.replace(/[)\]]+$/, ''));
}

export interface PdfFacts {
  /** PDF.js getMetadata().info. */
  info?: Record<string, unknown>;
  /** XMP properties (PDF.js Metadata.getAll()). */
  xmp?: Record<string, unknown>;
  /** The text of the first page and of the last (as read: lib/pdf/reading.ts). */
  firstPage: string;
  lastPage?: string;
  /** PDF.js's fingerprint (fingerprints[0]). */
  fingerprint: string;
}

/** A title worth showing: a few words, not a file name or a typesetter's code. */
function plausibleTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  return title.split(' ').length >= 3 && !/\.(pdf|docx?|indd|tex)$/i.test(title) ? title : undefined;
}

/** The article a PDF is: { doi, title } when it names a DOI, else { fingerprint, title }. */
export function pdfIdentity(facts: PdfFacts): ArticleIdentity {
  const fromFields = (values: unknown[]) => {
    for (const v of values) {
      const doi = typeof v === 'string' ? doiIn(v) : undefined;
      if (doi) return doi;
    }
    return undefined;
  };
  const doi =
    fromFields(INFO_KEYS.map((k) => facts.info?.[k])) ??
    fromFields(XMP_KEYS.map((k) => facts.xmp?.[k])) ??
    doiIn(facts.firstPage, false) ??
    (facts.lastPage ? doiIn(facts.lastPage, false) : undefined);
  const identity: ArticleIdentity = doi ? { doi } : { fingerprint: facts.fingerprint };
  const title = plausibleTitle(facts.info?.Title);
  if (title) identity.title = title;
  return identity;
}
