/**
 * A hand-labelled set of sentences for claim extraction, in the style of
 * pain-neuroscience papers. Written before the extractor was tuned:
 * DEV was used while developing the rules, HELD_OUT only to measure.
 *
 * Labelling rules:
 * - a claim is a relation stated by a verb (causal, modulatory or
 *   associative: increase, reduce, inhibit, mediate, contribute, predict,
 *   depend on, relieve, …) between two glossary terms, one the subject
 *   (cause, agent) and one the object; verbs the extractor does not know are
 *   labelled too, so recall shows the lexicon's gaps;
 * - the direction is the meaning, not the verb alone: "depletion of X
 *   abolished Y" is X increases Y; "Y was reduced in patients with X" is
 *   X decreases Y; "X reduced pain in Y" names the condition Y as the object;
 * - negated: the sentence says the relation did not hold;
 * - nominal relations ("an increase in X after Y", "X-mediated Y"), mere
 *   locations ("in the dorsal horn") and co-occurrence are not claims.
 * Scoring: a predicted claim is correct when the unordered pair of terms,
 * the direction and the negation all equal a label's (see claims.test.ts).
 */
import type { Direction } from '../../../lib/glossary/schema';

export interface LabelledClaim {
  subject: string;
  object: string;
  direction: Direction;
  negated?: boolean;
}

export interface LabelledSentence {
  text: string;
  claims: LabelledClaim[];
}

const c = (subject: string, direction: Direction, object: string, negated = false): LabelledClaim => ({
  subject,
  object,
  direction,
  negated,
});

