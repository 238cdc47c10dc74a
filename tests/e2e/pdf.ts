/**
 * What the PDF reader's e2e tests share: the PDFs (tests/fixtures/pdf)
 * served at their addresses, the reader opened on one, and a real mouse
 * drag over text found in the page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export const PDF_DIR = new URL('../fixtures/pdf/', import.meta.url);
export const pdfPath = (file: string) => fileURLToPath(new URL(file, PDF_DIR));

/** The Glossa demo article's PDF, at the made-up PMC address its PMC page names (citation_pdf_url). */
export const DEMO_PDF = { file: 'glossa-demo-article.pdf', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9999901/pdf/glossa-demo.pdf' };
/** Our PMC-layout page of the demo article (DOI 10.5555/glossa-demo.2026). */
export const DEMO_PMC = { file: '../pmc-glossa-demo.html', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9999901/' };

/** The four real PDFs (SOURCES.md), at addresses under their publishers' hosts. */
export const REAL_PDFS = [
  {
    file: 'bmc-jtmo-1752-2897-4-1-dvt-prophylaxis-trauma-2010.pdf',
    url: 'https://traumamanagement.biomedcentral.com/counter/pdf/10.1186/1752-2897-4-1.pdf',
    doi: '10.1186/1752-2897-4-1',
  },
  {
    file: 'cup-intpsychogeriatr-S1041610213001804-dementia-life-events-2014.pdf',
    url: 'https://www.cambridge.org/core/services/aop-cambridge-core/content/view/S1041610213001804.pdf',
    doi: '10.1017/s1041610213001804',
  },
  {
    file: 'hindawi-rrp-2010-157939-heart-failure-programmes-2010.pdf',
    url: 'https://downloads.hindawi.com/journals/rrp/2010/157939.pdf',
    doi: '10.1155/2010/157939',
  },
  {
    file: 'portland-clinsci-CS20130403-ace-inhibitors-2014.pdf',
    url: 'https://portlandpress.com/clinsci/article-pdf/126/5/305/CS20130403.pdf',
    doi: '10.1042/cs20130403',
  },
] as const;

/** Serves the PDFs and the demo PMC page (routes added after the harness's take precedence). */
export async function servePdfs(h: Harness): Promise<void> {
  const bodies = new Map<string, { body: Buffer; type: string }>([
    [DEMO_PDF.url, { body: readFileSync(new URL(DEMO_PDF.file, PDF_DIR)), type: 'application/pdf' }],
    [DEMO_PMC.url, { body: readFileSync(new URL(DEMO_PMC.file, PDF_DIR)), type: 'text/html; charset=utf-8' }],
    ...REAL_PDFS.map((p) => [p.url, { body: readFileSync(new URL(p.file, PDF_DIR)), type: 'application/pdf' }] as const),
  ]);
  for (const [url, { body, type }] of bodies)
    await h.context.route(url, (route) => route.fulfill({ status: 200, contentType: type, body }));
}

export const readerUrl = (h: Harness, file?: string) =>
  `chrome-extension://${h.extensionId}/pdf.html${file ? `?file=${encodeURIComponent(file)}` : ''}`;

/** Waits until every page's text layer is laid out and Glossa's pass over the last one is done. */
export async function readerDone(page: Page): Promise<void> {
  await page.waitForSelector('html[data-glossa-pdf="laid-out"][data-glossa-state="ready"]', { timeout: 40_000 });
}

/** Opens the reader on a PDF address and waits for it to be read. */
export async function openReader(h: Harness, file: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(readerUrl(h, file));
  await readerDone(page);
  return page;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * The screen points of two characters: the first character of `from` and
 * the last of `to`, each the first occurrence in a text node under `scope`
 * whose text contains it (a PDF text layer span, an article paragraph).
 */
export async function textPoints(page: Page, scope: string, from: string, to: string): Promise<{ start: Point; end: Point }> {
  const points = await page.evaluate(
    ({ scope, from, to }) => {
      const root = document.querySelector(scope);
      if (!root) return undefined;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const rectOf = (text: string, last: boolean) => {
        for (const node of nodes) {
          const at = node.data.indexOf(text);
          if (at < 0) continue;
          const i = last ? at + text.length - 1 : at;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return range.getBoundingClientRect();
        }
        return undefined;
      };
      const first = nodes.find((n) => n.data.includes(from));
      first?.parentElement?.scrollIntoView({ block: 'center' });
      const a = rectOf(from, false);
      const b = rectOf(to, true);
      if (!a || !b) return undefined;
      return { start: { x: a.left + 1, y: a.top + a.height / 2 }, end: { x: b.right - 1, y: b.top + b.height / 2 } };
    },
    { scope, from, to },
  );
  if (!points) throw new Error(`"${from}" … "${to}" not found in ${scope}`);
  return points;
}

/** Selects from one point to another with the mouse, as a reader drags. */
export async function dragSelect(page: Page, { start, end }: { start: Point; end: Point }): Promise<void> {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

/**
 * In the page: each match of a term, its pieces' text joined with "|" (a
 * match split across spans has several pieces, in DOM order). Self-contained:
 * both browser drivers send its source to the page.
 */
export function termMatches(termId: string): string[] {
  const byMatch = new Map<string, string[]>();
  for (const el of document.querySelectorAll(`[data-glossa-term="${CSS.escape(termId)}"]`)) {
    const n = el.getAttribute('data-glossa-match')!;
    byMatch.set(n, [...(byMatch.get(n) ?? []), el.textContent ?? '']);
  }
  return [...byMatch.values()].map((pieces) => pieces.join('|'));
}

export function matchesOf(page: Page, termId: string): Promise<string[]> {
  return page.evaluate(termMatches, termId);
}
