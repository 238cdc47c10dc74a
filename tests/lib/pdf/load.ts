/**
 * Reads a PDF's text items with PDF.js in Node (its legacy build, as PDF.js
 * recommends outside browsers): the same items the reader's text layer
 * draws, for testing lib/pdf on real files.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfTextItem } from '../../../lib/pdf/layout';

export const PDF_DIR = new URL('../../fixtures/pdf/', import.meta.url);

export interface LoadedPdf {
  pages: PdfTextItem[][];
  info: Record<string, unknown>;
  fingerprint: string;
}

/** Every page's text items (`raw`: without PDF.js's Unicode normalisation, so ligatures stay U+FB01). */
export async function loadPdf(file: string, options: { raw?: boolean } = {}): Promise<LoadedPdf> {
  const data = new Uint8Array(readFileSync(new URL(file, PDF_DIR)));
  const doc = await getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ disableNormalization: options.raw === true });
      pages.push(content.items.filter((i) => 'str' in i) as PdfTextItem[]);
    }
    const meta = await doc.getMetadata();
    return { pages, info: (meta.info ?? {}) as Record<string, unknown>, fingerprint: doc.fingerprints[0] ?? '' };
  } finally {
    await doc.destroy();
  }
}
