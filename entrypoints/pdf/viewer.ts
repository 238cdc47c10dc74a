/**
 * The reader's pages: PDF.js draws each page (canvas) when it comes near
 * the viewport, and lays out each page's text layer (PDF.js TextLayer, a
 * <span> per text item) in page order, one page at a time: each newly laid
 * out text layer is late content for Glossa's reading (and the text laid
 * out so far is always the document's text up to a page, so highlight
 * positions are the document's from the start). Each
 * page's text is read once, from its items (lib/pdf/layout.ts), for the
 * annotator and highlights (lib/pdf/text-layer.ts).
 */
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { documentWords, layoutPage, type PageLayout, type PdfTextItem } from '../../lib/pdf/layout';
import { readPage } from '../../lib/pdf/reading';
import { PageText } from '../../lib/pdf/text-layer';
import { t } from '../../lib/i18n';

/** A page is drawn when it is this close to the viewport. */
const DRAW_MARGIN = '100% 0px';
/** The widest a page is shown, in CSS pixels. */
const MAX_WIDTH = 960;

interface PageState {
  number: number;
  proxy: PDFPageProxy;
  content: TextContent;
  items: PdfTextItem[];
  layout: PageLayout;
  shell: HTMLElement;
  text?: PageText;
  layer?: HTMLElement;
  drawn?: boolean;
}

export class PdfPages {
  private readonly pages: PageState[] = [];
  /** Text layer element → its page's reading. */
  private readonly byLayer = new WeakMap<Element, PageText>();
  private observer: IntersectionObserver | undefined;
  private scale = 1;

  private constructor(
    readonly doc: PDFDocumentProxy,
    private readonly container: HTMLElement,
  ) {}

  /** Reads every page's text items and lays them out (no drawing yet). */
  static async open(doc: PDFDocumentProxy, container: HTMLElement, progress: (page: number) => void): Promise<PdfPages> {
    const pages = new PdfPages(doc, container);
    const contents: Array<{ proxy: PDFPageProxy; content: TextContent; items: PdfTextItem[] }> = [];
    for (let n = 1; n <= doc.numPages; n++) {
      progress(n);
      const proxy = await doc.getPage(n);
      const content = await proxy.getTextContent();
      // The text layer draws a span per item that has text (TextLayer.textDivs, in this order).
      const items = content.items.filter((i) => 'str' in i) as PdfTextItem[];
      contents.push({ proxy, content, items });
    }
    // The document's own words decide line-end hyphens ("tension-/type" stays hyphenated where the paper writes "tension-type").
    const words = documentWords(contents.flatMap((c) => c.items.map((i) => i.str)));
    const first = contents[0]?.proxy.getViewport({ scale: 1 });
    pages.scale = first ? Math.min(MAX_WIDTH, Math.max(320, container.clientWidth - 32)) / first.width : 1;
    // In page order: a reference list runs on from the page where its heading is to the end.
    let inReferences = false;
    contents.forEach(({ proxy, content, items }, i) => {
      const shell = pages.shell(proxy, i + 1);
      const layout = layoutPage(items, { words, inReferences });
      inReferences = layout.inReferences;
      pages.pages.push({ number: i + 1, proxy, content, items, layout, shell });
    });
    return pages;
  }

  get count(): number {
    return this.pages.length;
  }

  /** The page's text as it reads (for the PDF's identity: its first and last pages). */
  pageText(index: number): string {
    const page = this.pages[index];
    return page
      ? readPage(
          page.layout,
          page.items.map((i) => i.str),
        ).text
      : '';
  }

  /** The reading of a laid-out text layer (SiteAdapter.segments / parts). */
  textOf(layer: Element): PageText | undefined {
    return this.byLayer.get(layer);
  }

  /** Text layers laid out so far, in page order (the adapter's roots). */
  layers(): Element[] {
    return this.pages.flatMap((p) => (p.layer ? [p.layer] : []));
  }

  /** Lays out one page's text layer (off the page), then puts it in place. */
  async layOut(number: number): Promise<void> {
    const page = this.pages[number - 1];
    if (!page || page.layer) return;
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    const textLayer = new TextLayer({
      textContentSource: page.content,
      container: layer,
      viewport: page.proxy.getViewport({ scale: this.scale }),
    });
    await textLayer.render();
    const text = new PageText(page.layout, textLayer.textDivs);
    this.byLayer.set(layer, text);
    page.text = text;
    page.layer = layer;
    page.shell.append(layer);
  }

  /** Draws pages as they come near the viewport. */
  drawWhenVisible(): void {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const page = this.pages.find((p) => p.shell === entry.target);
          if (page && !page.drawn) {
            page.drawn = true;
            void this.draw(page);
          }
        }
      },
      { rootMargin: DRAW_MARGIN },
    );
    for (const page of this.pages) this.observer.observe(page.shell);
  }

  private async draw(page: PageState): Promise<void> {
    const viewport = page.proxy.getViewport({ scale: this.scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    page.shell.prepend(canvas);
    try {
      await page.proxy.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
      page.shell.classList.add('drawn');
    } catch {
      page.drawn = false; // try again when it comes back into view
      canvas.remove();
    }
  }

  /** An empty page of the right size, labelled for screen readers. */
  private shell(proxy: PDFPageProxy, number: number): HTMLElement {
    const viewport = proxy.getViewport({ scale: this.scale });
    const shell = document.createElement('div');
    shell.className = 'page';
    shell.dataset.pageNumber = String(number);
    shell.setAttribute('role', 'group');
    shell.setAttribute('aria-label', this.pageLabel(number));
    shell.style.width = `${viewport.width}px`;
    shell.style.height = `${viewport.height}px`;
    shell.style.setProperty('--scale-factor', String(this.scale));
    shell.style.setProperty('--total-scale-factor', String(this.scale));
    this.container.append(shell);
    return shell;
  }

  private pageLabel(number: number): string {
    return t('pdf_pageLabel', [String(number), String(this.doc.numPages)]);
  }

  /** The pages' labels again, in the current language (lib/i18n.ts). */
  relabel(): void {
    for (const page of this.pages) page.shell.setAttribute('aria-label', this.pageLabel(page.number));
  }

  destroy(): void {
    this.observer?.disconnect();
    void this.doc.destroy();
  }
}
