/**
 * Helpers shared by the site adapters: reading <meta>/<link> tags,
 * normalising identifiers (DOM.md §1), and keeping root lists flat.
 * Everything here only reads the document.
 */

/** Whitespace collapsed to single spaces (includes U+00A0, U+200A…), trimmed. */
export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Collapsed text, or undefined when empty. */
export function nonEmpty(text: string | null | undefined): string | undefined {
  const t = collapse(text);
  return t ? t : undefined;
}

/**
 * The content of the first `<meta name=…>` (or `property=…`, as some og:
 * tags are written) with this name. NCBI writes og:* as `name=`.
 */
export function meta(doc: Document, name: string): string | undefined {
  const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
  return nonEmpty(el?.getAttribute('content'));
}

/** href of `<link rel=canonical>`, as written (may be relative). */
export function canonical(doc: Document): string | undefined {
  return nonEmpty(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
}

/** "38814972", "pmid:38814972", " 38814972 " → "38814972". */
export function normalizePmid(value: string | null | undefined): string | undefined {
  const m = /^\s*(?:pmid\s*:?\s*)?(\d{1,9})\s*$/i.exec(value ?? '');
  return m ? m[1] : undefined;
}

/** "pmc11139261", "PMC 11139261", a URL containing "/PMC11139261/" → "PMC11139261". */
export function normalizePmcid(value: string | null | undefined): string | undefined {
  const m = /(?:^|[^a-z0-9])pmc\s*(\d{1,10})(?![0-9])/i.exec(value ?? '');
  return m ? `PMC${m[1]}` : undefined;
}

/** The PMCID of an article URL path such as "/pmc/articles/PMC5220672/". */
export function pmcidFromArticleUrl(value: string | null | undefined): string | undefined {
  const m = /\/articles\/(pmc\d{1,10})(?:[/?#]|$)/i.exec(value ?? '');
  return m ? normalizePmcid(m[1]) : undefined;
}

/**
 * "https://doi.org/10.1128/JVI.79.2.884-895.2005", "doi: 10.1128/…",
 * "10.1128%2FJVI…" → "10.1128/jvi.79.2.884-895.2005". DOIs are
 * case-insensitive, so the lower-cased form is the key.
 */
export function normalizeDoi(value: string | null | undefined): string | undefined {
  let s = collapse(value);
  s = s.replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '').replace(/^doi\s*:\s*/i, '');
  if (/%[0-9a-f]{2}/i.test(s)) {
    try {
      s = decodeURIComponent(s);
    } catch {
      /* keep as is */
    }
  }
  s = s.replace(/[\s.,;]+$/, '');
  return /^10\.\d{4,9}\/\S+$/.test(s) ? s.toLowerCase() : undefined;
}

/** The first argument that is not undefined. */
export function first<T>(...values: (T | undefined)[]): T | undefined {
  for (const v of values) if (v !== undefined) return v;
  return undefined;
}

/**
 * Drops elements that lie inside an earlier kept element. `elements` must
 * be in document order (as querySelectorAll returns them); the result is in
 * document order with no element inside another.
 */
export function topLevel(elements: Iterable<Element>): Element[] {
  const kept: Element[] = [];
  for (const el of elements) {
    const last = kept[kept.length - 1];
    if (last?.contains(el)) continue;
    kept.push(el);
  }
  return kept;
}

/**
 * MathML and MathJax output (v2 HTML-CSS/CommonHTML/SVG/preview and v3).
 * Until MathJax runs, the raw <math> text ("Z=x-μσ") is in the text stream.
 */
export const MATH_EXCLUDE = [
  'math',
  'mjx-container',
  '.MathJax',
  '.MathJax_Display',
  '.MathJax_Preview',
  '.MathJax_CHTML',
  '.MathJax_SVG',
  '.MathJax_MathML',
  '.mjx-chtml',
  'script[type^="math/"]',
].join(', ');