export const DEV: LabelledSentence[] = [
  {
    text: 'Descending facilitation from the RVM is mediated by spinal 5-HT3 receptors.',
    claims: [c('htr3', 'increases', 'descending-facilitation')],
  },
  {
    text: 'Ondansetron, a 5-HT3 receptor antagonist, reduced mechanical allodynia in nerve-injured rats.',
    claims: [c('ondansetron', 'decreases', 'allodynia')],
  },
  { text: 'Loss of KCC2 in the dorsal horn switches GABAergic inhibition to excitation.', claims: [] },
  { text: 'BDNF released from microglia reduces KCC2 expression in lamina I neurons.', claims: [c('bdnf', 'decreases', 'kcc2')] },
  { text: 'Microglia-derived BDNF downregulates KCC2.', claims: [c('bdnf', 'decreases', 'kcc2')] },
  {
    text: 'In fibromyalgia, conditioned pain modulation (CPM) is reduced compared with healthy controls.',
    claims: [c('fibromyalgia', 'decreases', 'cpm')],
  },
  {
    text: 'Serotonin can either inhibit or facilitate nociception, depending on the receptor subtype.',
    claims: [c('serotonin', 'decreases', 'nociception'), c('serotonin', 'increases', 'nociception')],
  },
  { text: 'Activation of 5-HT1A receptors in the RVM attenuated hyperalgesia.', claims: [c('htr1a', 'decreases', 'hyperalgesia')] },
  {
    text: 'Spinal 5-HT7 receptors did not contribute to the antinociceptive effect of morphine.',
    claims: [c('htr7', 'increases', 'morphine', true)],
  },
  { text: 'We recruited 40 patients with fibromyalgia and 40 healthy controls.', claims: [] },
  { text: 'Pregabalin reduced pain in patients with fibromyalgia (p < 0.01).', claims: [c('pregabalin', 'decreases', 'fibromyalgia')] },
  { text: 'The increase in temporal summation after sleep deprivation was modest.', claims: [] },
  {
    text: 'Noradrenaline acting on spinal α2-adrenoceptors inhibits wide dynamic range neurons.',
    claims: [c('noradrenaline', 'decreases', 'wdr-neurons')],
  },
  {
    text: 'Central sensitization contributes to the widespread pain of fibromyalgia.',
    claims: [c('central-sensitization', 'increases', 'fibromyalgia')],
  },
  {
    text: 'Temporal summation was enhanced in patients with chronic low back pain.',
    claims: [c('chronic-low-back-pain', 'increases', 'temporal-summation')],
  },
  { text: 'Estrogen increases the tonic effects of serotonin on pain processing.', claims: [c('estrogen', 'increases', 'serotonin')] },
  { text: '5-HT2A receptor activation up-regulates KCC2 after spinal cord injury.', claims: [c('htr2a', 'increases', 'kcc2')] },
  { text: 'Both duloxetine and milnacipran are serotonin–noradrenaline reuptake inhibitors.', claims: [] },
  {
    text: 'The SERT inhibitor fluoxetine increased extracellular serotonin in the dorsal horn.',
    claims: [c('fluoxetine', 'increases', 'serotonin')],
  },
  { text: 'Naloxone did not reverse placebo analgesia in this paradigm.', claims: [c('naloxone', 'decreases', 'placebo-analgesia', true)] },
  {
    text: 'Placebo analgesia is associated with increased activity in the prefrontal cortex.',
    claims: [c('placebo-analgesia', 'associated', 'prefrontal-cortex')],
  },
  { text: 'Chronic stress impairs endogenous analgesia.', claims: [] },
  {
    text: 'Reduced heart rate variability was associated with pain catastrophizing in women with migraine.',
    claims: [c('heart-rate-variability', 'associated', 'pain-catastrophizing')],
  },
  {
    text: 'Ketamine, an NMDA receptor antagonist, reversed hyperalgesia and restored CPM.',
    claims: [c('ketamine', 'decreases', 'hyperalgesia'), c('ketamine', 'increases', 'cpm')],
  },
  {
    text: 'Amitriptyline reduced the frequency of chronic tension-type headache.',
    claims: [c('amitriptyline', 'decreases', 'chronic-tension-type-headache')],
  },
  {
    text: 'Substance P acting at NK1 receptors drives descending facilitation via a spino-bulbo-spinal loop.',
    claims: [c('substance-p', 'increases', 'descending-facilitation')],
  },
  {
    text: 'These findings suggest that microglia contribute to neuropathic pain after peripheral nerve injury.',
    claims: [c('microglia', 'increases', 'neuropathic-pain')],
  },
  {
    text: 'Neuroinflammation was not associated with fatigue severity in ME/CFS.',
    claims: [c('neuroinflammation', 'associated', 'fatigue', true)],
  },
  { text: 'Exercise reduced pain sensitivity in healthy volunteers.', claims: [] },
  { text: 'In ME/CFS, exercise-induced hypoalgesia is absent.', claims: [] },
  { text: 'Gabapentin and pregabalin bind the α2δ subunit of voltage-gated calcium channels.', claims: [] },
  { text: 'The RVM contains ON-cells and OFF-cells.', claims: [] },
  { text: 'OFF-cells inhibit nociception, whereas ON-cells facilitate it.', claims: [c('off-cells', 'decreases', 'nociception')] },
  {
    text: 'Depletion of spinal serotonin abolished the hyperalgesia induced by nerve ligation.',
    claims: [c('serotonin', 'increases', 'hyperalgesia')],
  },
  {
    text: 'TNF-α enhances AMPA receptor trafficking in dorsal horn neurons.',
    claims: [c('proinflammatory-cytokines', 'increases', 'ampa-receptor')],
  },
  { text: 'The effect of duloxetine on pain was mediated by improvements in sleep.', claims: [] },
  { text: 'Fluoxetine has been shown to enhance morphine analgesia in rodents.', claims: [c('fluoxetine', 'increases', 'morphine')] },
  { text: 'Glutamate release from primary afferents is increased by PGE2.', claims: [] },
  { text: 'Ovariectomy attenuated the analgesic effect of duloxetine.', claims: [] },
  { text: 'Less efficient CPM predicts chronic pain after thoracotomy.', claims: [c('cpm', 'associated', 'chronic-pain')] },
  {
    text: 'Descending inhibition is reduced after peripheral nerve injury.',
    claims: [c('peripheral-nerve-injury', 'decreases', 'descending-inhibition')],
  },
  {
    text: 'Morphine engages descending inhibition through the PAG–RVM pathway.',
    claims: [c('morphine', 'increases', 'descending-inhibition')],
  },
  { text: 'Clonidine acts on α2-adrenoceptors to suppress spinal nociception.', claims: [c('clonidine', 'decreases', 'nociception')] },
  { text: 'Patients with migraine showed enhanced temporal summation.', claims: [] },
  { text: 'Serotonin and noradrenaline are released from descending fibres in the dorsal horn.', claims: [] },
  { text: '5-HT3 receptor activation promotes nociception in the spinal cord.', claims: [c('htr3', 'increases', 'nociception')] },
  { text: 'Blocking 5-HT3 receptors with ondansetron reduced the mechanical hypersensitivity.', claims: [] },
  { text: 'Sleep disturbance predicted next-day pain in fibromyalgia.', claims: [c('sleep-disturbance', 'associated', 'fibromyalgia')] },
  {
    text: 'Tramadol inhibits the reuptake of serotonin and noradrenaline.',
    claims: [c('tramadol', 'increases', 'serotonin'), c('tramadol', 'increases', 'noradrenaline')],
  },
  {
    text: 'Stress-induced analgesia depends on endogenous opioids in the PAG.',
    claims: [c('endogenous-opioids', 'increases', 'stress-induced-analgesia')],
  },
  { text: 'We found no correlation between pressure pain thresholds and depression scores.', claims: [] },
  { text: 'Pressure pain thresholds correlated negatively with anxiety.', claims: [c('pressure-pain-threshold', 'associated', 'anxiety')] },
  { text: 'Pain catastrophizing did not predict CPM in this cohort.', claims: [c('pain-catastrophizing', 'associated', 'cpm', true)] },
  { text: 'Venlafaxine relieves neuropathic pain in some patients.', claims: [c('venlafaxine', 'decreases', 'neuropathic-pain')] },
  {
    text: 'After peripheral nerve injury, the nucleus raphe magnus switches from inhibiting to facilitating nociception.',
    claims: [c('nucleus-raphe-magnus', 'switches', 'nociception')],
  },
  { text: 'Glycine receptor α3 is phosphorylated by PKA after PGE2 exposure.', claims: [] },
  {
    text: 'Microglial P2X4 receptors are upregulated after nerve injury.',
    claims: [c('peripheral-nerve-injury', 'increases', 'p2x4-receptor')],
  },
  {
    text: 'Astrocytes and microglia are activated in the spinal cord of rats with neuropathic pain.',
    claims: [c('neuropathic-pain', 'increases', 'microglia'), c('neuropathic-pain', 'increases', 'astrocytes')],
  },
  {
    text: 'SSRIs combined with a KCC2 enhancer relieved hyperalgesia in nerve-injured mice.',
    claims: [c('ssri', 'decreases', 'hyperalgesia')],
  },
  {
    text: 'Neuropathic pain was associated with lower KCC2 expression in the dorsal horn.',
    claims: [c('neuropathic-pain', 'associated', 'kcc2')],
  },
  {
    text: 'Gabapentinoids inhibit the release of glutamate and substance P from primary afferents.',
    claims: [c('gabapentinoids', 'decreases', 'glutamate'), c('gabapentinoids', 'decreases', 'substance-p')],
  },
  { text: 'Descending noradrenergic inhibition is enhanced by duloxetine.', claims: [] },
  {
    text: 'DNIC were abolished by lesions of the subnucleus reticularis dorsalis.',
    claims: [c('subnucleus-reticularis-dorsalis', 'increases', 'dnic')],
  },
  {
    text: 'Tryptophan depletion increased pain sensitivity in women with IBS.',
    claims: [c('tryptophan', 'decreases', 'irritable-bowel-syndrome')],
  },
  { text: 'Kynurenine levels correlated with fatigue in long COVID.', claims: [c('kynurenine', 'associated', 'fatigue')] },
  { text: 'Opioids can paradoxically induce hyperalgesia.', claims: [c('opioids', 'increases', 'hyperalgesia')] },
  { text: 'Cortisol responses were blunted in patients with fibromyalgia.', claims: [c('fibromyalgia', 'decreases', 'cortisol')] },
  { text: 'We used functional MRI to map the pain matrix.', claims: [] },
  { text: 'The thalamus relays nociceptive input to the somatosensory cortex.', claims: [] },
];

