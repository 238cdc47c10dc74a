/**
 * The labelled set for `npm run eval` (our own labels).
 *
 * Passages are either written by us about pain neuroscience ("written") or
 * short quotes from the saved NCBI pages in tests/fixtures/pages (the file name;
 * the eval checks that each quote is in that page's annotated text). A
 * passage is one article: each string in `blocks` is one block of text, as
 * the annotator collects them.
 *
 * Labelling guide:
 * - `terms`: every span that names a glossary concept in the glossary's
 *   sense — a name, variant, inflection, abbreviation, or a short form the
 *   passage defines as one of them ("UD" after "unipolar depression (UD)"),
 *   attributive uses included ("opioid mechanisms" names opioids). Bare
 *   "depression" for the mood disorder is a mention of `depression` even
 *   though the glossary does not list it. Adjectives the glossary does not
 *   name (serotonergic, noradrenergic, nociceptive alone) are not mentions.
 *   [text, term id] labels every whole-word occurrence of the text, except
 *   inside a longer labelled text; [text, term id, n] labels only the n-th
 *   occurrence (0-based).
 * - `traps`: texts whose every occurrence must not become a glossary
 *   annotation (another sense: ACC as acetyl-CoA carboxylase, PAG in
 *   SDS-PAGE …). A paper-defined annotation of a trap is allowed.
 * - `pairs`: the abbreviations the passage defines, [short form, long form],
 *   the long form as written (the noun phrase the short form stands for,
 *   "bipolar disorder individuals (BD)" → "bipolar disorder individuals").
 *   Every definition counts, whatever its pattern, even ones no algorithm
 *   here can find (17β-estradiol (E2), healthy individuals (HC)).
 * - `pain`: pain-neuroscience text, where the recall and precision floors apply.
 */

export interface Passage {
  id: string;
  source: string;
  blocks: string[];
  terms: Array<[string, string] | [string, string, number]>;
  /** Mentions that may lie inside another labelled mention (the real-text set: tests/eval/real-passages.ts). */
  nested?: Array<[string, string]>;
  traps?: string[];
  pairs?: Array<[string, string]>;
  pain: boolean;
}

