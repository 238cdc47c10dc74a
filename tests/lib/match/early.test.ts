/**
 * The first viewport is marked before the article is read (lib/match/
 * pipeline.ts earlyMentions): these tests show that reading the whole
 * article later gives every early mention again, unchanged — on the saved
 * pages, the benchmark's generated article, and random articles whose
 * definitions come after the mentions they change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { earlyMentions, readArticle, type Mention } from '../../../lib/match/pipeline';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';
import { findAbbreviations, potentialShortForms } from '../../../lib/abbrev/schwartz-hearst';
import { splitSentences } from '../../../lib/abbrev/sentences';
import { collectSegments, READ_EXCLUDE } from '../../../lib/annotate/segments';
import { pickAdapter } from '../../../lib/sites';
import { bundled } from '../../../lib/glossary/data';
import { bundledInflections } from '../../../lib/glossary/inflections';
import { loadPage, SAVED_FILES } from '../../saved-pages';
import { article } from '../../../scripts/bench/generate.mjs';
import { Window } from 'happy-dom';

const matcher = new Matcher(bundled.terms, bundledInflections);

/** Every short form the paper could define, from its blocks with a bracket (as the annotator gathers them). */
function potentialOf(blocks: readonly string[]): Set<string> {
  const potential = new Set<string>();
  for (const block of blocks) if (block.includes('(')) potentialShortForms(block, potential);
  return potential;
}

/** Early mentions of every block, and the same blocks' mentions once the whole article is read. */
function compare(blocks: readonly string[]): { early: Mention[][]; final: Mention[][] } {
  const potential = potentialOf(blocks);
  const early = blocks.map((text) => earlyMentions(text, matcher.find(text), potential));
  return { early, final: readArticle(blocks, matcher).mentions };
}

/** Asserts every early mention is a mention of the final reading, with the same meaning and no definition. */
function expectKept(blocks: readonly string[]): number {
  const { early, final } = compare(blocks);
  let count = 0;
  early.forEach((list, i) => {
    for (const m of list) {
      count++;
      const same = final[i].find((f) => f.start === m.start && f.end === m.end);
      expect(same, `block ${i}: "${blocks[i].slice(m.start, m.end)}"`).toBeDefined();
      expect(same!.termId).toBe(m.termId);
      expect(same!.definition).toBeUndefined();
    }
  });
  return count;
}

function blocksOfPage(document: Document, url: string): string[] {
  const adapter = pickAdapter(new URL(url))!;
  const exclude = adapter.exclude ? `${READ_EXCLUDE}, ${adapter.exclude}` : READ_EXCLUDE;
  return adapter.roots(document).flatMap((root) => collectSegments(root, exclude).map((s) => normalize(s.text).text));
}

describe('potential short forms', () => {
  it('hold every short form the paper defines, on every saved page and the generated article', () => {
    const pages = SAVED_FILES.map((file) => {
      const { document, url } = loadPage(file);
      return blocksOfPage(document, url.toString());
    });
    for (const blocks of pages) {
      const potential = potentialOf(blocks);
      for (const block of blocks) {
        for (const pair of findAbbreviations(block, { sentences: splitSentences(block) })) expect(potential).toContain(pair.shortForm);
      }
    }
  });

  it('include a sentence-cut word before a bracket, the last item of a bracket and a cut bracket content', () => {
    const text = normalize(
      'Results. Thus BDNF (brain-derived neurotrophic factor) rose; a tone (the conditioned stimulus, CS) and KCC2 (cut, here).',
    ).text;
    const potential = potentialShortForms(text);
    for (const form of ['BDNF', 'DNF', 'CS', 'cut', 'KCC2']) expect(potential).toContain(form);
  });
});

describe('the first viewport, marked before the article is read', () => {
  it('marks a full name and an abbreviation no bracket names at once; waits for what a later definition or the evidence may change', () => {
    const blocks = [
      'Descending inhibition from the RVM fails; KCC2 falls and 5-HT3 receptors rise in the ACC.',
      'Methods were standard.',
      'Here RVM stands for a remote valve mechanism (RVM) of our own device.',
    ].map((b) => normalize(b).text);
    const { early, final } = compare(blocks);
    const text = (m: Mention) => blocks[0].slice(m.start, m.end);
    expect(early[0].map(text)).toEqual(['Descending inhibition', 'KCC2', '5-HT3 receptors']);
    // RVM is defined later as the paper's own abbreviation; ACC is ambiguous: neither is marked early.
    const rvm = final[0].find((m) => text(m) === 'RVM')!;
    expect(rvm.termId).toBeUndefined();
    expect(rvm.definition?.longForm).toBe('remote valve mechanism');
    expectKept(blocks);
  });

  it('does not mark early a form a paper short form may displace (leftmost-longest)', () => {
    const blocks = ['The SP-KCC2 complex and KCC2 alone.', 'We call it the SP-KCC2 (substance P-K-Cl cotransporter 2 complex).'].map(
      (b) => normalize(b).text,
    );
    const { early } = compare(blocks);
    expect(early[0].map((m) => blocks[0].slice(m.start, m.end))).toEqual([]);
    expectKept(blocks);
  });

  it('keeps every early mention, unchanged, on every saved page', () => {
    let kept = 0;
    for (const file of SAVED_FILES) {
      const { document, url } = loadPage(file);
      kept += expectKept(blocksOfPage(document, url.toString()));
    }
    expect(kept).toBeGreaterThan(100);
  });

  it('keeps every early mention, unchanged, on the generated article of the benchmark', () => {
    const { html } = article();
    const window = new Window({ url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9900001/' });
    window.document.write(html);
    const kept = expectKept(blocksOfPage(window.document as unknown as Document, 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9900001/'));
    expect(kept).toBeGreaterThan(500);
    window.close();
  });

  it('keeps every early mention when definitions, rival cues and look-alike forms come later (property)', () => {
    const fragments = [
      'KCC2 and NKCC1 regulate chloride',
      'the RVM and PAG drive descending inhibition',
      '5-HT3 receptors in the dorsal horn',
      'the ACC responds to pain',
      'CPM was weaker',
      'KCC2 (kinase-coupled channel 2) was our own name',
      'the remote valve mechanism (RVM) is a device',
      'acetyl-CoA carboxylase (ACC) is an enzyme',
      'conditioned pain modulation (CPM) was tested',
      'the SP-KCC2 (substance P-KCC2 complex) formed',
      'SP-KCC2 and KCC2s',
      'potassium-chloride cotransporter 2 (KCC2) fell',
      'serotonin (5-HT) and 5-HT3 receptors (5-HT3Rs)',
      'counts per minute (CPM) rose',
      'SDS-PAGE showed the PAG band',
      'the descending inhibition (DI) of pain; DI fell',
      'fibromyalgia (FM) and FM patients',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const blocks = parts.map((p) => normalize(`${p.join('. ')}.`).text);
          expectKept(blocks);
        },
      ),
      { numRuns: 300 },
    );
  });
});
