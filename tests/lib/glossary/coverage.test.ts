/**
 * Coverage: every term of the first domain (serotonin, descending modulation,
 * KCC2, DNIC/CPM, ACC, SNRIs, ME/CFS, fibromyalgia, tension-type headache) is
 * in the glossary and is found by the matcher under the name papers use.
 */
import { bundledInflections } from '../../../lib/glossary/inflections';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import { Matcher } from '../../../lib/match/matcher';
import { normalize } from '../../../lib/match/normalize';

/** [text as a paper writes it, term id]. */
const REQUIRED: Array<[string, string]> = [
  ['serotonin', 'serotonin'],
  ['5-HT', 'serotonin'],
  ['5-hydroxytryptamine', 'serotonin'],
  ['5-HT1A receptor', 'htr1a'],
  ['5-HT1B receptor', 'htr1b'],
  ['5-HT1D receptor', 'htr1d'],
  ['5-HT2A receptor', 'htr2a'],
  ['5-HT2C receptor', 'htr2c'],
  ['5-HT3 receptor', 'htr3'],
  ['5-HT7 receptor', 'htr7'],
  ['5-HT3', 'htr3'],
  ['5-HT₃', 'htr3'],
  ['5-HT(3)', 'htr3'],
  ['5HT3', 'htr3'],
  ['5-HT3R', 'htr3'],
  ['5-HT3 receptors', 'htr3'],
  ['serotonin type 3 receptor', 'htr3'],
  ['5-hydroxytryptamine 3 receptor', 'htr3'],
  ['serotonin transporter', 'sert'],
  ['SERT', 'sert'],
  ['raphe nuclei', 'raphe-nuclei'],
  ['nucleus raphe magnus', 'nucleus-raphe-magnus'],
  ['NRM', 'nucleus-raphe-magnus'],
  ['rostral ventromedial medulla', 'rvm'],
  ['RVM', 'rvm'],
  ['periaqueductal gray', 'pag'],
  ['ON cells', 'on-cells'],
  ['OFF cells', 'off-cells'],
  ['locus coeruleus', 'locus-coeruleus'],
  ['noradrenaline', 'noradrenaline'],
  ['norepinephrine', 'noradrenaline'],
  ['alpha2-adrenergic receptor', 'alpha2-adrenoceptor'],
  ['descending pain modulation', 'descending-pain-modulation'],
  ['descending inhibition', 'descending-inhibition'],
  ['descending facilitation', 'descending-facilitation'],
  ['diffuse noxious inhibitory controls', 'dnic'],
  ['DNIC', 'dnic'],
  ['conditioned pain modulation', 'cpm'],
  ['endogenous opioids', 'endogenous-opioids'],
  ['dorsal horn', 'dorsal-horn'],
  ['wide dynamic range neurons', 'wdr-neurons'],
  ['KCC2', 'kcc2'],
  ['NKCC1', 'nkcc1'],
  ['chloride homeostasis', 'chloride-homeostasis'],
  ['GABA', 'gaba'],
  ['GABA-A receptor', 'gaba-a-receptor'],
  ['glycine', 'glycine'],
  ['disinhibition', 'disinhibition'],
  ['substance P', 'substance-p'],
  ['NK1 receptor', 'nk1-receptor'],
  ['CGRP', 'cgrp'],
  ['glutamate', 'glutamate'],
  ['NMDA receptor', 'nmda-receptor'],
  ['wind-up', 'wind-up'],
  ['temporal summation', 'temporal-summation'],
  ['central sensitization', 'central-sensitization'],
  ['peripheral sensitization', 'peripheral-sensitization'],
  ['hyperalgesia', 'hyperalgesia'],
  ['allodynia', 'allodynia'],
  ['microglia', 'microglia'],
  ['BDNF', 'bdnf'],
  ['TrkB', 'trkb'],
  ['anterior cingulate cortex', 'acc'],
  ['insular cortex', 'insular-cortex'],
  ['amygdala', 'amygdala'],
  ['prefrontal cortex', 'prefrontal-cortex'],
  ['long-term potentiation', 'ltp'],
  ['LTP', 'ltp'],
  ['synaptic plasticity', 'synaptic-plasticity'],
  ['SNRI', 'snri'],
  ['SSRI', 'ssri'],
  ['tricyclic antidepressants', 'tca'],
  ['duloxetine', 'duloxetine'],
  ['milnacipran', 'milnacipran'],
  ['amitriptyline', 'amitriptyline'],
  ['pregabalin', 'pregabalin'],
  ['ondansetron', 'ondansetron'],
  ['triptans', 'triptans'],
  ['ME/CFS', 'mecfs'],
  ['myalgic encephalomyelitis', 'mecfs'],
  ['chronic fatigue syndrome', 'mecfs'],
  ['fibromyalgia', 'fibromyalgia'],
  ['chronic tension-type headache', 'chronic-tension-type-headache'],
  ['tension-type headache', 'tension-type-headache'],
  ['migraine', 'migraine'],
  ['irritable bowel syndrome', 'irritable-bowel-syndrome'],
  ['chronic widespread pain', 'chronic-widespread-pain'],
  ['neuropathic pain', 'neuropathic-pain'],
  ['nociplastic pain', 'nociplastic-pain'],
  ['post-exertional malaise', 'post-exertional-malaise'],
  ['estrogen', 'estrogen'],
  ['estradiol', 'estrogen'],
  ['estrogen receptor alpha', 'estrogen-receptor-alpha'],
  ['estrogen receptor beta', 'estrogen-receptor-beta'],
  ['quantitative sensory testing', 'qst'],
  ['pressure pain threshold', 'pressure-pain-threshold'],
  ['nociceptor', 'nociceptor'],
  ['C fibre', 'c-fibre'],
  ['A-delta fibre', 'a-delta-fibre'],
  ['lamina I', 'lamina-i'],
  ['spinothalamic tract', 'spinothalamic-tract'],
  ['thalamus', 'thalamus'],
  ['somatosensory cortex', 'somatosensory-cortex'],
  ['placebo analgesia', 'placebo-analgesia'],
  ['nocebo', 'nocebo'],
  ['offset analgesia', 'offset-analgesia'],
  ['heart rate variability', 'heart-rate-variability'],
  ['HPA axis', 'hpa-axis'],
  ['cortisol', 'cortisol'],
  ['kynurenine', 'kynurenine'],
  ['tryptophan', 'tryptophan'],
];

