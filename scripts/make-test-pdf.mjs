/**
 * Makes the PDFs the reader's tests read (tests/fixtures/pdf/glossa-*.pdf):
 * the Glossa demo article (the made-up article of demo/pubmed-demo.html and
 * tests/fixtures/pmc-glossa-demo.html, DOI 10.5555/glossa-demo.2026) set the
 * way PDFs break text, and a one-page PDF without a DOI. Deterministic: the
 * same inputs give the same bytes.
 *
 *   node scripts/make-test-pdf.mjs            writes both files
 *   node scripts/make-test-pdf.mjs --check    exits 1 if a committed file differs
 *
 * The hard cases, each where the tests look for it (tests/lib/pdf/, tests/e2e/pdf-reader.e2e.test.ts):
 * - words hyphenated across lines ("peri-/aqueductal", "Diffuse noxious inhibi-/tory controls",
 *   "chronic tension-type head-/ache") and a compound broken at its own hyphen ("tension-/type");
 * - terms across a line break ("conditioned pain/modulation") and across the column break
 *   ("Descending" at the foot of the left column, "facilitation" at the head of the right);
 * - subscripts as separate, lowered text (5-HT with a lowered 3, 1A, 2A, 7);
 * - superscripts: citation numbers raised after a word ("KCC2⁴,⁵", "ﬁbromyalgia⁸", "measured.⁶"),
 *   and a raised charge that belongs to its word ("Ca²⁺");
 * - ligatures: "ﬁbromyalgia" written with U+FB01 (the font's ligature glyph, mapped to U+FB01);
 * - two columns whose lines are written interleaved (left line, right line, …), so the
 *   content stream's order is not the reading order.
 * Text: DejaVu Serif (tests/fixtures/pdf/font/, Bitstream Vera licence), embedded as a subset.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const OUT = new URL('../tests/fixtures/pdf/', import.meta.url);
const FONT = new URL('../tests/fixtures/pdf/font/DejaVuSerif.ttf', import.meta.url);
/** A fixed date: the files do not change from run to run. */
const DATE = new Date('2026-01-15T00:00:00Z');

const PAGE = { width: 612, height: 792 };
const MARGIN = 54;
const GUTTER = 24;
const COLUMN = (PAGE.width - 2 * MARGIN - GUTTER) / 2;

/** Script runs: {^…} raised (superscript), {_…} lowered (subscript); everything else at the line's size. */
function runs(line) {
  const out = [];
  const re = /\{([_^])([^}]*)\}/g;
  let at = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index > at) out.push({ text: line.slice(at, m.index), script: undefined });
    out.push({ text: m[2], script: m[1] === '^' ? 'sup' : 'sub' });
    at = m.index + m[0].length;
  }
  if (at < line.length) out.push({ text: line.slice(at), script: undefined });
  return out;
}

/** Draws one line of runs at (x, y); throws if it is wider than `width`. */
function drawLine(page, font, line, x, y, size, width) {
  let cursor = x;
  for (const run of runs(line)) {
    const runSize = run.script ? size * 0.65 : size;
    const rise = run.script === 'sup' ? size * 0.38 : run.script === 'sub' ? -size * 0.18 : 0;
    page.drawText(run.text, { x: cursor, y: y + rise, size: runSize, font, color: rgb(0, 0, 0) });
    cursor += font.widthOfTextAtSize(run.text, runSize);
  }
  if (cursor - x > width + 0.01) throw new Error(`line too wide (${(cursor - x).toFixed(1)} > ${width.toFixed(1)}): ${line}`);
}

const LEFT = [
  'Background',
  'Descending pain modulation from the peri-',
  'aqueductal gray (PAG) and the rostral ven-',
  'tromedial medulla (RVM) can either dampen',
  'or amplify spinal pain signals. Serotonin',
  '(5-hydroxytryptamine, 5-HT) takes part in',
  'both: descending inhibition through 5-HT{_1A}',
  'and 5-HT{_7} receptors, and descending facili-',
  'tation through spinal 5-HT{_3} receptors.{^1,2}',
  'Mechanisms',
  'In rodent studies, blocking 5-HT{_3} receptors in',
  'the dorsal horn reduced facilitation, and sero-',
  'tonin type 3 receptors sit on terminals near',
  'neurons expressing the NK1 receptor for sub-',
  'stance P. After nerve injury in mice, loss of',
  'the chloride exporter KCC2{^4,5} turned sero-',
  'tonergic inhibition into facilitation; a 5-HT{_2A}',
  'agonist that restores KCC2 was studied in the',
  'same line of work. Intracellular Ca{^2+} was not',
  'measured.{^6} Descending',
];

