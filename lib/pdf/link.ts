/**
 * The PDF an article page links to: its citation_pdf_url meta tag (PMC and
 * most publishers), a <link rel="alternate" type="application/pdf">, or
 * else the first link in the page whose address ends in ".pdf". Only
 * http(s) addresses. Reads the document only.
 */
export function pdfLinkOf(doc: Document): string | undefined {
  const base = doc.baseURI;
  const candidates = [
    doc.querySelector('meta[name="citation_pdf_url"]')?.getAttribute('content'),
    doc.querySelector('link[rel="alternate"][type="application/pdf"]')?.getAttribute('href'),
    [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).find((href) => !!href && /\.pdf(?:[?#]|$)/i.test(href)),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim(), base);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not an address: try the next
    }
  }
  return undefined;
}
