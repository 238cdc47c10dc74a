/**
 * lib/pdf: how PDF text reads, on text items made here (each case alone)
 * and on the real items PDF.js gives for the test PDF and the four real
 * PDFs (tests/fixtures/pdf).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentWords, isCitationText, layoutPage, lineJoin, type PdfTextItem } from '../../../lib/pdf/layout';
import { readPage, unligature } from '../../../lib/pdf/reading';
import { doiIn, pdfIdentity } from '../../../lib/pdf/identity';
import { fileName, originPattern, pdfAddress, readerPath } from '../../../lib/pdf/address';
import { FILES } from '../../../scripts/make-test-pdf.mjs';
import { loadPdf, PDF_DIR } from './load';

/** A text item at (x, y) in a 10-point font (about 5 points a character). */
function item(str: string, x: number, y: number, size = 10, eol = false): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, hasEOL: eol };
}

function read(items: PdfTextItem[], words?: Set<string>): string {
  return readPage(
    layoutPage(items, { words }),
    items.map((i) => i.str),
  ).text;
}

describe('layoutPage + readPage on made-up items', () => {
  it('joins a word hyphenated across two lines, dropping the hyphen', () => {
    expect(read([item('Diffuse noxious inhibi-', 50, 700), item('tory controls', 50, 688)])).toBe('Diffuse noxious inhibitory controls');
  });

  it('keeps the hyphen of a compound the document writes with one, and of a part with capitals or digits', () => {
    const words = documentWords(['chronic tension-type headache']);
    expect(read([item('chronic tension-', 50, 700), item('type headache', 50, 688)], words)).toBe('chronic tension-type headache');
    expect(read([item('the 5-HT3-', 50, 700), item('mediated arm', 50, 688)])).toBe('the 5-HT3-mediated arm');
    expect(read([item('an anti-', 50, 700), item('NMDA drug', 50, 688)])).toBe('an anti-NMDA drug');
  });

  it('reads a line break as a space', () => {
    expect(read([item('conditioned pain', 50, 700), item('modulation', 50, 688)])).toBe('conditioned pain modulation');
  });

  it('joins a lowered subscript to its word and spaces the next word by its gap', () => {
    const items = [item('5-HT', 50, 700), item('3', 70, 698, 6.5), item('receptors', 76, 700)];
    expect(read(items)).toBe('5-HT3 receptors');
  });

  it('reads a raised citation after a word as a boundary, a raised charge as part of its word', () => {
    expect(read([item('KCC2', 50, 700), item('4,5', 70, 704, 6.5), item('turned', 80, 700)])).toBe('KCC2 turned');
    expect(read([item('controls', 50, 700), item('12', 90, 704, 6.5), item(' in animals', 96, 700)])).toBe('controls in animals');
    expect(read([item('Ca', 50, 700), item('2+', 60, 704, 6.5), item(' rose', 66, 700)])).toBe('Ca2+ rose');
    expect(isCitationText('12', 'controls')).toBe(true);
    expect(isCitationText('3', 'DNIC')).toBe(false);
    expect(isCitationText('4–6', 'DNIC')).toBe(true);
    expect(isCitationText('2+', 'Ca')).toBe(false);
  });

  it('spells out ligatures, mapping each letter back to the ligature', () => {
    const items = [item('in \ufb01bromyalgia', 50, 700)];
    const reading = readPage(layoutPage(items), ['in \ufb01bromyalgia']);
    expect(reading.text).toBe('in fibromyalgia');
    expect(reading.map[3]).toBe(3);
    expect(reading.map[4]).toBe(3);
    expect(reading.map[5]).toBe(4);
    expect(unligature('\ufb02ow \ufb03ce')).toBe('flow ffice');
  });

  it('reads two columns written line by line in turn as the left column, then the right', () => {
    const items = [
      item('A full-width title over both columns', 50, 760, 14),
      item('left one', 50, 700),
      item('right one', 320, 700),
      item('left two ends Descending', 50, 688),
      item('facilitation begins right two', 320, 688),
    ];
    // Stream order is left, right, left, right; the page reads left column then right.
    expect(read(items)).toBe(
      'A full-width title over both columns left one left two ends Descending right one facilitation begins right two',
    );
  });

  it('sends every character of the reading back to the item text it came from', () => {
    const items = [item('Diffuse noxious inhibi-', 50, 700), item('tory controls', 50, 688)];
    const layout = layoutPage(items);
    const reading = readPage(
      layout,
      items.map((i) => i.str),
    );
    const at = reading.text.indexOf('inhibitory');
    const start = reading.map[at];
    const end = reading.map[at + 'inhibitory'.length - 1] + 1;
    // The raw text holds the hyphen the reading dropped.
    expect(reading.raw.slice(start, end)).toBe('inhibi-tory');
  });
});

describe('the reference list', () => {
  it('is left out of the text to annotate from its heading on, and on the pages after', () => {
    const page = [
      item('central sensitization in the text', 50, 700),
      item('References', 50, 680, 12),
      item('1. Morris CS: a paper', 50, 660),
    ];
    const layout = layoutPage(page);
    expect(layout.body).toBe(1);
    expect(layout.inReferences).toBe(true);
    const next = layoutPage([item('2. Rogers FB: another', 50, 700)], { inReferences: true });
    expect(next).toMatchObject({ body: 0, inReferences: true });
    expect(layoutPage([item('Methods', 50, 700)])).toMatchObject({ body: 1, inReferences: false });
  });
});