export const PASSAGES: Passage[] = [
  // ---------------------------------------------------------------- written
  {
    id: 'descending-core',
    source: 'written',
    pain: true,
    blocks: [
      'The periaqueductal gray (PAG) and the rostral ventromedial medulla (RVM) form the core of the descending pain modulatory system. Opioids microinjected into the PAG produce antinociception that depends on relay neurons in the RVM. Within the RVM, ON-cells facilitate and OFF-cells inhibit nociceptive transmission in the dorsal horn.',
    ],
    terms: [
      ['periaqueductal gray', 'pag'],
      ['PAG', 'pag'],
      ['rostral ventromedial medulla', 'rvm'],
      ['RVM', 'rvm'],
      ['descending pain modulatory system', 'descending-pain-modulation'],
      ['Opioids', 'opioids'],
      ['ON-cells', 'on-cells'],
      ['OFF-cells', 'off-cells'],
      ['nociceptive transmission', 'nociception'],
      ['dorsal horn', 'dorsal-horn'],
    ],
    pairs: [
      ['PAG', 'periaqueductal gray'],
      ['RVM', 'rostral ventromedial medulla'],
    ],
  },
  {
    id: 'locus-coeruleus',
    source: 'written',
    pain: true,
    blocks: [
      'Noradrenergic neurons of the locus coeruleus (LC) project to the spinal cord, where norepinephrine (NE) released from their terminals acts on α2-adrenoceptors to inhibit nociceptive transmission. After nerve injury, LC neurons show increased excitability, and chemogenetic silencing of the LC-spinal pathway reduces mechanical allodynia.',
    ],
    terms: [
      ['locus coeruleus', 'locus-coeruleus'],
      ['LC', 'locus-coeruleus'],
      ['spinal cord', 'spinal-cord'],
      ['norepinephrine', 'noradrenaline'],
      ['NE', 'noradrenaline'],
      ['α2-adrenoceptors', 'alpha2-adrenoceptor'],
      ['nociceptive transmission', 'nociception'],
      ['nerve injury', 'peripheral-nerve-injury'],
      ['mechanical allodynia', 'allodynia'],
    ],
    pairs: [
      ['LC', 'locus coeruleus'],
      ['NE', 'norepinephrine'],
    ],
  },
  {
    id: 'serotonin-receptors',
    source: 'written',
    pain: true,
    blocks: [
      'Serotonin (5-hydroxytryptamine, 5-HT) released from RVM terminals has opposing spinal actions: 5-HT3 receptors on primary afferent terminals mediate descending facilitation, whereas 5-HT7 receptors contribute to descending inhibition. Ondansetron, a 5-HT3 receptor antagonist, reduced hyperalgesia in animals with spinal nerve ligation (SNL).',
    ],
    terms: [
      ['Serotonin', 'serotonin'],
      ['5-hydroxytryptamine', 'serotonin'],
      ['5-HT', 'serotonin'],
      ['RVM', 'rvm'],
      ['5-HT3 receptors', 'htr3'],
      ['primary afferent', 'primary-afferents'],
      ['descending facilitation', 'descending-facilitation'],
      ['5-HT7 receptors', 'htr7'],
      ['descending inhibition', 'descending-inhibition'],
      ['Ondansetron', 'ondansetron'],
      ['5-HT3 receptor antagonist', 'setrons'],
      ['hyperalgesia', 'hyperalgesia'],
      ['spinal nerve ligation', 'peripheral-nerve-injury'],
      ['SNL', 'peripheral-nerve-injury'],
    ],
    pairs: [
      ['5-HT', '5-hydroxytryptamine'],
      ['SNL', 'spinal nerve ligation'],
    ],
  },
  {
    id: 'cpm-definition',
    source: 'written',
    pain: true,
    blocks: [
      'Conditioned pain modulation (CPM) is the human counterpart of diffuse noxious inhibitory controls (DNIC): a painful conditioning stimulus (CS) applied to one limb reduces the pain evoked by a test stimulus (TS) at a remote site. Less efficient CPM has been reported in fibromyalgia, irritable bowel syndrome and temporomandibular disorder.',
    ],
    terms: [
      ['Conditioned pain modulation', 'cpm'],
      ['CPM', 'cpm'],
      ['diffuse noxious inhibitory controls', 'dnic'],
      ['DNIC', 'dnic'],
      ['conditioning stimulus', 'conditioning-stimulus'],
      ['CS', 'conditioning-stimulus'],
      ['test stimulus', 'test-stimulus'],
      ['TS', 'test-stimulus'],
      ['fibromyalgia', 'fibromyalgia'],
      ['irritable bowel syndrome', 'irritable-bowel-syndrome'],
      ['temporomandibular disorder', 'temporomandibular-disorder'],
    ],
    pairs: [
      ['CPM', 'Conditioned pain modulation'],
      ['DNIC', 'diffuse noxious inhibitory controls'],
      ['CS', 'conditioning stimulus'],
      ['TS', 'test stimulus'],
    ],
  },
  {
    id: 'cpm-methods-undefined',
    source: 'written',
    pain: true,
    blocks: [
      'Participants immersed the non-dominant hand in cold water at 10 °C as the CS. The TS was a pressure stimulus delivered to the trapezius with an algometer, and pressure pain thresholds were recorded before and during the CS. CPM magnitude was calculated as the percentage change.',
    ],
    terms: [
      ['CS', 'conditioning-stimulus'],
      ['TS', 'test-stimulus'],
      ['pressure pain thresholds', 'pressure-pain-threshold'],
      ['CPM', 'cpm'],
    ],
  },
  {
    id: 'central-sensitization',
    source: 'written',
    pain: true,
    blocks: [
      'Central sensitization (CS) is an amplification of neural signalling within the central nervous system that elicits pain hypersensitivity. Clinically, CS is inferred from widespread hyperalgesia, allodynia and enhanced temporal summation of pain (TSP). In knee osteoarthritis, signs of CS predict persistent pain after total knee replacement.',
    ],
    terms: [
      ['Central sensitization', 'central-sensitization'],
      ['CS', 'central-sensitization'],
      ['widespread hyperalgesia', 'hyperalgesia'],
      ['allodynia', 'allodynia'],
      ['temporal summation of pain', 'temporal-summation'],
      ['TSP', 'temporal-summation'],
      ['osteoarthritis', 'osteoarthritis'],
    ],
    pairs: [
      ['CS', 'Central sensitization'],
      ['TSP', 'temporal summation of pain'],
    ],
  },
  {
    id: 'kcc2-bdnf',
    source: 'written',
    pain: true,
    blocks: [
      'After peripheral nerve injury, microglia release brain-derived neurotrophic factor (BDNF), which acts on TrkB receptors in lamina I neurons and downregulates the potassium-chloride cotransporter KCC2. The resulting collapse of chloride extrusion shifts the anion gradient so that GABA and glycine become less inhibitory, a form of spinal disinhibition.',
    ],
    terms: [
      ['peripheral nerve injury', 'peripheral-nerve-injury'],
      ['microglia', 'microglia'],
      ['brain-derived neurotrophic factor', 'bdnf'],
      ['BDNF', 'bdnf'],
      ['TrkB receptors', 'trkb'],
      ['lamina I', 'lamina-i'],
      ['potassium-chloride cotransporter KCC2', 'kcc2'],
      ['chloride extrusion', 'chloride-homeostasis'],
      ['GABA', 'gaba'],
      ['glycine', 'glycine'],
      ['spinal disinhibition', 'disinhibition'],
    ],
    pairs: [['BDNF', 'brain-derived neurotrophic factor']],
  },
  {
    id: 'p2x4',
    source: 'written',
    pain: true,
    blocks: [
      'Activated spinal microglia upregulate the purinergic P2X4 receptor (P2X4R); its stimulation by ATP triggers BDNF release. Intrathecal delivery of P2X4R antagonists reverses tactile allodynia after nerve injury, and mice lacking P2X4R do not develop pain hypersensitivity.',
    ],
    terms: [
      ['microglia', 'microglia'],
      ['purinergic P2X4 receptor', 'p2x4-receptor'],
      ['P2X4R', 'p2x4-receptor'],
      ['BDNF', 'bdnf'],
      ['tactile allodynia', 'allodynia'],
      ['nerve injury', 'peripheral-nerve-injury'],
    ],
    pairs: [['P2X4R', 'P2X4 receptor']],
  },
  {
    id: 'mecfs-pem',
    source: 'written',
    pain: true,
    blocks: [
      'Myalgic encephalomyelitis/chronic fatigue syndrome (ME/CFS) is characterised by post-exertional malaise (PEM), unrefreshing sleep and cognitive impairment often described as brain fog. Many patients with ME/CFS also report widespread pain and meet criteria for fibromyalgia.',
    ],
    terms: [
      ['Myalgic encephalomyelitis/chronic fatigue syndrome', 'mecfs'],
      ['ME/CFS', 'mecfs'],
      ['post-exertional malaise', 'post-exertional-malaise'],
      ['PEM', 'post-exertional-malaise'],
      ['unrefreshing sleep', 'sleep-disturbance'],
      ['brain fog', 'brain-fog'],
      ['fibromyalgia', 'fibromyalgia'],
    ],
    pairs: [
      ['ME/CFS', 'Myalgic encephalomyelitis/chronic fatigue syndrome'],
      ['PEM', 'post-exertional malaise'],
    ],
  },
  {
    id: 'ctth',
    source: 'written',
    pain: true,
    blocks: [
      'Chronic tension-type headache (CTTH) differs from episodic tension-type headache in its stronger association with pericranial tenderness and lower pressure pain thresholds (PPTs). Amitriptyline, a tricyclic antidepressant, remains the first-line preventive treatment for CTTH.',
    ],
    terms: [
      ['Chronic tension-type headache', 'chronic-tension-type-headache'],
      ['CTTH', 'chronic-tension-type-headache'],
      ['episodic tension-type headache', 'tension-type-headache'],
      ['pressure pain thresholds', 'pressure-pain-threshold'],
      ['PPTs', 'pressure-pain-threshold'],
      ['Amitriptyline', 'amitriptyline'],
      ['tricyclic antidepressant', 'tca'],
    ],
    pairs: [
      ['CTTH', 'Chronic tension-type headache'],
      ['PPTs', 'pressure pain thresholds'],
    ],
  },
  {
    id: 'tca-snri',
    source: 'written',
    pain: true,
    blocks: [
      'Tricyclic antidepressants (TCAs) and serotonin-norepinephrine reuptake inhibitors (SNRIs) such as duloxetine and milnacipran are recommended for neuropathic pain and fibromyalgia. Their analgesic effect is thought to rely on enhanced descending inhibition rather than on mood, since it appears at lower doses and earlier than the antidepressant effect.',
    ],
    terms: [
      ['Tricyclic antidepressants', 'tca'],
      ['TCAs', 'tca'],
      ['serotonin-norepinephrine reuptake inhibitors', 'snri'],
      ['SNRIs', 'snri'],
      ['duloxetine', 'duloxetine'],
      ['milnacipran', 'milnacipran'],
      ['neuropathic pain', 'neuropathic-pain'],
      ['fibromyalgia', 'fibromyalgia'],
      ['descending inhibition', 'descending-inhibition'],
    ],
    pairs: [
      ['TCAs', 'Tricyclic antidepressants'],
      ['SNRIs', 'serotonin-norepinephrine reuptake inhibitors'],
    ],
  },
  {
    id: 'gabapentinoids',
    source: 'written',
    pain: true,
    blocks: [
      'Gabapentinoids bind the α2δ subunit of voltage-gated calcium channels. Pregabalin and gabapentin reduce allodynia in models of neuropathic pain, and part of their effect requires the noradrenergic descending pathway, because it is blocked by intrathecal yohimbine.',
    ],
    terms: [
      ['Gabapentinoids', 'gabapentinoids'],
      ['Pregabalin', 'pregabalin'],
      ['gabapentin', 'gabapentin'],
      ['allodynia', 'allodynia'],
      ['neuropathic pain', 'neuropathic-pain'],
      ['descending pathway', 'descending-pain-pathway'],
    ],
  },
  {
    id: 'placebo-opioids',
    source: 'written',
    pain: true,
    blocks: [
      'Placebo analgesia is partly mediated by endogenous opioids: naloxone abolishes the placebo response in many paradigms, and PET studies show placebo-induced release of endogenous opioid peptides in the anterior cingulate cortex and PAG. Nocebo hyperalgesia, in contrast, involves cholecystokinin and anxiety.',
    ],
    terms: [
      ['Placebo analgesia', 'placebo-analgesia'],
      ['endogenous opioids', 'endogenous-opioids'],
      ['naloxone', 'naloxone'],
      ['endogenous opioid peptides', 'endogenous-opioids'],
      ['anterior cingulate cortex', 'acc'],
      ['PAG', 'pag'],
      ['Nocebo hyperalgesia', 'nocebo'],
      ['anxiety', 'anxiety'],
    ],
  },
  {
    id: 'offset-analgesia',
    source: 'written',
    pain: true,
    blocks: [
      'Offset analgesia is a disproportionate drop in perceived pain after a small decrease in noxious heat. It is reduced in patients with chronic pain and is thought to engage brainstem structures, including the PAG and RVM, rather than spinal mechanisms alone.',
    ],
    terms: [
      ['Offset analgesia', 'offset-analgesia'],
      ['chronic pain', 'chronic-pain'],
      ['brainstem', 'brainstem'],
      ['PAG', 'pag'],
      ['RVM', 'rvm'],
    ],
  },
  {
    id: 'qst-crps',
    source: 'written',
    pain: true,
    blocks: [
      'Quantitative sensory testing (QST) in patients with complex regional pain syndrome (CRPS) revealed lowered heat pain thresholds (HPTs) and mechanical hyperalgesia on the affected limb, with bilateral changes suggesting central sensitization.',
    ],
    terms: [
      ['Quantitative sensory testing', 'qst'],
      ['QST', 'qst'],
      ['complex regional pain syndrome', 'complex-regional-pain-syndrome'],
      ['CRPS', 'complex-regional-pain-syndrome'],
      ['heat pain thresholds', 'heat-pain-threshold'],
      ['HPTs', 'heat-pain-threshold'],
      ['mechanical hyperalgesia', 'hyperalgesia'],
      ['central sensitization', 'central-sensitization'],
    ],
    pairs: [
      ['QST', 'Quantitative sensory testing'],
      ['CRPS', 'complex regional pain syndrome'],
      ['HPTs', 'heat pain thresholds'],
    ],
  },
  {
    id: 'eih-cwp',
    source: 'written',
    pain: true,
    blocks: [
      'Exercise-induced hypoalgesia (EIH) is commonly impaired in people with chronic widespread pain (CWP). In healthy adults, isometric exercise raises pressure pain thresholds at exercising and remote muscles, an effect that may involve the endogenous opioid system.',
    ],
    terms: [
      ['Exercise-induced hypoalgesia', 'exercise-induced-hypoalgesia'],
      ['EIH', 'exercise-induced-hypoalgesia'],
      ['chronic widespread pain', 'chronic-widespread-pain'],
      ['CWP', 'chronic-widespread-pain'],
      ['pressure pain thresholds', 'pressure-pain-threshold'],
      ['endogenous opioid system', 'endogenous-opioids'],
    ],
    pairs: [
      ['EIH', 'Exercise-induced hypoalgesia'],
      ['CWP', 'chronic widespread pain'],
    ],
  },
  {
    id: 'sia',
    source: 'written',
    pain: true,
    blocks: [
      'Stress-induced analgesia (SIA) depends on both opioid and non-opioid mechanisms. Endocannabinoid signalling in the PAG and amygdala is required for the non-opioid form of SIA, which is triggered by brief footshock in rats.',
    ],
    terms: [
      ['Stress-induced analgesia', 'stress-induced-analgesia'],
      ['SIA', 'stress-induced-analgesia'],
      ['opioid', 'opioids'],
      ['PAG', 'pag'],
      ['amygdala', 'amygdala'],
    ],
    pairs: [['SIA', 'Stress-induced analgesia']],
  },
  {
    id: 'trpv1-cgrp',
    source: 'written',
    pain: true,
    blocks: [
      'Capsaicin activates transient receptor potential vanilloid 1 (TRPV1) on peptidergic C-fibres, which release calcitonin gene-related peptide (CGRP) and substance P (SP) in the dorsal horn and in the periphery. Antibodies against CGRP or its receptor are now used to prevent migraine.',
    ],
    terms: [
      ['transient receptor potential vanilloid 1', 'trpv1'],
      ['TRPV1', 'trpv1'],
      ['C-fibres', 'c-fibre'],
      ['calcitonin gene-related peptide', 'cgrp'],
      ['CGRP', 'cgrp'],
      ['substance P', 'substance-p'],
      ['SP', 'substance-p'],
      ['dorsal horn', 'dorsal-horn'],
      ['migraine', 'migraine'],
    ],
    pairs: [
      ['TRPV1', 'transient receptor potential vanilloid 1'],
      ['CGRP', 'calcitonin gene-related peptide'],
      ['SP', 'substance P'],
    ],
  },
  {
    id: 'nk1',
    source: 'written',
    pain: true,
    blocks: [
      'Lamina I projection neurons that express the neurokinin-1 receptor (NK1R) are activated by substance P released from nociceptors. Ablation of NK1R-expressing neurons with a substance P–saporin conjugate attenuates hyperalgesia and reduces descending facilitation from the RVM.',
    ],
    terms: [
      ['Lamina I', 'lamina-i'],
      ['projection neurons', 'projection-neurons'],
      ['neurokinin-1 receptor', 'nk1-receptor'],
      ['NK1R', 'nk1-receptor'],
      ['substance P', 'substance-p'],
      ['nociceptors', 'nociceptor'],
      ['hyperalgesia', 'hyperalgesia'],
      ['descending facilitation', 'descending-facilitation'],
      ['RVM', 'rvm'],
    ],
    pairs: [['NK1R', 'neurokinin-1 receptor']],
  },
  {
    id: 'nmda-ltp',
    source: 'written',
    pain: true,
    blocks: [
      'Repetitive stimulation of C-fibres at 1 Hz produces wind-up of dorsal horn neurons, a frequency-dependent increase in firing that depends on N-methyl-D-aspartate (NMDA) receptors. High-frequency conditioning stimulation of primary afferents induces long-term potentiation (LTP) at C-fibre synapses onto lamina I neurons, a form of synaptic plasticity proposed to underlie hyperalgesia.',
    ],
    terms: [
      ['C-fibres', 'c-fibre'],
      ['wind-up', 'wind-up'],
      ['dorsal horn', 'dorsal-horn'],
      ['N-methyl-D-aspartate (NMDA) receptors', 'nmda-receptor'],
      ['primary afferents', 'primary-afferents'],
      ['long-term potentiation', 'ltp'],
      ['LTP', 'ltp'],
      ['C-fibre', 'c-fibre'],
      ['lamina I', 'lamina-i'],
      ['synaptic plasticity', 'synaptic-plasticity'],
      ['hyperalgesia', 'hyperalgesia'],
    ],
    pairs: [
      ['NMDA', 'N-methyl-D-aspartate'],
      ['LTP', 'long-term potentiation'],
    ],
  },
  {
    id: 'drg-cci',
    source: 'written',
    pain: true,
    blocks: [
      'Dorsal root ganglion (DRG) neurons were dissociated from lumbar L4–L5 ganglia of mice with chronic constriction injury (CCI). Small-diameter DRG neurons from CCI mice showed spontaneous firing and increased TRPV1 currents.',
    ],
    terms: [
      ['Dorsal root ganglion', 'dorsal-root-ganglion'],
      ['DRG', 'dorsal-root-ganglion'],
      ['chronic constriction injury', 'peripheral-nerve-injury'],
      ['CCI', 'peripheral-nerve-injury'],
      ['TRPV1', 'trpv1'],
    ],
    pairs: [
      ['DRG', 'Dorsal root ganglion'],
      ['CCI', 'chronic constriction injury'],
    ],
  },
  {
    id: 'spinothalamic',
    source: 'written',
    pain: true,
    blocks: [
      'Nociceptive information ascends in the spinothalamic tract (STT) to the ventral posterolateral nucleus (VPL) of the thalamus and from there to the primary somatosensory cortex. Medial thalamic nuclei relay STT input to the anterior cingulate and insular cortex, which encode the affective dimension of pain.',
    ],
    terms: [
      ['spinothalamic tract', 'spinothalamic-tract'],
      ['STT', 'spinothalamic-tract'],
      ['ventral posterolateral nucleus', 'thalamus'],
      ['VPL', 'thalamus'],
      ['thalamus', 'thalamus'],
      ['primary somatosensory cortex', 'somatosensory-cortex'],
      ['thalamic nuclei', 'thalamus'],
      ['anterior cingulate', 'acc'],
      ['insular cortex', 'insular-cortex'],
    ],
    pairs: [
      ['STT', 'spinothalamic tract'],
      ['VPL', 'ventral posterolateral nucleus'],
    ],
  },
  {
    id: 'fmri-clbp',
    source: 'written',
    pain: true,
    blocks: [
      'Functional magnetic resonance imaging (fMRI) in patients with chronic low back pain (CLBP) showed that spontaneous pain intensity tracked activity in the medial prefrontal cortex (mPFC) rather than in the insula. As pain persisted, activity shifted from the insula and ACC toward the mPFC and amygdala.',
    ],
    terms: [
      ['Functional magnetic resonance imaging', 'functional-mri'],
      ['fMRI', 'functional-mri'],
      ['chronic low back pain', 'chronic-low-back-pain'],
      ['CLBP', 'chronic-low-back-pain'],
      ['medial prefrontal cortex', 'prefrontal-cortex'],
      ['mPFC', 'prefrontal-cortex'],
      ['insula', 'insular-cortex'],
      ['ACC', 'acc'],
      ['amygdala', 'amygdala'],
    ],
    pairs: [
      ['fMRI', 'Functional magnetic resonance imaging'],
      ['CLBP', 'chronic low back pain'],
      ['mPFC', 'medial prefrontal cortex'],
    ],
  },
  {
    id: 'acc-affect',
    source: 'written',
    pain: true,
    blocks: [
      'Lesions of the ACC in rats reduce conditioned place avoidance to a noxious stimulus without changing reflexive withdrawal thresholds, suggesting that the ACC encodes the aversiveness of pain rather than its intensity.',
    ],
    terms: [['ACC', 'acc']],
  },
  {
    id: 'neuroinflammation',
    source: 'written',
    pain: true,
    blocks: [
      'Neuroinflammation in the dorsal horn involves microglia and astrocytes that release proinflammatory cytokines such as tumour necrosis factor-α (TNF-α), interleukin-1β (IL-1β) and interleukin-6 (IL-6). These cytokines enhance AMPA and NMDA receptor currents and suppress GABAergic inhibition.',
    ],
    terms: [
      ['Neuroinflammation', 'neuroinflammation'],
      ['dorsal horn', 'dorsal-horn'],
      ['microglia', 'microglia'],
      ['astrocytes', 'astrocytes'],
      ['proinflammatory cytokines', 'proinflammatory-cytokines'],
      ['tumour necrosis factor-α', 'proinflammatory-cytokines'],
      ['TNF-α', 'proinflammatory-cytokines'],
      ['interleukin-1β', 'proinflammatory-cytokines'],
      ['IL-1β', 'proinflammatory-cytokines'],
      ['interleukin-6', 'proinflammatory-cytokines'],
      ['IL-6', 'proinflammatory-cytokines'],
      ['AMPA', 'ampa-receptor'],
      ['NMDA receptor', 'nmda-receptor'],
    ],
    pairs: [
      ['TNF-α', 'tumour necrosis factor-α'],
      ['IL-1β', 'interleukin-1β'],
      ['IL-6', 'interleukin-6'],
    ],
  },
  {
    id: 'hpa-cortisol',
    source: 'written',
    pain: true,
    blocks: [
      'Blunted cortisol awakening responses in fibromyalgia point to dysregulation of the hypothalamic-pituitary-adrenal (HPA) axis. Chronic stress alters glucocorticoid feedback at the hypothalamus and hippocampus, and this may interact with descending pain modulation.',
    ],
    terms: [
      ['cortisol', 'cortisol'],
      ['fibromyalgia', 'fibromyalgia'],
      ['hypothalamic-pituitary-adrenal', 'hpa-axis'],
      ['HPA', 'hpa-axis'],
      ['hypothalamus', 'hypothalamus'],
      ['descending pain modulation', 'descending-pain-modulation'],
    ],
    pairs: [['HPA', 'hypothalamic-pituitary-adrenal']],
  },
  {
    id: 'estradiol',
    source: 'written',
    pain: true,
    blocks: [
      'Sex differences in pain partly reflect estrogen: in ovariectomized rats, replacement with 17β-estradiol (E2) increased visceral hyperalgesia, whereas low E2 levels during the late luteal phase coincide with menstrual migraine.',
    ],
    terms: [
      ['estrogen', 'estrogen'],
      ['17β-estradiol', 'estrogen'],
      ['E2', 'estrogen'],
      ['hyperalgesia', 'hyperalgesia'],
      ['migraine', 'migraine'],
    ],
    pairs: [['E2', '17β-estradiol']],
  },
  {
    id: 'ibs',
    source: 'written',
    pain: true,
    blocks: [
      'Patients with irritable bowel syndrome (IBS) show visceral hypersensitivity to rectal balloon distension and reduced CPM. In diarrhoea-predominant IBS (IBS-D), mast cell mediators sensitize colonic afferents, and a 5-HT3 antagonist such as alosetron reduces urgency and abdominal pain.',
    ],
    terms: [
      ['irritable bowel syndrome', 'irritable-bowel-syndrome'],
      ['IBS', 'irritable-bowel-syndrome'],
      ['CPM', 'cpm'],
      ['IBS-D', 'irritable-bowel-syndrome'],
      ['5-HT3 antagonist', 'setrons'],
    ],
    pairs: [
      ['IBS', 'irritable bowel syndrome'],
      ['IBS-D', 'diarrhoea-predominant IBS'],
    ],
  },
  {
    id: 'tmd',
    source: 'written',
    pain: true,
    blocks: [
      'Temporomandibular disorder (TMD) is associated with enhanced temporal summation and lower pressure pain thresholds at the masseter and at remote sites, indicating generalized hyperalgesia rather than a purely local problem.',
    ],
    terms: [
      ['Temporomandibular disorder', 'temporomandibular-disorder'],
      ['TMD', 'temporomandibular-disorder'],
      ['temporal summation', 'temporal-summation'],
      ['pressure pain thresholds', 'pressure-pain-threshold'],
      ['generalized hyperalgesia', 'hyperalgesia'],
    ],
    pairs: [['TMD', 'Temporomandibular disorder']],
  },
  {
    id: 'knee-oa',
    source: 'written',
    pain: true,
    blocks: [
      'In knee osteoarthritis (OA), pain correlates poorly with radiographic severity. Patients with OA and widespread pressure hyperalgesia are more likely to report persistent pain after arthroplasty, and duloxetine provides modest benefit.',
    ],
    terms: [
      ['osteoarthritis', 'osteoarthritis'],
      ['OA', 'osteoarthritis'],
      ['pressure hyperalgesia', 'hyperalgesia'],
      ['duloxetine', 'duloxetine'],
    ],
    pairs: [['OA', 'osteoarthritis']],
  },
  {
    id: 'migraine-triptans',
    source: 'written',
    pain: true,
    blocks: [
      'Triptans, 5-HT1B/1D receptor agonists, abort migraine attacks by constricting meningeal vessels and by inhibiting CGRP release from trigeminal afferents. Patients with chronic migraine often show cutaneous allodynia during attacks, a sign of central sensitization of trigeminothalamic neurons.',
    ],
    terms: [
      ['Triptans', 'triptans'],
      ['5-HT1B/1D receptor agonists', 'triptans'],
      ['migraine', 'migraine'],
      ['CGRP', 'cgrp'],
      ['chronic migraine', 'migraine'],
      ['allodynia', 'allodynia'],
      ['central sensitization', 'central-sensitization'],
    ],
  },
  {
    id: 'ketamine',
    source: 'written',
    pain: true,
    blocks: [
      'Low-dose ketamine, an NMDA receptor antagonist, reduces wind-up and secondary hyperalgesia in human volunteers. In CRPS, prolonged ketamine infusions produced analgesia lasting several weeks.',
    ],
    terms: [
      ['ketamine', 'ketamine'],
      ['NMDA receptor', 'nmda-receptor'],
      ['wind-up', 'wind-up'],
      ['secondary hyperalgesia', 'hyperalgesia'],
      ['CRPS', 'complex-regional-pain-syndrome'],
    ],
  },
  {
    id: 'morphine-tramadol',
    source: 'written',
    pain: true,
    blocks: [
      'Morphine acts mainly at the mu-opioid receptor (MOR), whereas tramadol combines weak MOR agonism with inhibition of serotonin and noradrenaline reuptake. Intrathecal clonidine, an α2-adrenoceptor agonist, potentiates morphine analgesia and is reversed by yohimbine but not by naloxone.',
    ],
    terms: [
      ['Morphine', 'morphine'],
      ['morphine', 'morphine'],
      ['mu-opioid receptor', 'mu-opioid-receptor'],
      ['MOR', 'mu-opioid-receptor'],
      ['tramadol', 'tramadol'],
      ['serotonin', 'serotonin'],
      ['noradrenaline', 'noradrenaline'],
      ['clonidine', 'clonidine'],
      ['α2-adrenoceptor', 'alpha2-adrenoceptor'],
      ['naloxone', 'naloxone'],
    ],
    pairs: [['MOR', 'mu-opioid receptor']],
  },
  {
    id: 'nsaids',
    source: 'written',
    pain: true,
    blocks: [
      'Non-steroidal anti-inflammatory drugs (NSAIDs) inhibit cyclooxygenase and reduce peripheral sensitization of nociceptors by prostaglandin E2 (PGE2). They are of little benefit in neuropathic pain or fibromyalgia.',
    ],
    terms: [
      ['Non-steroidal anti-inflammatory drugs', 'nsaids'],
      ['NSAIDs', 'nsaids'],
      ['peripheral sensitization', 'peripheral-sensitization'],
      ['nociceptors', 'nociceptor'],
      ['neuropathic pain', 'neuropathic-pain'],
      ['fibromyalgia', 'fibromyalgia'],
    ],
    traps: ['E2'],
    pairs: [
      ['NSAIDs', 'Non-steroidal anti-inflammatory drugs'],
      ['PGE2', 'prostaglandin E2'],
    ],
  },
  {
    id: 'dpms-imaging',
    source: 'written',
    pain: true,
    blocks: [
      'Imaging studies suggest that the descending pain modulatory system (DPMS) is less efficient in chronic tension-type headache and fibromyalgia. Functional connectivity between the PAG and the rostral anterior cingulate cortex was weaker in patients and correlated with the magnitude of conditioned pain modulation.',
    ],
    terms: [
      ['descending pain modulatory system', 'descending-pain-modulation'],
      ['DPMS', 'descending-pain-modulation'],
      ['chronic tension-type headache', 'chronic-tension-type-headache'],
      ['fibromyalgia', 'fibromyalgia'],
      ['PAG', 'pag'],
      ['rostral anterior cingulate cortex', 'acc'],
      ['conditioned pain modulation', 'cpm'],
    ],
    pairs: [['DPMS', 'descending pain modulatory system']],
  },
  {
    id: 'interneuron-loss',
    source: 'written',
    pain: true,
    blocks: [
      'Loss of inhibitory interneurons in the superficial dorsal horn after spared nerve injury (SNI) contributes to disinhibition. Transplanting GABAergic interneuron precursors into the spinal cord restored GABA-A receptor-mediated inhibition and reversed mechanical allodynia.',
    ],
    terms: [
      ['inhibitory interneurons', 'inhibitory-interneurons'],
      ['dorsal horn', 'dorsal-horn'],
      ['spared nerve injury', 'peripheral-nerve-injury'],
      ['SNI', 'peripheral-nerve-injury'],
      ['disinhibition', 'disinhibition'],
      ['GABAergic interneuron', 'inhibitory-interneurons'],
      ['spinal cord', 'spinal-cord'],
      ['GABA-A receptor', 'gaba-a-receptor'],
      ['mechanical allodynia', 'allodynia'],
    ],
    pairs: [['SNI', 'spared nerve injury']],
  },
  {
    id: 'glyr-alpha3',
    source: 'written',
    pain: true,
    blocks: [
      'Prostaglandin E2 released in the spinal cord during inflammation reduces glycinergic inhibition by phosphorylating glycine receptors containing the α3 subunit (GlyRα3). Mice lacking GlyRα3 lose this form of inflammatory pain sensitization.',
    ],
    terms: [
      ['spinal cord', 'spinal-cord'],
      ['glycine receptors', 'glycine-receptor'],
    ],
    traps: ['E2'],
    pairs: [['GlyRα3', 'glycine receptors containing the α3 subunit']],
  },
  {
    id: 'sleep-catastrophizing',
    source: 'written',
    pain: true,
    blocks: [
      'In fibromyalgia, poor sleep quality predicts next-day pain and fatigue, and pain catastrophizing amplifies the effect. Cognitive behavioural therapy for insomnia improved sleep disturbance and reduced pain intensity, but CPM was unchanged.',
    ],
    terms: [
      ['fibromyalgia', 'fibromyalgia'],
      ['poor sleep quality', 'sleep-disturbance'],
      ['fatigue', 'fatigue'],
      ['pain catastrophizing', 'pain-catastrophizing'],
      ['sleep disturbance', 'sleep-disturbance'],
      ['CPM', 'cpm'],
    ],
  },
  {
    id: 'hrv',
    source: 'written',
    pain: true,
    blocks: [
      'Reduced heart rate variability (HRV) in ME/CFS and fibromyalgia indicates sympathetic predominance. Lower HRV correlated with higher fatigue and pain scores, and with orthostatic intolerance.',
    ],
    terms: [
      ['heart rate variability', 'heart-rate-variability'],
      ['HRV', 'heart-rate-variability'],
      ['ME/CFS', 'mecfs'],
      ['fibromyalgia', 'fibromyalgia'],
      ['fatigue', 'fatigue'],
    ],
    pairs: [['HRV', 'heart rate variability']],
  },
  {
    id: 'long-covid',
    source: 'written',
    pain: true,
    blocks: [
      'Post-acute sequelae of SARS-CoV-2 infection (PASC), or long COVID, often include post-exertional malaise, fatigue and new chronic pain, and a subset of patients meet diagnostic criteria for ME/CFS.',
    ],
    terms: [
      ['Post-acute sequelae of SARS-CoV-2 infection', 'long-covid'],
      ['PASC', 'long-covid'],
      ['long COVID', 'long-covid'],
      ['post-exertional malaise', 'post-exertional-malaise'],
      ['fatigue', 'fatigue'],
      ['chronic pain', 'chronic-pain'],
      ['ME/CFS', 'mecfs'],
    ],
    pairs: [['PASC', 'Post-acute sequelae of SARS-CoV-2 infection']],
  },
  {
    id: 'kynurenine',
    source: 'written',
    pain: true,
    blocks: [
      'In chronic pain and depression, inflammatory cytokines shift tryptophan metabolism from serotonin synthesis toward the kynurenine pathway, and kynurenine metabolites act on NMDA receptors.',
    ],
    terms: [
      ['chronic pain', 'chronic-pain'],
      ['depression', 'depression'],
      ['inflammatory cytokines', 'proinflammatory-cytokines'],
      ['tryptophan', 'tryptophan'],
      ['serotonin', 'serotonin'],
      ['kynurenine pathway', 'kynurenine'],
      ['kynurenine', 'kynurenine'],
      ['NMDA receptors', 'nmda-receptor'],
    ],
  },
  {
    id: 'sert-net',
    source: 'written',
    pain: true,
    blocks: [
      'Duloxetine blocks the serotonin transporter (SERT) and the norepinephrine transporter (NET) with a SERT:NET affinity ratio of about 10, whereas milnacipran is more balanced. NET inhibition raises spinal noradrenaline and engages α2-adrenoceptors.',
    ],
    terms: [
      ['Duloxetine', 'duloxetine'],
      ['serotonin transporter', 'sert'],
      ['SERT', 'sert'],
      ['norepinephrine transporter', 'noradrenaline-transporter'],
      ['NET', 'noradrenaline-transporter'],
      ['milnacipran', 'milnacipran'],
      ['noradrenaline', 'noradrenaline'],
      ['α2-adrenoceptors', 'alpha2-adrenoceptor'],
    ],
    pairs: [
      ['SERT', 'serotonin transporter'],
      ['NET', 'norepinephrine transporter'],
    ],
  },
  {
    id: 'mecfs-cpm-eih',
    source: 'written',
    pain: true,
    blocks: [
      'Background: Conditioned pain modulation (CPM) and exercise-induced hypoalgesia (EIH) were compared in people with myalgic encephalomyelitis and healthy controls.',
      'Results: CPM was intact at rest but EIH was absent after submaximal exercise, and PEM ratings rose in the following 24 hours.',
    ],
    terms: [
      ['Conditioned pain modulation', 'cpm'],
      ['CPM', 'cpm'],
      ['exercise-induced hypoalgesia', 'exercise-induced-hypoalgesia'],
      ['EIH', 'exercise-induced-hypoalgesia'],
      ['myalgic encephalomyelitis', 'mecfs'],
      ['PEM', 'post-exertional-malaise'],
    ],
    pairs: [
      ['CPM', 'Conditioned pain modulation'],
      ['EIH', 'exercise-induced hypoalgesia'],
    ],
  },
  {
    id: 'on-off-cells',
    source: 'written',
    pain: true,
    blocks: [
      'Systemic morphine silences ON cells and activates OFF cells in the RVM, whereas during naloxone-precipitated withdrawal ON-cell firing increases and hyperalgesia develops.',
    ],
    terms: [
      ['morphine', 'morphine'],
      ['ON cells', 'on-cells'],
      ['OFF cells', 'off-cells'],
      ['RVM', 'rvm'],
      ['naloxone', 'naloxone'],
      ['ON-cell', 'on-cells'],
      ['hyperalgesia', 'hyperalgesia'],
    ],
  },
  {
    id: 'raphe',
    source: 'written',
    pain: true,
    blocks: [
      'Serotonergic neurons of the nucleus raphe magnus (NRM) and the dorsal raphe nucleus (DRN) send projections to the spinal dorsal horn. Electrical stimulation of the NRM produces analgesia that is attenuated by spinal 5-HT receptor antagonists.',
    ],
    terms: [
      ['nucleus raphe magnus', 'nucleus-raphe-magnus'],
      ['NRM', 'nucleus-raphe-magnus'],
      ['dorsal raphe nucleus', 'raphe-nuclei'],
      ['DRN', 'raphe-nuclei'],
      ['spinal dorsal horn', 'dorsal-horn'],
      ['5-HT', 'serotonin'],
    ],
    pairs: [
      ['NRM', 'nucleus raphe magnus'],
      ['DRN', 'dorsal raphe nucleus'],
    ],
  },
  {
    id: 'srd-dnic',
    source: 'written',
    pain: true,
    blocks: [
      'In rats, DNIC depend on a spino-bulbo-spinal loop through the subnucleus reticularis dorsalis (SRD) in the caudal medulla; lesions of the SRD abolish DNIC but leave segmental inhibition intact.',
    ],
    terms: [
      ['DNIC', 'dnic'],
      ['subnucleus reticularis dorsalis', 'subnucleus-reticularis-dorsalis'],
      ['SRD', 'subnucleus-reticularis-dorsalis'],
    ],
    pairs: [['SRD', 'subnucleus reticularis dorsalis']],
  },
  {
    id: 'wdr',
    source: 'written',
    pain: true,
    blocks: [
      'Wide dynamic range (WDR) neurons in deep laminae respond to innocuous and noxious stimuli, while nociceptive-specific neurons concentrate in lamina I. WDR neurons show pronounced wind-up and are a major source of spinothalamic projections.',
    ],
    terms: [
      ['Wide dynamic range', 'wdr-neurons'],
      ['WDR', 'wdr-neurons'],
      ['lamina I', 'lamina-i'],
      ['wind-up', 'wind-up'],
      ['spinothalamic projections', 'spinothalamic-tract'],
    ],
    pairs: [['WDR', 'Wide dynamic range']],
  },
  {
    id: 'fibre-classes',
    source: 'written',
    pain: true,
    blocks: [
      'First pain is carried by thinly myelinated Aδ fibres and second pain by unmyelinated C fibres. After nerve injury, Aβ fibres that normally signal touch can evoke pain through dorsal horn circuits, a mechanism of dynamic mechanical allodynia.',
    ],
    terms: [
      ['Aδ fibres', 'a-delta-fibre'],
      ['C fibres', 'c-fibre'],
      ['nerve injury', 'peripheral-nerve-injury'],
      ['Aβ fibres', 'a-beta-fibre'],
      ['dorsal horn', 'dorsal-horn'],
      ['dynamic mechanical allodynia', 'allodynia'],
    ],
  },
  {
    id: 'amygdala',
    source: 'written',
    pain: true,
    blocks: [
      'The central nucleus of the amygdala (CeA) receives nociceptive input from the parabrachial nucleus, and its neurons become sensitized in arthritis models. Input from the basolateral amygdala (BLA) drives anxiety-like behaviour and pain-related changes in the medial prefrontal cortex.',
    ],
    terms: [
      ['central nucleus of the amygdala', 'amygdala'],
      ['CeA', 'amygdala'],
      ['basolateral amygdala', 'amygdala'],
      ['BLA', 'amygdala'],
      ['anxiety-like behaviour', 'anxiety'],
      ['medial prefrontal cortex', 'prefrontal-cortex'],
    ],
    pairs: [
      ['CeA', 'central nucleus of the amygdala'],
      ['BLA', 'basolateral amygdala'],
    ],
  },
  {
    id: 'pvn-oxytocin',
    source: 'written',
    pain: true,
    blocks: [
      'Oxytocin neurons in the paraventricular nucleus of the hypothalamus (PVN) project to the spinal dorsal horn and reduce nociceptive responses; optogenetic activation of PVN oxytocin neurons produced analgesia in neuropathic rats.',
    ],
    terms: [
      ['paraventricular nucleus of the hypothalamus', 'hypothalamus'],
      ['PVN', 'hypothalamus'],
      ['spinal dorsal horn', 'dorsal-horn'],
    ],
    pairs: [['PVN', 'paraventricular nucleus of the hypothalamus']],
  },
  {
    id: 'pain-types',
    source: 'written',
    pain: true,
    blocks: [
      'Neuropathic pain (NeP) arises from a lesion or disease of the somatosensory nervous system, whereas nociplastic pain arises from altered nociception without clear evidence of tissue damage. Nociceptive pain, in contrast, arises from actual or threatened damage to non-neural tissue.',
    ],
    terms: [
      ['Neuropathic pain', 'neuropathic-pain'],
      ['NeP', 'neuropathic-pain'],
      ['nociplastic pain', 'nociplastic-pain'],
      ['nociception', 'nociception'],
      ['Nociceptive pain', 'nociceptive-pain'],
    ],
    pairs: [['NeP', 'Neuropathic pain']],
  },
  {
    id: 'placebo-dlpfc',
    source: 'written',
    pain: true,
    blocks: [
      'Placebo analgesia is associated with increased activity in the dorsolateral prefrontal cortex (DLPFC) during anticipation and with reduced activity in the thalamus, insula and anterior cingulate during painful stimulation.',
    ],
    terms: [
      ['Placebo analgesia', 'placebo-analgesia'],
      ['dorsolateral prefrontal cortex', 'prefrontal-cortex'],
      ['DLPFC', 'prefrontal-cortex'],
      ['thalamus', 'thalamus'],
      ['insula', 'insular-cortex'],
      ['anterior cingulate', 'acc'],
    ],
    pairs: [['DLPFC', 'dorsolateral prefrontal cortex']],
  },
  {
    id: 'enkephalin',
    source: 'written',
    pain: true,
    blocks: [
      'Enkephalin-containing interneurons in the dorsal horn act on presynaptic mu-opioid receptors to reduce glutamate release from primary afferents, whereas dynorphin released after injury can be pronociceptive.',
    ],
    terms: [
      ['Enkephalin', 'enkephalin'],
      ['dorsal horn', 'dorsal-horn'],
      ['mu-opioid receptors', 'mu-opioid-receptor'],
      ['glutamate', 'glutamate'],
      ['primary afferents', 'primary-afferents'],
      ['dynorphin', 'endogenous-opioids'],
    ],
  },
  {
    id: 'cs-defined-then-central',
    source: 'written',
    pain: true,
    blocks: [
      'The conditioning stimulus (CS) was a cold pressor at 12 °C applied to the contralateral foot.',
      'Central sensitization was assessed separately; CS intensity was kept at 60/100 on a numeric rating scale.',
    ],
    terms: [
      ['conditioning stimulus', 'conditioning-stimulus'],
      ['CS', 'conditioning-stimulus'],
      ['Central sensitization', 'central-sensitization'],
    ],
    pairs: [['CS', 'conditioning stimulus']],
  },
  // ---------------------------- written: natural variation (after the first run)
  {
    id: 'nat-microglia-psnl',
    source: 'written',
    pain: true,
    blocks: [
      'Spinal microglial activation after partial sciatic nerve ligation was accompanied by p38 MAPK phosphorylation, and minocycline prevented the development of tactile allodynia.',
    ],
    terms: [
      ['partial sciatic nerve ligation', 'peripheral-nerve-injury'],
      ['tactile allodynia', 'allodynia'],
    ],
  },
  {
    id: 'nat-descending-serotonergic',
    source: 'written',
    pain: true,
    blocks: [
      'Descending serotonergic facilitation from the RVM maintains mechanical hypersensitivity after nerve injury, whereas descending noradrenergic inhibition is weakened.',
    ],
    terms: [
      ['Descending serotonergic facilitation', 'descending-facilitation'],
      ['RVM', 'rvm'],
      ['nerve injury', 'peripheral-nerve-injury'],
      ['descending noradrenergic inhibition', 'descending-inhibition'],
    ],
  },
  {
    id: 'nat-mk801-ltp',
    source: 'written',
    pain: true,
    blocks: [
      'Intrathecal administration of the NMDA antagonist MK-801 blocked the induction but not the maintenance of C-fiber-evoked LTP in the spinal dorsal horn.',
    ],
    terms: [
      ['NMDA', 'nmda-receptor'],
      ['C-fiber', 'c-fibre'],
      ['LTP', 'ltp'],
      ['spinal dorsal horn', 'dorsal-horn'],
    ],
  },
  {
    id: 'nat-fibromyalgia-grey-matter',
    source: 'written',
    pain: true,
    blocks: [
      'Women with fibromyalgia showed reduced grey matter in the anterior midcingulate and insular cortices, and greater pain catastrophising predicted lower PAG–ACC connectivity.',
    ],
    terms: [
      ['fibromyalgia', 'fibromyalgia'],
      ['insular cortices', 'insular-cortex'],
      ['pain catastrophising', 'pain-catastrophizing'],
      ['PAG', 'pag'],
      ['ACC', 'acc'],
    ],
  },
  {
    id: 'nat-duloxetine-dpn',
    source: 'written',
    pain: true,
    blocks: [
      'Duloxetine 60 mg daily reduced pain intensity in painful diabetic neuropathy, and its effect was partly mediated through improvements in sleep and depressive symptoms.',
    ],
    terms: [
      ['Duloxetine', 'duloxetine'],
      ['depressive symptoms', 'depression'],
    ],
  },
  {
    id: 'nat-capsaicin-secondary',
    source: 'written',
    pain: true,
    blocks: [
      'In healthy volunteers, topical capsaicin produced a zone of secondary hyperalgesia to pinprick that depends on central sensitisation of dorsal horn neurons and is maintained by ongoing C-nociceptor input.',
    ],
    terms: [
      ['secondary hyperalgesia', 'hyperalgesia'],
      ['central sensitisation', 'central-sensitization'],
      ['dorsal horn', 'dorsal-horn'],
      ['C-nociceptor', 'c-fibre'],
    ],
  },
  {
    id: 'nat-mor-knockout',
    source: 'written',
    pain: true,
    blocks: [
      'Mu opioid receptor knockout mice lacked stress-induced hypoalgesia after forced swim, and naltrexone blocked the effect in wild-type mice.',
    ],
    terms: [
      ['Mu opioid receptor', 'mu-opioid-receptor'],
      ['stress-induced hypoalgesia', 'stress-induced-analgesia'],
    ],
  },
  {
    id: 'nat-bdnf-clbp',
    source: 'written',
    pain: true,
    blocks: [
      'Plasma BDNF and IL-6 were higher in patients with chronic low back pain than in controls, and BDNF correlated with pain sensitivity on quantitative sensory tests.',
    ],
    terms: [
      ['BDNF', 'bdnf'],
      ['IL-6', 'proinflammatory-cytokines'],
      ['chronic low back pain', 'chronic-low-back-pain'],
      ['quantitative sensory tests', 'qst'],
    ],
  },
  {
    id: 'nat-lc-spinal',
    source: 'written',
    pain: true,
    blocks: [
      'The locus coeruleus–spinal noradrenergic pathway becomes pronociceptive late after nerve injury; chemogenetic inhibition of LC neurons projecting to the spinal cord reversed hypersensitivity.',
    ],
    terms: [
      ['locus coeruleus', 'locus-coeruleus'],
      ['nerve injury', 'peripheral-nerve-injury'],
      ['LC', 'locus-coeruleus'],
      ['spinal cord', 'spinal-cord'],
    ],
  },
  {
    id: 'nat-ketamine-crps',
    source: 'written',
    pain: true,
    blocks: [
      'Ketamine infusions reduced allodynia and improved mood in CRPS patients for up to 12 weeks, possibly by reversing NMDA receptor-dependent central sensitization.',
    ],
    terms: [
      ['Ketamine', 'ketamine'],
      ['allodynia', 'allodynia'],
      ['CRPS', 'complex-regional-pain-syndrome'],
      ['NMDA receptor', 'nmda-receptor'],
      ['central sensitization', 'central-sensitization'],
    ],
  },
  {
    id: 'nat-cpm-thoracotomy',
    source: 'written',
    pain: true,
    blocks: [
      'Efficient endogenous pain inhibition, measured as CPM with a cold-pressor conditioning stimulus, predicted less chronic postsurgical pain after thoracotomy.',
    ],
    terms: [
      ['endogenous pain inhibition', 'endogenous-analgesia'],
      ['CPM', 'cpm'],
      ['conditioning stimulus', 'conditioning-stimulus'],
    ],
  },
  {
    id: 'nat-kcc2-shift',
    source: 'written',
    pain: true,
    blocks: [
      'Neuronal KCC2 downregulation and the resulting depolarizing shift in the GABA reversal potential convert inhibitory inputs into excitatory ones in lamina I.',
    ],
    terms: [
      ['KCC2', 'kcc2'],
      ['GABA', 'gaba'],
      ['lamina I', 'lamina-i'],
    ],
  },
  {
    id: 'nat-social-pain',
    source: 'written',
    pain: true,
    blocks: [
      'The anterior insula and dorsal ACC respond to both physical pain and social rejection, although multivariate patterns distinguish the two.',
    ],
    terms: [
      ['anterior insula', 'insular-cortex'],
      ['ACC', 'acc'],
    ],
  },
  {
    id: 'nat-migraine-interictal',
    source: 'written',
    pain: true,
    blocks: [
      'Patients with migraine without aura had lower heat pain thresholds interictally and showed habituation deficits of laser-evoked potentials.',
    ],
    terms: [
      ['migraine without aura', 'migraine'],
      ['heat pain thresholds', 'heat-pain-threshold'],
    ],
  },
  {
    id: 'nat-pem-cpet',
    source: 'written',
    pain: true,
    blocks: [
      'Postexertional malaise in ME/CFS was associated with reduced cardiac output during a second cardiopulmonary exercise test performed 24 h after the first.',
    ],
    terms: [
      ['Postexertional malaise', 'post-exertional-malaise'],
      ['ME/CFS', 'mecfs'],
    ],
  },
  // ------------------------------------------------------- written: traps
  {
    id: 'trap-acc-defined',
    source: 'written',
    pain: true,
    blocks: [
      'Lipid synthesis in sensory neurons: acetyl-CoA carboxylase (ACC) catalyses the first committed step of fatty acid synthesis. After nerve injury, AMPK phosphorylates ACC in DRG neurons, and pharmacological ACC inhibition altered myelin lipid composition.',
    ],
    terms: [
      ['nerve injury', 'peripheral-nerve-injury'],
      ['DRG', 'dorsal-root-ganglion'],
    ],
    traps: ['ACC'],
    pairs: [['ACC', 'acetyl-CoA carboxylase']],
  },
  {
    id: 'trap-acc-undefined',
    source: 'written',
    pain: false,
    blocks: ['Phosphorylation of ACC at Ser79 by AMPK reduces malonyl-CoA production and shifts hepatocytes toward fatty acid oxidation.'],
    terms: [],
    traps: ['ACC'],
  },
  {
    id: 'trap-cpm-counts',
    source: 'written',
    pain: true,
    blocks: [
      'Specific binding of [3H]-DAMGO to spinal cord membranes was 2,150 ± 140 CPM in sham rats and 1,320 ± 110 CPM after nerve injury, indicating loss of mu-opioid receptors.',
    ],
    terms: [
      ['spinal cord', 'spinal-cord'],
      ['nerve injury', 'peripheral-nerve-injury'],
      ['mu-opioid receptors', 'mu-opioid-receptor'],
    ],
    traps: ['CPM'],
  },
  {
    id: 'trap-cs-caesarean',
    source: 'written',
    pain: true,
    blocks: [
      'Women delivered by caesarean section (CS) reported more persistent postsurgical pain than those with vaginal delivery, and chronic pain after CS was predicted by acute pain intensity.',
    ],
    terms: [['chronic pain', 'chronic-pain']],
    traps: ['CS'],
    pairs: [['CS', 'caesarean section']],
  },
  {
    id: 'trap-cs-fear',
    source: 'written',
    pain: true,
    blocks: [
      'During fear conditioning, a tone (the conditioned stimulus, CS) was paired with a footshock (the unconditioned stimulus, US). Freezing to the CS was enhanced in mice with neuropathic pain, and extinction of the CS-US association was impaired.',
    ],
    terms: [['neuropathic pain', 'neuropathic-pain']],
    traps: ['CS'],
    pairs: [
      ['CS', 'conditioned stimulus'],
      ['US', 'unconditioned stimulus'],
    ],
  },
  {
    id: 'trap-sp-spontaneous',
    source: 'written',
    pain: true,
    blocks: [
      'Rats with spinal cord injury showed spontaneous pain behaviours (SP) such as excessive grooming, in addition to evoked pain (EP) measured with von Frey filaments; SP and EP were scored separately.',
    ],
    terms: [['spinal cord injury', 'spinal-cord-injury']],
    traps: ['SP'],
    pairs: [
      ['SP', 'spontaneous pain behaviours'],
      ['EP', 'evoked pain'],
    ],
  },
  {
    id: 'trap-fm-frequency',
    source: 'written',
    pain: true,
    blocks: [
      'Mice with inflammatory pain were exposed to frequency-modulated (FM) sweeps between 5 and 20 kHz; FM sweeps evoked larger auditory cortex responses than pure tones.',
    ],
    terms: [],
    traps: ['FM'],
    pairs: [['FM', 'frequency-modulated']],
  },
  {
    id: 'trap-ne-northeast',
    source: 'written',
    pain: true,
    blocks: [
      'Patients were recruited from rheumatology clinics in the NE and SW of England, and fibromyalgia prevalence did not differ between regions.',
    ],
    terms: [['fibromyalgia', 'fibromyalgia']],
    traps: ['NE'],
  },
  {
    id: 'trap-na-table',
    source: 'written',
    pain: true,
    blocks: [
      'Table 2. Pain outcomes by treatment arm.',
      'Opioid use at 12 months: NA for the placebo arm because no participant received rescue medication; pregabalin arm 14%.',
    ],
    terms: [
      ['Opioid', 'opioids'],
      ['pregabalin', 'pregabalin'],
    ],
    traps: ['NA'],
  },
  {
    id: 'trap-e2-elimination',
    source: 'written',
    pain: false,
    blocks: [
      'Under strongly basic conditions the substrate underwent E2 elimination rather than substitution, giving the alkene that was later coupled to the opioid scaffold.',
    ],
    terms: [['opioid', 'opioids']],
    traps: ['E2'],
  },
  {
    id: 'trap-lc-ms',
    source: 'written',
    pain: true,
    blocks: [
      'Spinal cord homogenates were analysed by liquid chromatography–tandem mass spectrometry (LC-MS/MS) to quantify noradrenaline and serotonin; LC conditions are given in the supplement.',
    ],
    terms: [
      ['Spinal cord', 'spinal-cord'],
      ['noradrenaline', 'noradrenaline'],
      ['serotonin', 'serotonin'],
    ],
    traps: ['LC'],
    pairs: [['LC-MS/MS', 'liquid chromatography–tandem mass spectrometry']],
  },
  {
    id: 'trap-sds-page',
    source: 'written',
    pain: true,
    blocks: [
      'Spinal and PAG tissue was homogenized, proteins were separated by SDS-PAGE and transferred to membranes, and KCC2 was detected with a rabbit antibody.',
    ],
    terms: [
      ['PAG', 'pag'],
      ['KCC2', 'kcc2'],
    ],
    traps: ['SDS-PAGE'],
  },
  {
    id: 'trap-tca-cycle',
    source: 'written',
    pain: true,
    blocks: [
      'Mitochondrial dysfunction in DRG neurons after paclitaxel reduced TCA cycle flux and ATP production, which correlated with the severity of mechanical allodynia.',
    ],
    terms: [
      ['DRG', 'dorsal-root-ganglion'],
      ['mechanical allodynia', 'allodynia'],
    ],
    traps: ['TCA'],
  },
  {
    id: 'trap-tca-precipitation',
    source: 'written',
    pain: true,
    blocks: ['Proteins were precipitated with 10% TCA, washed in acetone and resolved on 4–12% gels before immunoblotting for CGRP.'],
    terms: [['CGRP', 'cgrp']],
    traps: ['TCA'],
  },
  {
    id: 'trap-e2-ubiquitin',
    source: 'written',
    pain: true,
    blocks: [
      'The E2 enzyme UBE2D3 transfers ubiquitin to KCC2 together with the E3 ligase, promoting its internalization in dorsal horn neurons after nerve injury.',
    ],
    terms: [
      ['KCC2', 'kcc2'],
      ['dorsal horn', 'dorsal-horn'],
      ['nerve injury', 'peripheral-nerve-injury'],
    ],
    traps: ['E2'],
  },
  {
    id: 'trap-na-aperture',
    source: 'written',
    pain: true,
    blocks: ['Images of lamina I neurons were acquired with a 60× oil objective (NA 1.4) on a confocal microscope.'],
    terms: [['lamina I', 'lamina-i']],
    traps: ['NA'],
  },
  {
    id: 'trap-oa-open-access',
    source: 'written',
    pain: true,
    blocks: [
      'This is an OA article distributed under the terms of the Creative Commons licence; the review discusses descending inhibition in chronic pain.',
    ],
    terms: [
      ['descending inhibition', 'descending-inhibition'],
      ['chronic pain', 'chronic-pain'],
    ],
    traps: ['OA'],
  },
  {
    id: 'trap-net-neutrophil',
    source: 'written',
    pain: true,
    blocks: [
      'Neutrophil extracellular traps (NETs) accumulated in the injured sciatic nerve, and degrading NETs with DNase reduced mechanical allodynia.',
    ],
    terms: [['mechanical allodynia', 'allodynia']],
    traps: ['NETs'],
    pairs: [['NETs', 'Neutrophil extracellular traps']],
  },
  {
    id: 'trap-ppt-pedunculopontine',
    source: 'written',
    pain: true,
    blocks: [
      "Cholinergic neurons of the pedunculopontine tegmental nucleus (PPT) modulate REM sleep, and their loss in Parkinson's disease has been linked to sleep disturbance and pain.",
    ],
    terms: [['sleep disturbance', 'sleep-disturbance']],
    traps: ['PPT'],
    pairs: [['PPT', 'pedunculopontine tegmental nucleus']],
  },
  // ---------------------------------------------------------- saved pages
  {
    id: 'smoking-regions',
    source: 'pmc-new-PMC2633119-2026.html',
    pain: false,
    blocks: [
      'Methods such as positron emission tomography (PET) and functional magnetic resonance imaging (fMRI) provide a means for directly investigating the neural substrates of craving in humans. Within the past decade, brain imaging studies examining craving have proliferated. The majority of these studies have measured the blood flow response in individuals addicted to drugs while they are presented with drug-related stimuli designed to elicit craving (e.g., pictures of drug paraphernalia). Thus far, a distributed system of brain regions has been associated with cue-elicited urge, including medial temporal lobe structures (amygdala, hippocampus, parahippocampus), orbitofrontal cortex (OFC), dorsolateral prefrontal cortex (DLPFC), and anterior cingulate cortex (ACC) (Franken, 2003; Hommer, 1999; See, 2002; Wilson, Sayette, & Fiez, 2004).',
    ],
    terms: [
      ['functional magnetic resonance imaging', 'functional-mri'],
      ['fMRI', 'functional-mri'],
      ['amygdala', 'amygdala'],
      ['dorsolateral prefrontal cortex', 'prefrontal-cortex'],
      ['DLPFC', 'prefrontal-cortex'],
      ['anterior cingulate cortex', 'acc'],
      ['ACC', 'acc'],
    ],
    pairs: [
      ['PET', 'positron emission tomography'],
      ['fMRI', 'functional magnetic resonance imaging'],
      ['OFC', 'orbitofrontal cortex'],
      ['DLPFC', 'dorsolateral prefrontal cortex'],
      ['ACC', 'anterior cingulate cortex'],
    ],
  },
  {
    id: 'smoking-pfc',
    source: 'pmc-new-PMC2633119-2026.html',
    pain: false,
    blocks: [
      'These effects appear to extend to neuroimaging data, with distinct neurobiological responses elicited by drug cue presentation, particularly in subdivisions of prefrontal cortex (PFC), determined by whether or not the individuals under study are undergoing treatment. In a review of neuroimaging studies of drug cue reactivity in humans, we observed that activation of DLPFC and OFC have been reported almost exclusively by studies in which participants were active drug users (Wilson et al., 2004), whereas other regions associated with cue-elicited craving are seemingly unaffected by treatment status. For instance, activation of the ACC-the region most frequently found in previous studies-is approximately equally distributed across studies employing actively using and treatment-seeking participants.',
    ],
    terms: [
      ['prefrontal cortex', 'prefrontal-cortex'],
      ['PFC', 'prefrontal-cortex'],
      ['DLPFC', 'prefrontal-cortex'],
      ['ACC', 'acc'],
    ],
    pairs: [['PFC', 'prefrontal cortex']],
  },
  {
    id: 'smoking-abstract',
    source: 'pmc-new-PMC2633119-2026.html',
    pain: false,
    blocks: [
      'Using functional magnetic resonance imaging (fMRI), we examined the effects of smoking expectancy on the neural response to neutral (e.g., roll of tape) and smoking-related (a cigarette) stimuli in male cigarette smokers deprived of nicotine for 8 hr. As predicted, several brain regions (e.g., the anterior cingulate cortex) exhibited differential activation during cigarette versus neutral cue exposure. Moreover, we found that subregions of the prefrontal cortex (i.e., ventromedial, ventrolateral, and dorsolateral prefrontal cortices) showed cue-elicited activation that was modulated by smoking expectancy.',
    ],
    terms: [
      ['functional magnetic resonance imaging', 'functional-mri'],
      ['fMRI', 'functional-mri'],
      ['anterior cingulate cortex', 'acc'],
      ['prefrontal cortex', 'prefrontal-cortex'],
      ['dorsolateral prefrontal cortices', 'prefrontal-cortex'],
    ],
    pairs: [['fMRI', 'functional magnetic resonance imaging']],
  },
  {
    id: 'smoking-co',
    source: 'pmc-new-PMC2633119-2026.html',
    pain: false,
    blocks: [
      'During session 1, participants provided an expired-air carbon monoxide (CO) sample (CO #1), which was used to verify smoking status.',
    ],
    terms: [],
    pairs: [['CO', 'carbon monoxide']],
  },
  {
    id: 'smoking-bold-anova',
    source: 'pmc-new-PMC2633119-2026.html',
    pain: false,
    blocks: [
      'The fMRI signal averaged over the final 48 s of cue exposure for each object was the blood oxygen level-dependent (BOLD) response of interest.',
      'To isolate regions of interest, we performed a voxel-wise mixed-model analysis of variance (ANOVA) with instruction set (Instructed-Yes vs. Instructed-No) as a between-subjects variable and cue (neutral vs. cigarette) as a repeated-measures variable.',
    ],
    terms: [['fMRI', 'functional-mri']],
    pairs: [
      ['BOLD', 'blood oxygen level-dependent'],
      ['ANOVA', 'analysis of variance'],
    ],
  },
  {
    id: 'bipolar-fc',
    source: 'pmc-legacy-PMC2835157-2024.html',
    pain: false,
    blocks: [
      'Amygdala-orbitofrontal cortical (OFC) functional connectivity (FC) to emotional stimuli and relationships with white matter remain little examined in bipolar disorder individuals (BD).',
      'Thirty-one BD (type I; n = 17 remitted; n = 14 depressed) and 24 age- and gender-ratio-matched healthy individuals (HC) viewed neutral, mild, and intense happy or sad emotional faces in two experiments. The FC was computed as linear and nonlinear dependence measures between amygdala and OFC time series.',
    ],
    terms: [
      ['Amygdala', 'amygdala'],
      ['amygdala', 'amygdala'],
    ],
    pairs: [
      ['OFC', 'orbitofrontal cortical'],
      ['FC', 'functional connectivity'],
      ['BD', 'bipolar disorder individuals'],
      ['HC', 'healthy individuals'],
    ],
  },
  {
    id: 'bipolar-intro',
    source: 'pmc-legacy-PMC2835157-2024.html',
    pain: false,
    blocks: [
      'Neuroimaging studies of bipolar disorder individuals (BD) therefore examined functional abnormalities in amygdala and orbitofrontal cortex (OFC), highly interconnected regions that are well-known from animal and human lesion (5-14), and human neuroimaging (15-18) studies to support emotion processing and emotion regulation. These studies reported abnormal activity in amygdala and OFC in BD (19) to different emotional stimuli and during cognitive control tasks (19-21). More recently, studies examined white matter (WM) in emotion regulation neural circuitry in BD (22-26), with diffusion tensor imaging (DTI) and fractional anisotropy (FA), an index of the ratio of diffusional anisotropy in longitudinal versus radial directions in WM tracts.',
    ],
    terms: [['amygdala', 'amygdala']],
    pairs: [
      ['BD', 'bipolar disorder individuals'],
      ['OFC', 'orbitofrontal cortex'],
      ['WM', 'white matter'],
      ['DTI', 'diffusion tensor imaging'],
      ['FA', 'fractional anisotropy'],
    ],
  },
  {
    id: 'unipolar-bipolar',
    source: 'pmc-legacy-PMC5220672-2024.html',
    pain: false,
    blocks: [
      'Bipolar disorder (BD) and unipolar depression (UD) can be difficult to distinguish clinically, particularly during episodes of depression. In this study we test for differences between BD, UD, and healthy control (HC) adults regarding within- and between-session changes in BOLD response during implicit emotional processing.',
      'During fMRI, HC adults (N=19) and depressed adults with UD (N=19) and BD (N=16) performed an implicit emotion-processing task.',
      'Individuals with BD demonstrated a linear decrease in BOLD signal compared to HC (p<0.008, FWE corrected) across this region and compared to UD in the posterior insula portion of the region (p<0.008, FWE corrected). Finally, we observed main effects of emotional valence in bilateral visuo-spatial processing regions as well as in the left and right amygdala.',
    ],
    terms: [
      ['unipolar depression', 'depression'],
      ['UD', 'depression'],
      ['depression', 'depression'],
      ['fMRI', 'functional-mri'],
      ['posterior insula', 'insular-cortex'],
      ['amygdala', 'amygdala'],
    ],
    pairs: [
      ['BD', 'Bipolar disorder'],
      ['UD', 'unipolar depression'],
      ['HC', 'healthy control'],
    ],
  },
  {
    id: 'alcohol-vbm',
    source: 'pmc-new-PMC2077939-2026.html',
    pain: false,
    blocks: [
      'Voxel-based morphometry (VBM) of grey matter (GM) and white matter (WM) was performed in 22 patients with alcohol dependence and in 22 healthy controls matched for age and sex.',
      'In patients with alcohol dependence, VBM of GM revealed a significant decrease in density (p<0.001) in the precentral gyrus, middle frontal gyrus, insular cortex, dorsal hippocampus, anterior thalamus and cerebellum compared with controls.',
    ],
    terms: [
      ['insular cortex', 'insular-cortex'],
      ['thalamus', 'thalamus'],
    ],
    pairs: [
      ['VBM', 'Voxel-based morphometry'],
      ['GM', 'grey matter'],
      ['WM', 'white matter'],
    ],
  },
  {
    id: 'anhedonia-abcd',
    source: 'pmc-legacy-PMC10159190-2024.html',
    pain: false,
    blocks: [
      'Previously, a study using a sample of the Adolescent Brain Cognitive Development (ABCD)® study from the earlier 1.0 release found differences in several resting state functional MRI (rsfMRI) brain connectivity measures associated with children reporting anhedonia.',
    ],
    // rsfMRI, the paper's short form of resting state functional MRI, is a mention too (the guide above); first missed.
    terms: [
      ['functional MRI', 'functional-mri'],
      ['rsfMRI', 'functional-mri'],
    ],
    pairs: [
      ['ABCD', 'Adolescent Brain Cognitive Development'],
      ['rsfMRI', 'resting state functional MRI'],
    ],
  },
  {
    id: 'anhedonia-mdd',
    source: 'pmc-legacy-PMC10159190-2024.html',
    pain: false,
    blocks: [
      'Anhedonia is defined as a markedly diminished interest or pleasure in previously enjoyable activities and is a transdiagnostic symptom that is a core component of major depressive disorders (MDD) [1] and schizophrenia (SZN) [2].',
    ],
    terms: [
      ['major depressive disorders', 'depression'],
      ['MDD', 'depression'],
    ],
    pairs: [
      ['MDD', 'major depressive disorders'],
      ['SZN', 'schizophrenia'],
    ],
  },
  {
    id: 'anhedonia-ksads',
    source: 'pmc-legacy-PMC10159190-2024.html',
    pain: false,
    blocks: [
      'Psychiatric data were obtained from the youth (data structure: abcd_ksad501) and parent (data structure: abcd_ksad01) Kiddie Schedule for Affective Disorders and Schizophrenia (KSADS) data structures from the ABCD study which are composed of binary (yes/no) questionnaire items for various psychiatric diagnoses or symptoms.',
    ],
    terms: [],
    pairs: [['KSADS', 'Kiddie Schedule for Affective Disorders and Schizophrenia']],
  },
  {
    id: 'myocarditis-demri',
    source: 'pmc-legacy-PMC10162556-mathml-2024.html',
    pain: false,
    blocks: [
      'In acute cardiovascular disease management, the delay between the admission in a hospital emergency department and the assessment of the disease from a Delayed Enhancement cardiac MRI (DE-MRI) scan is one of the barriers for an immediate management of patients with suspected myocardial infarction or myocarditis.',
    ],
    terms: [],
    pairs: [['DE-MRI', 'Delayed Enhancement cardiac MRI']],
  },
  {
    id: 'myocarditis-chest-pain',
    source: 'pmc-legacy-PMC10162556-mathml-2024.html',
    pain: false,
    blocks: [
      'aimed to investigate the prevalence and diagnostic severity of myocardial infarction (MI) and myocarditis in young adults who were admitted to the emergency department (ED) with chest pain (CP) and an elevated serum troponin I (TnI).',
    ],
    terms: [],
    pairs: [
      ['MI', 'myocardial infarction'],
      ['ED', 'emergency department'],
      ['CP', 'chest pain'],
      ['TnI', 'troponin I'],
    ],
  },
  {
    id: 'soybean-nmr',
    source: 'pmc-legacy-PMC10871503-subscripts-2024.html',
    pain: false,
    blocks: [
      'This paper employs low-field nuclear magnetic resonance (LF-NMR) technology to meticulously analyze and explore the intricate soybean infiltration process. The methodology involves immersing soybeans in distilled water, with periodic implementation of Carr-Purcell-Meiboom-Gill (CPMG) pulse sequence experiments conducted at intervals of 20 to 30 minutes to determine the relaxation time T2. Currently, magnetic resonance imaging (MRI) is conducted every 30 minutes.',
    ],
    terms: [],
    traps: ['CPMG'],
    pairs: [
      ['LF-NMR', 'low-field nuclear magnetic resonance'],
      ['CPMG', 'Carr-Purcell-Meiboom-Gill'],
      ['MRI', 'magnetic resonance imaging'],
    ],
  },
  {
    id: 'thimerosal-agencies',
    source: 'pmc-legacy-PMC1280342-thimerosal-2023.html',
    pain: false,
    blocks: [
      'The current debate linking the use of thimerosal in vaccines to autism and other developmental disorders [Institute of Medicine (IOM) 2001, 2004] has led many families to question whether the potential risks associated with early childhood immunizations may outweigh the benefits (Blaxill et al. 2004; SafeMinds 2005).',
      'Recent reports have indicated that some infants can receive ethylmercury (in the form of thimerosal) at or above the U.S. Environmental Protection Agency (EPA) guidelines for methylmercury exposure (U.S. EPA 2005), depending on the exact vaccinations, schedule, and size of the infant (Ball et al. 2001).',
    ],
    terms: [],
    pairs: [
      ['IOM', 'Institute of Medicine'],
      ['EPA', 'Environmental Protection Agency'],
    ],
  },
  {
    id: 'genbank-partners',
    source: 'pmc-new-PMC3531190-2026.html',
    pain: false,
    blocks: [
      'GenBank is built and distributed by the National Center for Biotechnology Information (NCBI), a division of the National Library of Medicine (NLM), located at the campus of the U.S. National Institutes of Health (NIH) in Bethesda, MD, USA.',
      'NCBI builds GenBank primarily from the submission of sequence data from authors and from the bulk submission of expressed sequence tag (EST), genome survey sequence (GSS), whole-genome shotgun (WGS) and other high-throughput data from sequencing centres. The U.S. Patent and Trademark Office also contributes sequences from issued patents. GenBank participates with the European Molecular Biology Laboratory Nucleotide Sequence Database (EMBL-Bank), part of the European Nucleotide Archive (ENA) (2), and the DNA Data Bank of Japan (DDBJ) (3) as a partner in the International Nucleotide Sequence Database Collaboration (INSDC).',
    ],
    terms: [],
    pairs: [
      ['NCBI', 'National Center for Biotechnology Information'],
      ['NLM', 'National Library of Medicine'],
      ['NIH', 'National Institutes of Health'],
      ['EST', 'expressed sequence tag'],
      ['GSS', 'genome survey sequence'],
      ['WGS', 'whole-genome shotgun'],
      ['EMBL-Bank', 'European Molecular Biology Laboratory Nucleotide Sequence Database'],
      ['ENA', 'European Nucleotide Archive'],
      ['DDBJ', 'DNA Data Bank of Japan'],
      ['INSDC', 'International Nucleotide Sequence Database Collaboration'],
    ],
  },
  {
    id: 'hku1',
    source: 'pubmed-15613317-hku1-2022.html',
    pain: false,
    blocks: [
      'In the past 3 years, several novel respiratory viruses, including human metapneumovirus, severe acute respiratory syndrome (SARS) coronavirus (SARS-CoV), and human coronavirus NL63, were discovered. Here we report the discovery of another novel coronavirus, coronavirus HKU1 (CoV-HKU1), from a 71-year-old man with pneumonia who had just returned from Shenzhen, China. Quantitative reverse transcription-PCR showed that the amount of CoV-HKU1 RNA was 8.5 to 9.6 x 10(6) copies per ml in his nasopharyngeal aspirates (NPAs) during the first week of the illness and dropped progressively to undetectable levels in subsequent weeks. He developed increasing serum levels of specific antibodies against the recombinant nucleocapsid protein of CoV-HKU1, with immunoglobulin M (IgM) titers of 1:20, 1:40, and 1:80 and IgG titers of <1:1,000, 1:2,000, and 1:8,000 in the first, second and fourth weeks of the illness, respectively.',
    ],
    terms: [],
    pairs: [
      ['SARS', 'severe acute respiratory syndrome'],
      ['SARS-CoV', 'severe acute respiratory syndrome (SARS) coronavirus'],
      ['CoV-HKU1', 'coronavirus HKU1'],
      ['NPAs', 'nasopharyngeal aspirates'],
      ['IgM', 'immunoglobulin M'],
    ],
  },
  {
    id: 'alzheimer-cest',
    source: 'pubmed-38483851-alzheimer-2024.html',
    pain: false,
    blocks: [
      "Magnetic resonance based molecular imaging techniques such as chemical exchange saturation transfer (CEST) and magnetic resonance spectroscopy (MRS) can provide neurometabolite specific information which may relate to underlying pathological and compensatory mechanisms. In this study, CEST and short echo time single voxel MRS was performed to evaluate the sensitivity of cerebral metabolites to beta-amyloid (Aβ) induced synaptic deficit in the hippocampus of a mouse model of Alzheimer's disease. The CEST based spectra (Z-spectra) were acquired on a 9.4 Tesla small animal MR imaging system with two radiofrequency (RF) saturation amplitudes (1.47 μT and 5.9 μT) to obtain creatine-weighted and glutamate-weighted CEST contrasts, respectively.",
      'The MRS results also showed significant increase in total creatine (tCr), phosphocreatine (PCr) and glutathione (GSH) concentration levels in ARTE10, compared to WT animals.',
    ],
    terms: [['glutamate', 'glutamate']],
    pairs: [
      ['CEST', 'chemical exchange saturation transfer'],
      ['MRS', 'magnetic resonance spectroscopy'],
      ['Aβ', 'beta-amyloid'],
      ['RF', 'radiofrequency'],
      ['tCr', 'total creatine'],
      ['PCr', 'phosphocreatine'],
      ['GSH', 'glutathione'],
    ],
  },
  {
    id: 'friedreich-cmr',
    source: 'pubmed-38814901-friedreich-2024.html',
    pain: false,
    blocks: [
      'Background: The left ventricular (LV) changes which occur in Friedreich ataxia (FRDA) are incompletely understood.',
      'Methods: Cardiac magnetic resonance (CMR) imaging was performed using a 1.5T scanner in subjects with FRDA who are homozygous for an expansion of an intron 1 GAA repeat in the FXN gene. Standard measurements were performed of LV mass (LVM), LV end-diastolic volume (LVEDV) and LV ejection fraction (LVEF). Native T1 relaxation time and the extracellular volume fraction (ECV) were utilised as markers of left ventricular (LV) diffuse myocardial fibrosis and late gadolinium enhancement (LGE) was utilised as a marker of LV replacement fibrosis. FRDA genetic severity was assessed using the shorter FXN GAA repeat length (GAA1).',
    ],
    terms: [],
    pairs: [
      ['LV', 'left ventricular'],
      ['FRDA', 'Friedreich ataxia'],
      ['CMR', 'Cardiac magnetic resonance'],
      ['LVM', 'LV mass'],
      ['LVEDV', 'LV end-diastolic volume'],
      ['LVEF', 'LV ejection fraction'],
      ['ECV', 'extracellular volume fraction'],
      ['LGE', 'late gadolinium enhancement'],
      ['GAA1', 'shorter FXN GAA repeat length'],
    ],
  },
  {
    id: 'glioblastoma-microglia',
    source: 'pubmed-38451958-microglia-2024.html',
    pain: false,
    blocks: [
      'The Peritumoral Brain Zone (PBZ) contributes to Glioblastoma (GBM) relapse months after the resection of the original tumor, which is influenced by a variety of pathological factors. Among those, microglia are recognized as one of the main regulators of GBM progression and probably relapse.',
    ],
    terms: [['microglia', 'microglia']],
    pairs: [
      ['PBZ', 'Peritumoral Brain Zone'],
      ['GBM', 'Glioblastoma'],
    ],
  },
  {
    id: 'brain-age',
    source: 'pubmed-38814972-brainage-2024.html',
    pain: false,
    blocks: [
      "Alterations in the brain's connectivity or the interactions among brain regions have been studied with the aid of resting state (rs)fMRI data attained from large numbers of healthy subjects of various demographics. This has been instrumental in providing insight into how a phenotype as fundamental as age affects the brain. Although machine learning (ML) techniques have already been deployed in such studies, novel questions are investigated in this work.",
    ],
    terms: [['fMRI', 'functional-mri']],
    pairs: [
      ['rs', 'resting state'],
      ['ML', 'machine learning'],
    ],
  },
];