const RIGHT = [
  'facilitation is the other face.{^7}',
  'People',
  'Diffuse noxious inhibi-',
  'tory controls (DNIC) in animals and con-',
  'ditioned pain modulation (CPM) in people',
  'measure this system. Weaker CPM has been',
  'reported in \ufb01bromyalgia{^8}, ME/CFS and',
  'chronic tension-type head-',
  'ache, alongside central sensitization. SNRIs',
  'such as duloxetine strengthen descending',
  'noradrenergic and serotonergic inhibition;',
  'the 5-HT3-mediated arm is why setrons were',
  'tried.{^9,10} In chronic tension-',
  'type headache, conditioned pain',
  'modulation is weaker still.',
];

const PAGE_TWO = [
  '1. Introduction',
  'This second page goes on after the abstract, so that a page the reader renders later is late content:',
  'diffuse noxious inhibitory controls (DNIC) and conditioned pain modulation (CPM) are named again',
  'here, and KCC2 and the 5-HT{_3} receptor appear once more.',
];

async function newDocument(title, subject) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // Ligatures only where the text asks for one (U+FB01): fontkit would otherwise form them itself.
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true, features: { liga: false } });
  pdf.setTitle(title);
  pdf.setAuthor('Glossa Team');
  if (subject) pdf.setSubject(subject);
  pdf.setCreator('Glossa scripts/make-test-pdf.mjs');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(DATE);
  pdf.setModificationDate(DATE);
  return { pdf, font };
}

export async function demoArticlePdf() {
  const { pdf, font } = await newDocument("Serotonin's two faces in pain: 5-HT3 receptors, KCC2 and DNIC", 'doi:10.5555/glossa-demo.2026');
  const one = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN - 16;
  const full = PAGE.width - 2 * MARGIN;
  drawLine(one, font, 'Serotonin’s two faces in pain: 5-HT{_3} receptors,', MARGIN, y, 16, full);
  y -= 21;
  drawLine(one, font, 'KCC2 and DNIC', MARGIN, y, 16, full);
  y -= 20;
  drawLine(one, font, 'Glossa Team · Glossa Demo J. 2026;1:1–2 · doi: 10.5555/glossa-demo.2026', MARGIN, y, 9, full);
  y -= 12;
  drawLine(one, font, 'A test PDF made by scripts/make-test-pdf.mjs for Glossa’s tests; not a real article.', MARGIN, y, 7, full);
  y -= 26;
  // Interleaved: each row writes the left line, then the right one.
  const size = 9.5;
  const leading = 13;
  for (let row = 0; row < Math.max(LEFT.length, RIGHT.length); row++) {
    const at = y - row * leading;
    if (LEFT[row] !== undefined) drawLine(one, font, LEFT[row], MARGIN, at, size, COLUMN);
    if (RIGHT[row] !== undefined) drawLine(one, font, RIGHT[row], MARGIN + COLUMN + GUTTER, at, size, COLUMN);
  }
  const two = pdf.addPage([PAGE.width, PAGE.height]);
  y = PAGE.height - MARGIN - 12;
  for (const [i, line] of PAGE_TWO.entries()) {
    drawLine(two, font, line, MARGIN, y, i === 0 ? 12 : 9.5, full);
    y -= i === 0 ? 20 : 14;
  }
  return pdf.save({ useObjectStreams: false });
}

export async function noDoiPdf() {
  const { pdf, font } = await newDocument('A test PDF without a DOI');
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const full = PAGE.width - 2 * MARGIN;
  let y = PAGE.height - MARGIN - 14;
  for (const [i, line] of [
    'A test PDF without a DOI',
    'Made by scripts/make-test-pdf.mjs for Glossa’s tests: with no DOI in its text or metadata, its highlights',
    'are kept under PDF.js’s fingerprint of the file. Central sensitization and wind-up amplify pain.',
  ].entries()) {
    drawLine(page, font, line, MARGIN, y, i === 0 ? 14 : 9.5, full);
    y -= i === 0 ? 22 : 14;
  }
  return pdf.save({ useObjectStreams: false });
}

export const FILES = { 'glossa-demo-article.pdf': demoArticlePdf, 'glossa-no-doi.pdf': noDoiPdf };

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let differs = false;
  for (const [name, make] of Object.entries(FILES)) {
    const bytes = Buffer.from(await make());
    const file = new URL(name, OUT);
    if (check) {
      let committed;
      try {
        committed = readFileSync(file);
      } catch {
        committed = undefined;
      }
      if (!committed?.equals(bytes)) {
        console.error(`${name}: differs from what scripts/make-test-pdf.mjs makes`);
        differs = true;
      }
    } else {
      writeFileSync(file, bytes);
      console.log(`wrote tests/fixtures/pdf/${name} (${bytes.length} bytes)`);
    }
  }
  if (differs) process.exit(1);
}