describe('lineJoin', () => {
  it('drops a soft hyphen always, a typographic one between lower-case parts', () => {
    expect(lineJoin('head\u00ad', 'ache')).toEqual({ before: '', dropped: 4 });
    expect(lineJoin('chronic head-', 'ache')).toEqual({ before: '', dropped: 12 });
    expect(lineJoin('no hyphen', 'next')).toEqual({ before: ' ' });
  });
});

describe('the test PDF (scripts/make-test-pdf.mjs), as PDF.js gives its items', () => {
  it('is what the generator makes', async () => {
    for (const [name, make] of Object.entries(FILES)) {
      expect(Buffer.from(await make()).equals(readFileSync(new URL(name, PDF_DIR))), name).toBe(true);
    }
  });

  it('reads every hard case on page 1, ligature included (PDF.js normalisation off)', async () => {
    const pdf = await loadPdf('glossa-demo-article.pdf', { raw: true });
    const items = pdf.pages[0];
    expect(items.some((i) => i.str.includes('\ufb01bromyalgia'))).toBe(true);
    const words = documentWords(pdf.pages.flat().map((i) => i.str));
    const text = read(items, words);
    for (const phrase of [
      'from the periaqueductal gray (PAG) and the rostral ventromedial medulla (RVM)',
      'descending inhibition through 5-HT1A and 5-HT7 receptors, and descending facilitation through spinal 5-HT3 receptors. Mechanisms',
      'the chloride exporter KCC2 turned serotonergic inhibition',
      'Intracellular Ca2+ was not measured. Descending facilitation is the other face. People',
      'Diffuse noxious inhibitory controls (DNIC) in animals and conditioned pain modulation (CPM) in people',
      'reported in fibromyalgia, ME/CFS and chronic tension-type headache, alongside central sensitization.',
      'were tried. In chronic tension-type headache, conditioned pain modulation is weaker still.',
    ]) {
      expect(text).toContain(phrase);
    }
    // The left column is read whole before the right one.
    expect(text.indexOf('measured. Descending')).toBeLessThan(text.indexOf('People Diffuse'));
  });
});

describe('identity', () => {
  it('finds a DOI written with its label or as a link', () => {
    expect(doiIn('Rehabil Res Pract 2010. doi:10.1155/2010/157939')).toBe('10.1155/2010/157939');
    expect(doiIn('see https://doi.org/10.1186/1752-2897-4-1.')).toBe('10.1186/1752-2897-4-1');
    expect(doiIn('(DOI: 10.1042/CS20130403)')).toBe('10.1042/cs20130403');
    expect(doiIn('page 10.5 of 12', false)).toBeUndefined();
  });

  it('names each real PDF by its DOI, and a PDF without one by its fingerprint', async () => {
    const expected: Record<string, string> = {
      'bmc-jtmo-1752-2897-4-1-dvt-prophylaxis-trauma-2010.pdf': '10.1186/1752-2897-4-1',
      'cup-intpsychogeriatr-S1041610213001804-dementia-life-events-2014.pdf': '10.1017/s1041610213001804',
      'hindawi-rrp-2010-157939-heart-failure-programmes-2010.pdf': '10.1155/2010/157939',
      'portland-clinsci-CS20130403-ace-inhibitors-2014.pdf': '10.1042/cs20130403',
      'glossa-demo-article.pdf': '10.5555/glossa-demo.2026',
    };
    for (const [file, doi] of Object.entries(expected)) {
      const pdf = await loadPdf(file);
      const text = (i: number) => read(pdf.pages[i]);
      const identity = pdfIdentity({
        info: pdf.info,
        firstPage: text(0),
        lastPage: text(pdf.pages.length - 1),
        fingerprint: pdf.fingerprint,
      });
      expect(identity.doi, file).toBe(doi);
      expect(identity.fingerprint).toBeUndefined();
    }
    const none = await loadPdf('glossa-no-doi.pdf');
    const identity = pdfIdentity({ info: none.info, firstPage: read(none.pages[0]), fingerprint: none.fingerprint });
    expect(identity).toMatchObject({ fingerprint: none.fingerprint, title: 'A test PDF without a DOI' });
    expect(identity.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('the reader address', () => {
  it('takes http, https and file addresses, and names the permission an origin needs', () => {
    const web = pdfAddress(`?file=${encodeURIComponent('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/pdf/a.pdf')}`);
    expect(web).toMatchObject({ kind: 'web', origin: 'https://pmc.ncbi.nlm.nih.gov/*' });
    expect(pdfAddress('?file=file%3A%2F%2F%2Fhome%2Fme%2Fpaper.pdf')?.kind).toBe('file');
    expect(pdfAddress('?file=javascript%3Aalert(1)')).toBeUndefined();
    expect(pdfAddress('?file=data%3Aapplication%2Fpdf%2Cx')).toBeUndefined();
    expect(pdfAddress('')).toBeUndefined();
    expect(originPattern(new URL('http://example.org:8080/x.pdf'))).toBe('http://example.org/*');
    expect(fileName(new URL('https://x.org/a/My%20Paper.pdf'))).toBe('My Paper.pdf');
    expect(readerPath('https://x.org/a b.pdf')).toBe('/pdf.html?file=https%3A%2F%2Fx.org%2Fa%20b.pdf');
  });
});
