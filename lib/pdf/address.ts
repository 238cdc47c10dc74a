/**
 * The reader's address and the PDFs it may open: `pdf.html?file=<url>`
 * (the testability contract), where the URL is an http(s) or file address.
 * An http(s) PDF needs the host permission of its origin (requested from
 * the reader's click, one origin at a time); a file:// address or a file
 * picked or dropped on the reader needs none.
 */

/** What the manifest lets the reader ask for: any one web origin, only when asked (optional host permissions). */
export const PDF_ORIGINS = ['https://*/*', 'http://*/*'];

/** The reader page in the extension. */
export const READER_PAGE = '/pdf.html';

/** The reader's path and query for a PDF's address. */
export function readerPath(fileUrl: string): string {
  return `${READER_PAGE}?file=${encodeURIComponent(fileUrl)}`;
}

export type PdfAddress = { kind: 'web'; url: URL; origin: string } | { kind: 'file'; url: URL };

/** The `file` parameter of the reader's query, when it is an address the reader opens (http, https, file). */
export function pdfAddress(search: string): PdfAddress | undefined {
  const file = new URLSearchParams(search).get('file');
  if (!file) return undefined;
  let url: URL;
  try {
    url = new URL(file);
  } catch {
    return undefined;
  }
  if (url.protocol === 'file:') return { kind: 'file', url };
  if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname) return { kind: 'web', url, origin: originPattern(url) };
  return undefined;
}

/** The host permission an http(s) address needs: "https://www.example.org/*". */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** The file name at the end of an address ("nihms-86240.pdf"), for the tab title before the PDF's own title is known. */
export function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Link addresses the context menu offers "Read this PDF with Glossa" on (match patterns). */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*/pdf/*', 'file:///*.pdf'];
