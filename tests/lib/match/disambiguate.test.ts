/**
 * The policy for abbreviations (lib/match/disambiguate.ts), through the
 * reading pipeline (lib/match/pipeline.ts) with the content script's match
 * data: (a) the paper's own definition, (b) context, (c) otherwise nothing;
 * the paper's own abbreviations; the contexts that never mean our sense; bad
 * input and time.
 */
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';
import { readArticle, termAttribute, PAPER_PREFIX } from '../../../lib/match/pipeline';
import { ARTICLE_MIN, shortFormKey, WINDOW_SENTENCES } from '../../../lib/match/disambiguate';
import { bundled } from '../../../lib/glossary/data';
import { bundledInflections } from '../../../lib/glossary/inflections';

const matcher = new Matcher(bundled.terms, bundledInflections);

function read(blocks: string[]) {
  const texts = blocks.map((b) => normalize(b).text);
  return { texts, reading: readArticle(texts, matcher) };
}

/** Every mention as "text→attribute", over all blocks. */
function annotated(blocks: string[]): string[] {
  const { texts, reading } = read(blocks);
  return reading.mentions.flatMap((ms, i) => ms.map((m) => `${texts[i].slice(m.start, m.end)}→${termAttribute(m)}`));
}

/** The attribute of every mention whose text is `text` (undefined where an occurrence is not annotated). */
function senses(blocks: string[], text: string): Array<string | undefined> {
  const { texts, reading } = read(blocks);
  const out: Array<string | undefined> = [];
  texts.forEach((t, i) => {
    for (let at = t.indexOf(text); at >= 0; at = t.indexOf(text, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(t[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(t[at + text.length] ?? '')) continue;
      const m = reading.mentions[i].find((x) => x.start <= at && at < x.end);
      out.push(m ? termAttribute(m) : undefined);
    }
  });
  return out;
}

describe('(a) the paper’s own definition comes first', () => {
  it('a paper defining ACC as acetyl-CoA carboxylase never shows our cortex entry, even where cortex cues surround it', () => {
    const blocks = [
      'Chronic pain, the ACC and the anterior cingulate cortex: cingulate activity in pain.',
      'Acetyl-CoA carboxylase (ACC) activity rose in spinal cord neurons during pain.',
      'ACC inhibition reduced pain; the ACC in the cortex was phosphorylated.',
    ];
    expect(senses(blocks, 'ACC')).toEqual(['paper:ACC', 'paper:ACC', 'paper:ACC', 'paper:ACC']);
    // The full name is still our term.
    expect(senses(blocks, 'anterior cingulate cortex')).toEqual(['acc']);
  });

  it('a paper defining an abbreviation as one of our long forms maps it to that term, listed or not', () => {
    expect(senses(['The spinal dorsal horn (SDH) receives input.', 'SDH neurons fired.'], 'SDH')).toEqual(['dorsal-horn', 'dorsal-horn']);
    // CS is ours twice over; the definition picks, whatever the cues around.
    expect(senses(['The conditioning stimulus (CS) was cold water.', 'CS and central sensitization and hyperalgesia.'], 'CS')).toEqual([
      'conditioning-stimulus',
      'conditioning-stimulus',
    ]);
    expect(senses(['Central sensitization (CS) was inferred.', 'CS, conditioning and CPM.'], 'CS')).toEqual([
      'central-sensitization',
      'central-sensitization',
    ]);
    // A long form that is our name of another term: MOR as morphine, not the mu-opioid receptor.
    expect(senses(['Rats received morphine (MOR) daily; MOR tolerance developed.'], 'MOR')).toEqual(['morphine', 'morphine']);
  });

  it('reads a long form that goes on after the bracket, and annotates the long form too', () => {
    expect(annotated(['Dysregulation of the hypothalamic-pituitary-adrenal (HPA) axis; HPA activity.'])).toEqual([
      'hypothalamic-pituitary-adrenal→hpa-axis',
      'HPA→hpa-axis',
      'HPA→hpa-axis',
    ]);
    expect(annotated(['Wide dynamic range (WDR) neurons wind up.'])).toEqual(['Wide dynamic range→wdr-neurons', 'WDR→wdr-neurons']);
  });

  it('keeps an unambiguous glossary abbreviation whose long form agrees with it, and gives it up when it does not', () => {
    expect(senses(['The K+/Cl- cotransporter isoform 2 (KCC2) was lost; KCC2 fell.'], 'KCC2')).toEqual(['kcc2', 'kcc2']);
    expect(senses(['The mean orientation response (MOR) was scored; MOR rose.'], 'MOR')).toEqual(['paper:MOR', 'paper:MOR']);
  });

  it('takes the definition nearest before a mention, else the first after it', () => {
    const blocks = [
      'CS was applied first.',
      'The conditioning stimulus (CS) was cold water.',
      'CS again.',
      'Central sensitization (CS) is discussed later.',
      'CS here.',
    ];
    expect(senses(blocks, 'CS')).toEqual([
      'conditioning-stimulus',
      'conditioning-stimulus',
      'conditioning-stimulus',
      'central-sensitization',
      'central-sensitization',
    ]);
  });

  it('treats plural and singular as one short form', () => {
    expect(senses(['Tricyclic antidepressants (TCAs) help; a TCA was used.'], 'TCA')).toEqual(['tca']);
    expect(senses(['Neutrophil extracellular traps (NETs) formed; each NET and the NETs.'], 'NET')).toEqual(['paper:NETs']);
    expect(shortFormKey('TCAs')).toBe('TCA');
    expect(shortFormKey('Cs')).toBe('Cs');
  });

  it('marks the short form inside its own definition, and places the definition at its sentence', () => {
    const { texts, reading } = read(['Intro text here.', 'Pain was high. The extracellular volume fraction (ECV) was measured. ECV rose.']);
    const [d] = reading.definitions;
    expect([d.shortForm, d.longForm, d.segment, d.termId]).toEqual(['ECV', 'extracellular volume fraction', 1, undefined]);
    expect(texts[1].slice(d.sentence.start, d.sentence.end)).toBe('The extracellular volume fraction (ECV) was measured.');
    expect(texts[1].slice(d.start, d.end)).toBe('extracellular volume fraction (ECV)');
    expect(reading.mentions[1].map((m) => [texts[1].slice(m.start, m.end), !!m.defining])).toEqual([
      ['ECV', true],
      ['ECV', false],
    ]);
  });
});

describe('the paper’s own abbreviations', () => {
  it('annotates every mention of a short form the paper defines, anywhere, with its plural, at word boundaries only', () => {
    const blocks = [
      'ECV rose in FRDA.',
      'The extracellular volume fraction (ECV) was measured.',
      'Both ECVs and ECV values; not ECVa, xECV or ecv.',
    ];
    expect(annotated(blocks)).toEqual(['ECV→paper:ECV', 'ECV→paper:ECV', 'ECVs→paper:ECV', 'ECV→paper:ECV']);
    expect(PAPER_PREFIX).toBe('paper:');
  });

  it('a long form of a modifier and one of our names, abbreviated as their initials, is that term', () => {
    expect(senses(['Inhibitory conditioned pain modulation (ICPM) is an endogenous mechanism; ICPM was weak.'], 'ICPM')).toEqual([
      'cpm',
      'cpm',
    ]);
    expect(senses(['Rats underwent tibial nerve transection (TNT). After TNT, allodynia developed.'], 'TNT')).toEqual([
      'peripheral-nerve-injury',
      'peripheral-nerve-injury',
    ]);
    // The initials must fit: a long form that merely ends with one of our names is the paper's own.
    expect(senses(['Patients had a cold pressor test (CPT) and a thermal allodynia score (TAS).', 'CPT and TAS.'], 'TAS')).toEqual([
      'paper:TAS',
      'paper:TAS',
    ]);
  });

  it('an ambiguous short form of ours is our term when its long form shares two content words with our name', () => {
    expect(senses(['We used spinal nerve ligated (SNL) rats; SNL rats developed allodynia.'], 'SNL')).toEqual([
      'peripheral-nerve-injury',
      'peripheral-nerve-injury',
    ]);
    // One shared word is not enough for an ambiguous form, and a fear-conditioning CS shares none with ours.
    expect(senses(['A spinal nucleus lesion (SNL) was made; SNL rats.'], 'SNL')).toEqual(['paper:SNL', 'paper:SNL']);
    expect(senses(['The conditioned stimulus (CS) was a tone; the CS and hyperalgesia.'], 'CS')).toEqual(['paper:CS', 'paper:CS']);
  });

  it('carries the definition on every mention, for the tooltip and its jump to the defining sentence', () => {
    const { reading } = read(['ECV first.', 'The extracellular volume fraction (ECV) was measured.']);
    const first = reading.mentions[0][0];
    expect(first.termId).toBeUndefined();
    expect([first.definition!.longForm, first.definition!.segment]).toEqual(['extracellular volume fraction', 1]);
  });

  it('returns mentions per block, in order, never overlapping', () => {
    const { reading } = read([
      'The periaqueductal gray (PAG) and rostral ventromedial medulla (RVM) form a PAG-RVM circuit; the PAG-RVM axis (PRA) matters. PRA and PAG.',
    ]);
    const ms = reading.mentions[0];
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });
});

describe('a short form the paper defines that joins our own abbreviations', () => {
  const DEFINED = 'Stress engages the periaqueductal gray-rostral ventromedial medulla (PAG-RVM) system.';

  it('shows the parts as our terms, in the definition and after it, keeping the paper’s definition of the whole', () => {
    const blocks = [DEFINED, 'Opioids act on the PAG-RVM axis and on PAG–RVM neurons.'];
    expect(annotated(blocks)).toEqual([
      'periaqueductal gray→pag',
      'rostral ventromedial medulla→rvm',
      'PAG→pag',
      'RVM→rvm',
      'Opioids→opioids',
      'PAG→pag',
      'RVM→rvm',
      'PAG→pag',
      'RVM→rvm',
    ]);
    const { reading } = read(blocks);
    expect(reading.definitions.map((d) => [d.shortForm, d.longForm])).toEqual([
      ['PAG-RVM', 'periaqueductal gray-rostral ventromedial medulla'],
    ]);
    const parts = reading.mentions.flat().filter((m) => m.definition);
    expect(parts.map((m) => m.definition!.shortForm)).toEqual(['PAG-RVM', 'PAG-RVM', 'PAG-RVM', 'PAG-RVM', 'PAG-RVM', 'PAG-RVM']);
    expect(parts.slice(0, 2).map((m) => m.defining)).toEqual([true, true]);
  });

  it('joins by slash too, each part decided like any mention (LC and NE are ambiguous)', () => {
    expect(annotated(['The locus coeruleus/norepinephrine (LC/NE) system modulates pain; LC/NE activity rose.'])).toEqual([
      'locus coeruleus→locus-coeruleus',
      'norepinephrine→noradrenaline',
      'LC→locus-coeruleus',
      'NE→noradrenaline',
      'LC→locus-coeruleus',
      'NE→noradrenaline',
    ]);
  });

  it('leaves SDS-PAGE, LC-MS and a compound with a part not ours as the paper’s abbreviation', () => {
    const blocks = [
      'Sodium dodecyl sulfate-polyacrylamide gel electrophoresis (SDS-PAGE) and liquid chromatography-mass spectrometry (LC-MS) were run.',
      'SDS-PAGE and LC-MS again; the rostral ventromedial medulla-dorsal horn (RVM-DH) pathway and RVM-DH cells.',
    ];
    expect(senses(blocks, 'SDS-PAGE')).toEqual(['paper:SDS-PAGE', 'paper:SDS-PAGE']);
    expect(senses(blocks, 'LC-MS')).toEqual(['paper:LC-MS', 'paper:LC-MS']);
    expect(senses(blocks, 'RVM-DH')).toEqual(['paper:RVM-DH', 'paper:RVM-DH']);
  });

  it('without a definition, a bare PAG-RVM is read as its parts already', () => {
    expect(annotated(['The periaqueductal gray and the PAG-RVM circuit.'])).toEqual(['periaqueductal gray→pag', 'PAG→pag', 'RVM→rvm']);
  });
});

describe('(b) otherwise the glossary’s context cues decide', () => {
  it('annotates an ambiguous abbreviation when the words around it are its cues', () => {
    expect(senses(['Chronic pain changes the ACC.'], 'ACC')).toEqual(['acc']);
    expect(senses(['Cold water was the CS; CPM was computed from the test stimulus.'], 'CS')).toEqual(['conditioning-stimulus']);
    expect(senses(['CS amplifies nociception and shows as hyperalgesia.'], 'CS')).toEqual(['central-sensitization']);
  });

  it('lets a rival sense in the window keep the mention unannotated, even when the article elsewhere speaks for ours', () => {
    const blocks = ['The anterior cingulate cortex is central to pain.', 'ACC phosphorylation by AMPK reduced malonyl-CoA.'];
    expect(senses(blocks, 'ACC')).toEqual([undefined]);
  });

  it('without evidence around the mention, lets the whole article decide, given ARTICLE_MIN', () => {
    const filler = ' One. Two. Three. Four.';
    expect(WINDOW_SENTENCES).toBe(2);
    expect(ARTICLE_MIN).toBe(2);
    // A name of the term far away: weight 2.
    expect(senses([`The ACC was imaged.${filler} The anterior cingulate cortex matters.`], 'ACC')).toEqual(['acc']);
    // One cue far away: weight 1, not enough.
    expect(senses([`The ACC was imaged.${filler} Pain matters.`], 'ACC')).toEqual([undefined]);
    // Two cues far away, in other blocks.
    expect(senses(['The ACC was imaged.', 'Pain matters.', 'The cingulate too.'], 'ACC')).toEqual(['acc']);
  });

  it('matches a rival cue with a capital only as written: the pronoun "us" is no unconditioned stimulus, "ms" no mass spectrometry', () => {
    expect(senses(['Let us see whether CS shows as hyperalgesia.'], 'CS')).toEqual(['central-sensitization']);
    expect(senses(['The CS and US were paired; CS shows as hyperalgesia.'], 'CS')).toEqual([undefined, undefined]);
    expect(senses(['Noradrenergic LC neurons fired within 20 ms.'], 'LC')).toEqual(['locus-coeruleus']);
    expect(senses(['Noradrenergic LC peaks were seen by MS.'], 'LC')).toEqual([undefined]);
  });

  it('leaves a mention alone when two of our senses tie', () => {
    expect(senses(['The CS: sensitization or conditioning?'], 'CS')).toEqual([undefined]);
  });

  it('(c) leaves an ambiguous abbreviation unannotated without evidence', () => {
    expect(senses(['The ACC was imaged.'], 'ACC')).toEqual([undefined]);
    expect(senses(['NE was 3 and NA was 4.'], 'NE')).toEqual([undefined]);
    expect(annotated(['The CS, the TS, the LC and E2.'])).toEqual([]);
  });

  it('needs no evidence for unambiguous forms', () => {
    expect(annotated(['KCC2 and DNIC and 5-HT3 receptors.'])).toEqual(['KCC2→kcc2', 'DNIC→dnic', '5-HT3 receptors→htr3']);
  });
});

describe('contexts that never mean our sense', () => {
  it('SDS-PAGE is never PAG, not even split or in a paper that defines PAG as ours', () => {
    const blocks = ['The periaqueductal gray (PAG) was dissected.', 'PAG lysates ran on SDS-PAGE, SDS–PAGE and SDS-PAG gels; SDS PAG too.'];
    expect(senses(blocks, 'PAG')).toEqual(['pag', 'pag', undefined, undefined]);
    expect(annotated(['Proteins were separated by SDS-PAGE near the PAG and descending opioid analgesia.'])).toEqual([
      'PAG→pag',
      'opioid→opioids',
    ]);
  });

  it('LC in LC-MS, TCA in "TCA cycle" and CS in CS-US are never ours, whatever the cues', () => {
    expect(senses(['Noradrenaline in the locus coeruleus was measured by LC-MS and LC/MS.'], 'LC')).toEqual([undefined, undefined]);
    expect(senses(['Tricyclic antidepressant doses and the TCA cycle.'], 'TCA')).toEqual([undefined]);
    expect(senses(['The conditioning stimulus paired CS-US and US-CS.'], 'CS')).toEqual([undefined, undefined]);
  });

  it.each([
    ['ACC', 'Phosphorylation of ACC at Ser79 by AMPK reduces malonyl-CoA in pain models.'],
    ['CPM', 'Binding in spinal cord membranes was 2,150 CPM; radioactivity counts fell after pain.'],
    ['CS', 'Women delivered by caesarean section (CS) had more pain; CS rates rose.'],
    ['CS', 'A tone (the conditioned stimulus, CS) preceded footshock; freezing to the CS rose.'],
    ['SP', 'Spontaneous pain behaviours (SP) and evoked pain (EP): SP was scored.'],
    ['FM', 'Frequency-modulated (FM) sweeps at 20 kHz; FM tones evoked responses in pain.'],
    ['NE', 'Clinics in the NE and SW of England recruited fibromyalgia patients.'],
    ['NA', 'Opioid use: NA (not applicable) for the placebo arm.'],
    ['E2', 'The substrate underwent E2 elimination before coupling to the opioid.'],
    ['E2', 'The E2 enzyme transfers ubiquitin to KCC2 with the E3 ligase.'],
    ['LC', 'Noradrenaline was measured by liquid chromatography (LC); LC conditions are given.'],
    ['PAG', 'Spinal proteins ran on SDS-PAGE.'],
    ['TCA', 'Mitochondrial TCA cycle flux fell in pain.'],
  ])('never annotates %s in "%s" as ours', (trap, sentence) => {
    const { texts, reading } = read([sentence]);
    for (let at = texts[0].indexOf(trap); at >= 0; at = texts[0].indexOf(trap, at + 1)) {
      const ours = reading.mentions[0].find((m) => m.termId && m.start < at + trap.length && at < m.end);
      expect(ours, `${trap} at ${at}`).toBeUndefined();
    }
  });
});

describe('bad input', () => {
  it('reads no blocks, empty blocks, whitespace and bracket soup without a crash', () => {
    expect(read([]).reading).toEqual({ mentions: [], definitions: [] });
    expect(annotated(['', ' ', '\n'])).toEqual([]);
    expect(annotated(['((((', '))))', '(()', ')(', '( ACC )', '(ACC', 'ACC)', '( (PAG) )'])).toEqual([]);
  });

  /**
   * How much longer reading takes when the text is four times as long (after
   * a warm-up run, best of three runs at each size): about 4 when reading is
   * linear, 16 when it is quadratic. A ratio, not a time limit, so a loaded
   * machine does not fail it (speed itself is measured by `npm run bench`).
   */
  function growth(text: (size: number) => string[], size: number): number {
    const best = (n: number) => {
      const blocks = text(n);
      let fastest = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        read(blocks);
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    read(text(size));
    const small = best(size);
    return best(4 * size) / small;
  }
  /** Between linear (4) and quadratic (16) growth. */
  const LINEAR = 10;

  it('reads an article in linear time, in many blocks or one, up to 2 MB', () => {
    const block =
      'The periaqueductal gray (PAG) and rostral ventromedial medulla (RVM) drive descending facilitation; acetyl-CoA carboxylase (ACC) ' +
      'rose, the ACC and CS were measured (Fig. 1) in fibromyalgia (FM) (n = 12; p < 0.05), and SDS-PAGE showed KCC2 loss. ';
    const blocks = (chars: number) => Array.from({ length: Math.ceil(chars / block.length) }, () => block);
    const { reading } = read(blocks(2_000_000));
    expect(reading.mentions.length).toBe(blocks(2_000_000).length);
    expect(reading.definitions.length).toBe(4 * blocks(2_000_000).length);
    expect(growth(blocks, 100_000)).toBeLessThan(LINEAR);
    expect(growth((chars) => [blocks(chars).join('')], 100_000)).toBeLessThan(LINEAR);
  });

  it.each([
    ['"("', '('],
    ['short definitions', 'alpha beta (AB) '],
    ['ambiguous forms and cues', 'pain ACC CS CPM cingulate conditioning '],
  ])('survives 2 MB of %s, in linear time', (_name, unit) => {
    const text = (chars: number) => [unit.repeat(Math.ceil(chars / unit.length))];
    expect(() => read(text(2_000_000))).not.toThrow();
    expect(growth(text, 100_000)).toBeLessThan(LINEAR);
  });
});
