/**
 * Exports the current view of the map as a standalone SVG file for sharing:
 * the drawing (lit nodes and the chosen view as on screen), a legend, the
 * caption in plain words (what is shown in people, what only in animals)
 * and the numbered sources with their links. Pure: a string from the view
 * model, with every text escaped, so it parses as XML and renders anywhere.
 * The PNG export (lib/mechanism/png.ts) rasterises this same string.
 */
import type { EvidenceClass } from './evidence';
import {
  drawDefs,
  drawEdge,
  drawNode,
  drawTiers,
  el,
  FONT,
  DASHES,
  DIM_OPACITY,
  layers,
  markerId,
  PALETTE,
  BASE_WIDTH,
  type SvgEl,
} from './draw';
import type { Citation } from './sources';
import type { EdgeKind } from './schema';
import type { MapView } from './view';
import { textAlternativePlain } from './text';

export interface ExportText {
  title: string;
  /** e.g. "Chronic pain view · terms lit from PMID 123" */
  subtitle: string;
  people: string;
  animalsOnly: string;
  sources: string;
  onPage: string;
  legend: { kinds: Record<EdgeKind, string>; evidence: Record<EvidenceClass, string>; lit: string };
}

const PAD = 16;
const HEADER = 56;
const TEXT_SIZE = 12;
const TEXT_LINE = 16;
const SOURCE_SIZE = 10;
const SOURCE_LINE = 13;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export function serialise(node: SvgEl | string): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('');
  const children = node.children.map(serialise).join('');
  return children ? `<${node.tag}${attrs}>${children}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** Approximate advance of a string in system-ui: CJK characters are square, others about half as wide. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? fontSize : ch === ' ' ? fontSize * 0.28 : fontSize * 0.55;
  return width;
}

/** Breaks text into lines that fit `maxWidth`: between words, or between any two CJK characters. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens =
    text.match(
      /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef][、。，．）」』]?|[^\s\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (line && textWidth(line + token, fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token;
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function paragraph(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  lineHeight: number,
  attrs: SvgEl['attrs'] = {},
): { el: SvgEl; height: number } {
  const lines = wrap(text, width, size);
  const node = el(
    'text',
    { x, y, 'font-size': size, fill: PALETTE.text, ...attrs },
    ...lines.map((l, i) => el('tspan', { x, dy: i ? lineHeight : 0 }, l)),
  );
  return { el: node, height: lines.length * lineHeight };
}

function legend(view: MapView, text: ExportText, x: number, y: number, width: number): { el: SvgEl; height: number } {
  const items: SvgEl[] = [];
  const column = width / 2;
  const kinds: EdgeKind[] = ['inhibits', 'facilitates', 'modulates', 'switches'];
  const marker = { inhibits: 'bar', facilitates: 'arrow', modulates: 'dot', switches: view.view === 'chronic' ? 'arrow' : 'bar' } as const;
  kinds.forEach((kind, i) => {
    const lx = x + (i % 2) * column;
    const ly = y + Math.floor(i / 2) * 18;
    items.push(
      el('path', {
        d: `M${lx} ${ly} H${lx + 28}`,
        stroke: PALETTE.kinds[kind],
        'stroke-width': BASE_WIDTH,
        'marker-end': `url(#${markerId(marker[kind], kind)})`,
      }),
      el('text', { x: lx + 36, y: ly + 4, 'font-size': 11, fill: PALETTE.text }, text.legend.kinds[kind]),
    );
  });
  const evidence: EvidenceClass[] = ['human', 'animal', 'review'];
  const ey = y + 40;
  evidence.forEach((kind, i) => {
    const lx = x + i * (width / 3);
    items.push(
      el('path', {
        d: `M${lx} ${ey} H${lx + 28}`,
        stroke: PALETTE.muted,
        'stroke-width': BASE_WIDTH,
        'stroke-dasharray': DASHES[kind],
        'stroke-linecap': kind === 'review' ? 'round' : 'butt',
      }),
      el('text', { x: lx + 34, y: ey + 4, 'font-size': 11, fill: PALETTE.text }, text.legend.evidence[kind]),
    );
  });
  const ly = ey + 20;
  items.push(
    el('rect', { x, y: ly - 8, width: 28, height: 14, rx: 4, fill: PALETTE.lit.fill, stroke: PALETTE.lit.stroke, 'stroke-width': 1.5 }),
    el('text', { x: x + 36, y: ly + 3, 'font-size': 11, fill: PALETTE.text }, text.legend.lit),
  );
  return { el: el('g', { class: 'legend' }, ...items), height: ly + 12 - y };
}

export function exportSvg(view: MapView, text: ExportText, sources: readonly Citation[]): string {
  const width = view.width + PAD * 2;
  const inner = width - PAD * 2;
  const { regions, edges, nodes } = layers(view);
  const wrapNode = (n: MapView['nodes'][number]) =>
    el(
      'g',
      { 'data-glossa-node': n.term, 'data-lit': n.lit ? 'true' : undefined, opacity: n.dim ? DIM_OPACITY : undefined },
      ...drawNode(n),
    );
  const map = el(
    'g',
    { transform: `translate(${PAD} ${HEADER})` },
    ...drawTiers(view),
    ...regions.map(wrapNode),
    ...edges.map((e) => el('g', { 'data-glossa-edge': e.id, 'data-weight': e.weight }, ...drawEdge(e, view))),
    ...nodes.map(wrapNode),
  );

  let y = HEADER + view.height + 20;
  const body: SvgEl[] = [];
  const key = legend(view, text, PAD, y, inner);
  body.push(key.el);
  y += key.height + 18;
  for (const [label, value] of [
    ['', view.caption.summary],
    [text.people, view.caption.people],
    [text.animalsOnly, view.caption.animalsOnly],
  ] as const) {
    const p = paragraph(label ? `${label} ${value}` : value, PAD, y, inner, TEXT_SIZE, TEXT_LINE, { class: 'caption' });
    body.push(p.el);
    y += p.height + 6;
  }
  y += 10;
  body.push(el('text', { x: PAD, y, 'font-size': 12, 'font-weight': 700, fill: PALETTE.text }, text.sources));
  y += SOURCE_LINE + 4;
  sources.forEach((source, i) => {
    const line = `${i + 1}. ${source.label}${source.url ? ` — ${source.url}` : ''}`;
    const p = paragraph(line, PAD, y, inner, SOURCE_SIZE, SOURCE_LINE, { class: 'citation', fill: PALETTE.muted });
    body.push(source.url ? el('a', { href: source.url }, p.el) : p.el);
    y += p.height + 2;
  });
  const height = Math.ceil(y + PAD);

  const svg = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT, lang: view.lang },
    el('title', {}, text.title),
    el('desc', {}, `${text.subtitle}\n${textAlternativePlain(view, text.onPage)}`),
    drawDefs(),
    el('rect', { x: 0, y: 0, width, height, fill: PALETTE.background }),
    el('text', { x: PAD, y: 24, 'font-size': 15, 'font-weight': 700, fill: PALETTE.text }, text.title),
    el('text', { x: PAD, y: 42, 'font-size': 11, fill: PALETTE.muted }, text.subtitle),
    map,
    ...body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(svg)}\n`;
}