export const HELD_OUT: LabelledSentence[] = [
  {
    text: 'Spinal 5-HT3 receptors mediate the descending facilitation that maintains neuropathic pain.',
    claims: [c('htr3', 'increases', 'descending-facilitation'), c('descending-facilitation', 'increases', 'neuropathic-pain')],
  },
  {
    text: 'Intrathecal ondansetron attenuated allodynia in rats with spinal nerve ligation.',
    claims: [c('ondansetron', 'decreases', 'allodynia')],
  },
  { text: 'BDNF did not alter KCC2 levels in naive animals.', claims: [c('bdnf', 'associated', 'kcc2', true)] },
  { text: 'Activation of TrkB by BDNF downregulates KCC2 in lamina I neurons.', claims: [c('trkb', 'decreases', 'kcc2')] },
  {
    text: 'Conditioned pain modulation was impaired in patients with chronic tension-type headache.',
    claims: [c('chronic-tension-type-headache', 'decreases', 'cpm')],
  },
  { text: 'Milnacipran improved pain and fatigue in patients with fibromyalgia.', claims: [c('milnacipran', 'decreases', 'fatigue')] },
  {
    text: 'Noradrenaline suppresses nociception through spinal α2-adrenoceptors.',
    claims: [c('noradrenaline', 'decreases', 'nociception')],
  },
  { text: 'The PAG projects to the RVM, which in turn projects to the spinal dorsal horn.', claims: [] },
  {
    text: 'Descending facilitation from the RVM contributes to the maintenance of hyperalgesia after nerve injury.',
    claims: [c('descending-facilitation', 'increases', 'hyperalgesia')],
  },
  {
    text: 'Higher pain catastrophizing was associated with weaker conditioned pain modulation.',
    claims: [c('pain-catastrophizing', 'associated', 'cpm')],
  },
  {
    text: 'The 5-HT1A receptor agonist reduced mechanical hyperalgesia in a dose-dependent manner.',
    claims: [c('htr1a', 'decreases', 'hyperalgesia')],
  },
  { text: 'Participants completed questionnaires on anxiety and depression.', claims: [] },
  {
    text: 'Fibromyalgia involves central sensitization and impaired endogenous analgesia.',
    claims: [c('fibromyalgia', 'associated', 'central-sensitization'), c('fibromyalgia', 'decreases', 'endogenous-analgesia')],
  },
  { text: 'Estrogen reverses hyperalgesia in ovariectomized rats.', claims: [c('estrogen', 'decreases', 'hyperalgesia')] },
  { text: 'Loss of spinal serotonin weakens GABAergic inhibition after spinal cord injury.', claims: [] },
  { text: 'SNRIs such as duloxetine enhance descending inhibition.', claims: [c('snri', 'increases', 'descending-inhibition')] },
  { text: 'Serotonin levels in platelets did not differ between patients with fibromyalgia and controls.', claims: [] },
  { text: 'P2X4 receptors on microglia drive neuropathic pain.', claims: [c('p2x4-receptor', 'increases', 'neuropathic-pain')] },
  {
    text: 'Microglia release BDNF, which reduces KCC2 expression.',
    claims: [c('microglia', 'increases', 'bdnf'), c('bdnf', 'decreases', 'kcc2')],
  },
  { text: 'Temporal summation of pain is increased in ME/CFS.', claims: [c('mecfs', 'increases', 'temporal-summation')] },
  { text: 'Amitriptyline is widely used for fibromyalgia.', claims: [] },
  {
    text: 'Naloxone blocked placebo analgesia, indicating a role of endogenous opioids.',
    claims: [c('naloxone', 'decreases', 'placebo-analgesia')],
  },
  { text: 'Offset analgesia was reduced in patients with chronic pain.', claims: [c('chronic-pain', 'decreases', 'offset-analgesia')] },
  {
    text: 'Ketamine inhibits NMDA receptors and reduces wind-up.',
    claims: [c('ketamine', 'decreases', 'nmda-receptor'), c('ketamine', 'decreases', 'wind-up')],
  },
  { text: 'Tropisetron gave mixed results in fibromyalgia trials.', claims: [] },
  { text: 'Mechanical allodynia was not reversed by ondansetron.', claims: [c('ondansetron', 'decreases', 'allodynia', true)] },
  { text: 'The insular cortex and the anterior cingulate cortex were activated during painful stimulation.', claims: [] },
  { text: 'Inhibition of NKCC1 with bumetanide restored GABAergic inhibition.', claims: [] },
  { text: 'Glycine receptors mediate fast inhibitory transmission in the dorsal horn.', claims: [] },
  { text: 'Duloxetine reduced the impact of fibromyalgia on daily life.', claims: [c('duloxetine', 'decreases', 'fibromyalgia')] },
  {
    text: 'Anxiety can enhance or reduce nociception depending on context.',
    claims: [c('anxiety', 'increases', 'nociception'), c('anxiety', 'decreases', 'nociception')],
  },
  { text: 'Exercise-induced hypoalgesia was absent in patients with ME/CFS.', claims: [] },
  { text: 'Morphine tolerance was prevented by blocking spinal microglia.', claims: [c('microglia', 'increases', 'morphine')] },
  { text: 'Substance P and CGRP are co-released from peptidergic nociceptors.', claims: [] },
  {
    text: 'Long COVID was associated with persistent fatigue and brain fog.',
    claims: [c('long-covid', 'associated', 'fatigue'), c('long-covid', 'associated', 'brain-fog')],
  },
  {
    text: 'Nortriptyline and gabapentin reduced neuropathic pain to a similar extent.',
    claims: [c('nortriptyline', 'decreases', 'neuropathic-pain'), c('gabapentin', 'decreases', 'neuropathic-pain')],
  },
  { text: 'The RVM exerts bidirectional control over spinal nociception.', claims: [c('rvm', 'associated', 'nociception')] },
  { text: 'Increased proinflammatory cytokines were found in the cerebrospinal fluid.', claims: [] },
  { text: 'Hyperalgesia was attenuated by intrathecal clonidine.', claims: [c('clonidine', 'decreases', 'hyperalgesia')] },
  { text: 'These data indicate that disinhibition contributes to allodynia.', claims: [c('disinhibition', 'increases', 'allodynia')] },
  {
    text: 'Reduced KCC2 function shifts the chloride reversal potential in dorsal horn neurons.',
    claims: [c('kcc2', 'switches', 'chloride')],
  },
  { text: 'Selective serotonin reuptake inhibitors were less effective than tricyclic antidepressants for pain.', claims: [] },
  { text: 'The analgesic effect of tramadol was reduced in poor metabolisers.', claims: [] },
  {
    text: 'Activation of OFF-cells inhibits nociception, whereas ON-cell activation facilitates it.',
    claims: [c('off-cells', 'decreases', 'nociception')],
  },
  { text: 'Projection neurons in lamina I are excited by substance P.', claims: [c('substance-p', 'increases', 'projection-neurons')] },
  { text: 'Spinal cord injury reduced KCC2 expression below the lesion.', claims: [c('spinal-cord-injury', 'decreases', 'kcc2')] },
  { text: 'Sleep disturbance and fatigue are common in fibromyalgia.', claims: [] },
  {
    text: 'Ondansetron did not reduce pain scores in patients with chronic low back pain.',
    claims: [c('ondansetron', 'decreases', 'chronic-low-back-pain', true)],
  },
  { text: 'Dopamine modulates pain processing in the basal ganglia.', claims: [] },
  {
    text: 'Descending inhibition is weakened in chronic widespread pain.',
    claims: [c('chronic-widespread-pain', 'decreases', 'descending-inhibition')],
  },
  { text: 'Venlafaxine increases noradrenaline at higher doses.', claims: [c('venlafaxine', 'increases', 'noradrenaline')] },
  { text: '5-HT7 receptors promote rather than inhibit spinal nociception.', claims: [c('htr7', 'increases', 'nociception')] },
  {
    text: 'Astrocytes contribute to the maintenance of central sensitization.',
    claims: [c('astrocytes', 'increases', 'central-sensitization')],
  },
  { text: 'Serotonin was measured by HPLC.', claims: [] },
  { text: 'Triptans inhibit CGRP release from trigeminal afferents.', claims: [c('triptans', 'decreases', 'cgrp')] },
  { text: 'The analgesic effect of clonidine depends on α2-adrenoceptors.', claims: [c('alpha2-adrenoceptor', 'increases', 'clonidine')] },
  { text: 'Women had lower pressure pain thresholds than men.', claims: [] },
  {
    text: 'Peripheral sensitization of nociceptors enhances C fibre firing.',
    claims: [c('peripheral-sensitization', 'increases', 'c-fibre')],
  },
  {
    text: 'NSAIDs reduce peripheral sensitization but not central sensitization.',
    claims: [c('nsaids', 'decreases', 'peripheral-sensitization'), c('nsaids', 'decreases', 'central-sensitization', true)],
  },
  {
    text: 'Chronic pain is associated with reduced grey matter in the prefrontal cortex.',
    claims: [c('chronic-pain', 'associated', 'prefrontal-cortex')],
  },
];