const matcher = new Matcher(bundled.terms, bundledInflections);
const ids = new Set(bundled.terms.map((t) => t.id));

describe('knowledge-base coverage', () => {
  it('has at least 150 terms and 50 claims', () => {
    expect(bundled.terms.length).toBeGreaterThanOrEqual(150);
    expect(bundled.claims.length).toBeGreaterThanOrEqual(50);
  });

  it.each(REQUIRED)('finds "%s" as term %s', (text, id) => {
    expect(ids.has(id), `missing term ${id}`).toBe(true);
    const normalized = normalize(text).text;
    const matches = matcher.find(normalized);
    expect(matches.map((m) => [normalized.slice(m.start, m.end), m.form.termIds])).toEqual([[normalized, [id]]]);
  });

  it('gives Japanese names in the style of Japanese medical writing for the core terms', () => {
    const ja = (id: string) => bundled.terms.find((t) => t.id === id)?.name.ja ?? '';
    expect(ja('descending-inhibition')).toContain('下行性');
    expect(ja('dorsal-horn')).toContain('脊髄後角');
    expect(ja('central-sensitization')).toContain('中枢性感作');
    expect(ja('fibromyalgia')).toContain('線維筋痛症');
    expect(ja('mecfs')).toContain('筋痛性脳脊髄炎');
    expect(ja('chronic-tension-type-headache')).toContain('慢性緊張型頭痛');
    expect(ja('acc')).toContain('前帯状皮質');
    expect(ja('ltp')).toContain('長期増強');
  });
});
