/**
 * The real-text set for `npm run eval`: passages quoted from open-access
 * pain-neuroscience articles (PMC full texts and PubMed abstracts, as stored
 * by the search tool's "pages" corpus), with their citation markup rebuilt
 * as PMC serves it, labelled by hand. How they were chosen and labelled, and
 * where each comes from: tests/eval/README.md.
 *
 * An article holds its passages in page order (abstract, then
 * introduction); the eval reads each article's passages together, as the
 * annotator reads a page. Labels are as in ./passages.ts (`terms`, `traps`,
 * `pairs`), plus `nested`: mentions inside a longer labelled mention of
 * another concept ("brainstem" in "Descending brainstem control").
 */

import type { Passage } from './passages';

export interface RealSource {
  url: string;
  /** Authors, title, journal, year and identifiers, as far as the stored page showed them. */
  article: string;
  /** The licence as the stored page states it. */
  licence: string;
  /** The search that found it (pages corpus) and its rank among the results. */
  found: string;
}

export interface RealPassage {
  part: 'abstract' | 'introduction';
  /** The passage as PMC serves it: one <p>, citations as links (in <sup> where the journal uses superscripts). */
  html: string;
}

/** An article: its source, its passages in page order, and labels as in the written set. */
export interface RealArticle extends Pick<Passage, 'terms' | 'nested' | 'traps' | 'pairs'> {
  id: string;
  topic: string;
  source: RealSource;
  passages: RealPassage[];
}

/** A link to reference `id` as PMC writes it. */
const ref = (id: string, text: string) => `<a href="#${id}" class="usa-link" aria-describedby="${id}" aria-expanded="false">${text}</a>`;
/** Superscript numbers, PMC's grouped form: <sup><a>6</a>,<a>70</a></sup>. */
const supGroup = (prefix: string, ...numbers: number[]) => `<sup>${numbers.map((n) => ref(`${prefix}${n}`, String(n))).join(',')}</sup>`;
/** Superscript numbers, PMC's linked form: <a><sup>1</sup></a>, commas between links. */
const supLinks = (prefix: string, ...numbers: number[]) =>
  numbers
    .map((n) => `<a href="#${prefix}${n}" class="usa-link" aria-describedby="${prefix}${n}" aria-expanded="false"><sup>${n}</sup></a>`)
    .join(',');
/** Bracketed numbers as written ("2–4", "16; 21"), each number a link. */
const brackets = (prefix: string, spec: string) => `[${spec.replace(/\d+/g, (n) => ref(`${prefix}${n}`, n))}]`;

const p = (html: string) => `<p>${html}</p>`;
const NOT_SHOWN = 'not shown in the stored text; quoted briefly (at most four sentences) for evaluation';

const q = {
  descending: 'q "descending pain modulation periaqueductal gray rostral ventromedial medulla review PMC"',
  cpm: 'q "conditioned pain modulation diffuse noxious inhibitory controls review pmc.ncbi.nlm.nih.gov"',
  fibromyalgia: 'q "conditioned pain modulation fibromyalgia PMC"',
  serotonin: 'q "spinal 5-HT3 receptors descending facilitation serotonin pain PMC"',
  serotonin2: 'q "PMC6277848 introduction descending facilitation 5-HT3 receptor ondansetron spinal nerve ligation thalamus"',
  kcc2: 'q "KCC2 chloride homeostasis spinal dorsal horn neuropathic pain disinhibition PMC introduction"',
  sensitization: 'q "central sensitization chronic pain review hyperalgesia dorsal horn NMDA receptor PMC introduction"',
  mecfs: 'q "myalgic encephalomyelitis chronic fatigue syndrome pain central sensitization PMC introduction"',
  snri: 'q "duloxetine milnacipran serotonin noradrenaline reuptake inhibitors fibromyalgia neuropathic pain descending inhibition PMC"',
  noradrenergic: 'q "locus coeruleus noradrenergic descending inhibition alpha2-adrenoceptors spinal neuropathic pain PMC introduction"',
  acc: 'q "anterior cingulate cortex synaptic plasticity chronic pain LTP NMDA receptors PMC introduction"',
  microglia: 'q "microglia P2X4 BDNF KCC2 neuropathic pain spinal cord PMC introduction"',
  placebo: 'q "placebo analgesia endogenous opioids periaqueductal gray descending pain modulatory system PMC introduction"',
};

export const REAL_ARTICLES: RealArticle[] = [
  {
    id: 'heinricher-descending-control',
    topic: 'descending modulation (PAG–RVM)',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2894733',
      article:
        'Heinricher MM, Tavares I, Leith JL, Lumb BM. Descending control of nociception: specificity, recruitment and plasticity. Brain Res Rev 2009;60(1):214–225. doi:10.1016/j.brainresrev.2008.12.009; PMID 19146877; PMCID PMC2894733',
      licence: 'NIH author manuscript (the page: "Author manuscript; available in PMC"); no open licence stated',
      found: `${q.descending}, rank 4`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'The dorsal horn of the spinal cord is the location of the first synapse in pain pathways, and as such, offers a very powerful target for regulation of nociceptive transmission by both local segmental and supraspinal mechanisms. Descending control of spinal nociception originates from many brain regions and plays a critical role in determining the experience of both acute and chronic pain.',
        ),
      },
      {
        part: 'abstract',
        html: p(
          'Descending control arises from a number of supraspinal sites, including the midline periaqueductral gray-rostral ventromedial medulla (PAG-RVM) system, and the more lateral and caudal dorsal reticular nucleus (DRt) and ventrolateral medulla (VLM). Inhibitory control from the PAG-RVM system preferentially suppresses nociceptive inputs mediated by C-fibers, preserving sensory-discriminative information conveyed by more rapidly conducting A-fibers. Analysis of the circuitry within the RVM reveals that the neural basis for bidirectional control from the midline system is two populations of neurons, ON-cells and OFF-cells, that are differentially recruited by higher structures important in fear, illness and psychological stress to enhance or inhibit pain.',
        ),
      },
    ],
    terms: [
      ['dorsal horn of the spinal cord', 'dorsal-horn'],
      ['nociceptive transmission', 'nociception'],
      ['Descending control', 'descending-pain-modulation'],
      ['nociception', 'nociception'],
      ['chronic pain', 'chronic-pain'],
      ['periaqueductral gray', 'pag'],
      ['rostral ventromedial medulla', 'rvm'],
      ['PAG', 'pag'],
      ['RVM', 'rvm'],
      ['dorsal reticular nucleus', 'subnucleus-reticularis-dorsalis'],
      ['DRt', 'subnucleus-reticularis-dorsalis'],
      ['C-fibers', 'c-fibre'],
      ['ON-cells', 'on-cells'],
      ['OFF-cells', 'off-cells'],
    ],
    traps: ['A-fibers'],
    pairs: [
      ['PAG-RVM', 'periaqueductral gray-rostral ventromedial medulla'],
      ['DRt', 'dorsal reticular nucleus'],
      ['VLM', 'ventrolateral medulla'],
    ],
  },
  {
    id: 'bitar-icpm',
    topic: 'DNIC/CPM',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6008746',
      article:
        'Bitar N, Marchand S, Potvin S. Pleasant Pain Relief and Inhibitory Conditioned Pain Modulation: A Psychophysical Study. Pain Res Manag 2018;2018:1935056. doi:10.1155/2018/1935056; PMID 29973965; PMCID PMC6008746',
      licence: NOT_SHOWN,
      found: `${q.cpm}, rank 5`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Inhibitory conditioned pain modulation (ICPM) is one of the principal endogenous pain inhibition mechanisms and is triggered by strong nociceptive stimuli. Recently, it has been shown that feelings of pleasantness are experienced after the interruption of noxious stimuli. Given that pleasant stimuli have analgesic effects, it is therefore possible that the ICPM effect is explained by the confounding effect of pleasant pain relief.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          `Chronic pain affects approximately 22% of the adult population ${brackets('B', '1')} and is a complex phenomenon resulting from biological, psychological, and social factors. Among these factors, the importance of central mechanisms, such as the activity of endogenous pain excitatory and inhibitory systems, is increasingly acknowledged ${brackets('B', '2–4')}.`,
        ),
      },
    ],
    terms: [
      ['conditioned pain modulation', 'cpm'],
      ['ICPM', 'cpm'],
      ['endogenous pain inhibition', 'endogenous-analgesia'],
      ['Chronic pain', 'chronic-pain'],
    ],
    pairs: [['ICPM', 'Inhibitory conditioned pain modulation']],
  },
  {
    id: 'jensen-fibromyalgia-connectivity',
    topic: 'fibromyalgia',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3404927',
      article:
        'Jensen KB, Loitoile R, Kosek E, et al. Patients with fibromyalgia display less functional connectivity in the brain’s pain inhibitory network. Mol Pain 2012;8:32. doi:10.1186/1744-8069-8-32; PMID 22537768; PMCID PMC3404927',
      licence: 'open access (the publisher’s copy among the results says "Open Access"); licence not shown in the stored PMC text',
      found: `${q.fibromyalgia}, rank 7`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'There is evidence for augmented processing of pain and impaired endogenous pain inhibition in Fibromyalgia syndrome (FM). In order to fully understand the mechanisms involved in FM pathology, there is a need for closer investigation of endogenous pain modulation. In the present study, we compared the functional connectivity of the descending pain inhibitory network in age-matched FM patients and healthy controls (HC).',
        ),
      },
      {
        part: 'abstract',
        html: p(
          'We performed functional magnetic resonance imaging (fMRI) in 42 subjects; 14 healthy and 28 age-matched FM patients (2 patients per HC), during randomly presented, subjectively calibrated pressure pain stimuli. A seed-based functional connectivity analysis of brain activity was performed. The seed coordinates were based on the findings from our previous study, comparing the fMRI signal during calibrated pressure pain in FM and HC: the rostral anterior cingulate cortex (rACC) and thalamus.',
        ),
      },
    ],
    terms: [
      ['endogenous pain inhibition', 'endogenous-analgesia'],
      ['Fibromyalgia syndrome', 'fibromyalgia'],
      ['FM', 'fibromyalgia'],
      ['endogenous pain modulation', 'endogenous-analgesia'],
      ['descending pain inhibitory network', 'descending-inhibition'],
      ['functional magnetic resonance imaging', 'functional-mri'],
      ['fMRI', 'functional-mri'],
      ['rostral anterior cingulate cortex', 'acc'],
      ['rACC', 'acc'],
      ['thalamus', 'thalamus'],
    ],
    pairs: [
      ['FM', 'Fibromyalgia syndrome'],
      ['HC', 'healthy controls'],
      ['fMRI', 'functional magnetic resonance imaging'],
      ['rACC', 'rostral anterior cingulate cortex'],
    ],
  },
  {
    id: 'pmc5883380-serotonin-receptors',
    topic: 'serotonin receptors',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5883380',
      article:
        'PMCID PMC5883380: a review of how central serotonin receptors (5-HT1, 5-HT2, 5-HT3, 5-HT7) modulate nociception (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.serotonin}, rank 1`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'The aim of this review was to identify the mechanisms by which serotonin receptors involved at the central level are able to modulate the nociceptive response. Pain is a defense mechanism of the body that entails physio-logical, anatomical, neurochemical, and psychological changes, and is defined as an unpleasant sensory and emotional expe-rience with potential risk of tissue damage, comprising the leading cause of appointments with Physicians worldwide. Treatment for this symptom has generated several neuropharmacological lines of research, due to the different types of pain and the various drugs employed to treat this condition. Serotonin [5-HydroxyTryptamine (5-HT)] is a neurotransmitter with seven families (5-HT1–5-HT7) and approximately 15 receptor subtypes.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          `Pain is a highly prevalent symptom in the majority of diseases and is the leading cause of visits to the doctor ${brackets('r', '1')}.`,
        ),
      },
    ],
    terms: [
      ['serotonin', 'serotonin'],
      ['Serotonin', 'serotonin'],
      ['5-HydroxyTryptamine', 'serotonin'],
      ['5-HT', 'serotonin'],
      ['5-HT7', 'htr7'],
    ],
    pairs: [['5-HT', '5-HydroxyTryptamine']],
  },
  {
    id: 'pmc6277848-spinal-5ht2a-5ht3',
    topic: 'serotonin receptors',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6277848',
      article:
        'PMCID PMC6277848: "Modality selective roles of pro-nociceptive spinal 5-HT2A and 5-HT3 receptors in normal and neuropathic states" (title as another stored copy gives it)',
      licence: NOT_SHOWN,
      found: `${q.serotonin}, rank 3`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Descending brainstem control of spinal nociceptive processing permits a dynamic and adaptive modulation of ascending sensory information. Chronic pain states are frequently associated with enhanced descending excitatory drive mediated predominantly through serotonergic neurones in the rostral ventromedial medulla. In this study, we examine the roles of spinal 5-HT2A and 5-HT3 receptors in modulating ascending sensory output in normal and neuropathic states. In vivo electrophysiology was performed in anaesthetised spinal nerve ligated (SNL) and sham-operated rats to record from wide dynamic range neurones in the ventral posterolateral thalamus.',
        ),
      },
    ],
    terms: [
      ['Descending brainstem control', 'descending-pain-modulation'],
      ['nociceptive processing', 'nociception'],
      ['Chronic pain', 'chronic-pain'],
      ['descending excitatory drive', 'descending-facilitation'],
      ['rostral ventromedial medulla', 'rvm'],
      ['5-HT2A', 'htr2a'],
      ['5-HT3 receptors', 'htr3'],
      ['spinal nerve ligated', 'peripheral-nerve-injury'],
      ['SNL', 'peripheral-nerve-injury'],
      ['wide dynamic range neurones', 'wdr-neurons'],
      ['ventral posterolateral thalamus', 'thalamus'],
    ],
    nested: [['brainstem', 'brainstem']],
    pairs: [['SNL', 'spinal nerve ligated']],
  },
  {
    id: 'pmc1566080-5ht3-dorsal-horn',
    topic: 'serotonin receptors',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1566080',
      article:
        'PMCID PMC1566080: serotoninergic modulation of primary afferent-mediated synaptic transmission in the dorsal horn through the 5-HT3 receptor, hemisected spinal cord of young rat (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.serotonin}, rank 4`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'The in vitro hemisected spinal cord from young rat was used to investigate the mechanism of serotoninergic modulation of primary afferent-mediated synaptic transmission in the dorsal horn through activation of the 5-HT3 receptor.',
        ),
      },
      {
        part: 'abstract',
        html: p(
          'Dorsal root-evoked excitatory post-synaptic potentials (DR-EPSPs) were recorded intracellularly from dorsal horn neurones. Extracellular recordings of the population primary afferent depolarization (PAD) and the dorsal rootevoked dorsal root reflex (DR-DRR) were made from segmental dorsal roots.',
        ),
      },
    ],
    terms: [
      ['spinal cord', 'spinal-cord'],
      ['primary afferent', 'primary-afferents'],
      ['dorsal horn', 'dorsal-horn'],
      ['5-HT3 receptor', 'htr3'],
    ],
    traps: ['dorsal roots'],
    pairs: [
      ['DR-EPSPs', 'Dorsal root-evoked excitatory post-synaptic potentials'],
      ['PAD', 'primary afferent depolarization'],
      ['DR-DRR', 'dorsal rootevoked dorsal root reflex'],
    ],
  },
  {
    id: 'pubmed10932685-5ht3-review',
    topic: 'serotonin receptors',
    source: {
      url: 'https://pubmed.ncbi.nlm.nih.gov/10932685/',
      article:
        'The 5HT3 receptors and the descending nociceptive pathway--a review. Middle East J Anaesthesiol 1999;15(3):247–58. PMID 10932685 (stored at www.pubmed.gov/10932685/)',
      licence: 'PubMed abstract page; no licence stated (the abstract is the publisher’s)',
      found: `${q.serotonin}, rank 6`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'There has been a huge and exciting increase in our recent understanding of the pathogenesis of pain. Neurophysiological and pharmacological evidence have demonstrated that 5-HT now plays an important albeit discrete role in pain transmission at various levels of the pain pathway. Although 5-HT is clearly involved in spinal analgesia, its mode of action is still obscure and perplexing perhaps because it has multiple and often opposing effects mediated by its multiple receptor subtypes. The involvement of 5-HT3 antagonists and agonists have been found to either facilitate or inhibit nociceptive processing in the dorsal horn cells.',
        ),
      },
    ],
    terms: [
      ['5-HT', 'serotonin'],
      ['5-HT3 antagonists', 'setrons'],
      ['nociceptive processing', 'nociception'],
      ['dorsal horn', 'dorsal-horn'],
    ],
  },
  {
    id: 'pmc3098387-rapamycin-5ht3r',
    topic: 'serotonin receptors (descending facilitation)',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3098387',
      article:
        'PMCID PMC3098387: spinal rapamycin-sensitive pathways and 5-HT3R-mediated descending facilitation, carrageenan inflammation (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.serotonin2}, rank 7`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'We have recently reported the importance of spinal rapamycin-sensitive pathways in maintaining persistent pain-like states. A descending facilitatory drive mediated through spinal 5-HT3 receptors (5-HT3Rs) originating from superficial dorsal horn NK1-expressing neurons and that relays through the parabrachial nucleus and the rostroventral medial medulla to act on deep dorsal horn neurons is known be important in maintaining these pain-like states. To determine if spinal rapamycin-sensitive pathways are activated by a descending serotonergic drive, we investigated the effects of spinally administered rapamycin on responses of deep dorsal horn neurons that had been pre-treated with the selective 5-HT3R antagonist ondansetron.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          `Several studies in pain research have focused on the role of spinal 5-HT3 receptors (5-HT3Rs), which unlike all other subtypes of 5-HTRs, is the only known subtype comprising a ligand-gated ion channel ${brackets('R', '3,15')}.`,
        ),
      },
    ],
    terms: [
      ['descending facilitatory drive', 'descending-facilitation'],
      ['5-HT3 receptors', 'htr3'],
      ['5-HT3Rs', 'htr3'],
      ['dorsal horn', 'dorsal-horn'],
      ['NK1', 'nk1-receptor'],
      ['rostroventral medial medulla', 'rvm'],
      ['5-HT3R antagonist', 'setrons'],
      ['ondansetron', 'ondansetron'],
    ],
    pairs: [['5-HT3Rs', '5-HT3 receptors']],
  },
  {
    id: 'oliva-fibromyalgia-attention',
    topic: 'fibromyalgia, CPM',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8675057',
      article:
        'Oliva V, Gregory R, Brooks JCW, Pickering AE. Central pain modulatory mechanisms of attentional analgesia are preserved in fibromyalgia. Pain 2022;163(1):125–136. doi:10.1097/j.pain.0000000000002319; PMID 33941755; PMCID PMC8675057 (the text as stored from the journal’s full-text page, journals.lww.com)',
      licence:
        'Creative Commons Attribution (the University of East Anglia repository page: "Available under License Creative Commons Attribution"; PubMed: "Copyright © 2021 The Author(s)")',
      found: `${q.fibromyalgia}, rank 2 (the journal’s page); PubMed page of the same article in a follow-up search`,
    },
    passages: [
      {
        part: 'introduction',
        html: p(
          `Fibromyalgia is a common, chronic condition characterised by widespread pain with hyperalgesia in muscles and joints without any identifiable alternative causative pathology.${supGroup('R', 6, 70, 84)} In addition to widespread pain, fibromyalgia is syndromically linked to fatigue, sleep deficits, and difficulties in concentration, an array of symptoms, which has been referred to as “fibrofog”.${supGroup('R', 43, 81)} A single underlying pathophysiological cause for fibromyalgia is yet to be fully elucidated,${supGroup('R', 69)} and the current diagnostic criteria are based on self-reported measures.${supGroup('R', 75, 82, 83)}`,
        ),
      },
      {
        part: 'introduction',
        html: p(
          `There are a plethora of studies reporting alterations in nociception and pain processing in patients with fibromyalgia. One intriguing line of investigations has reported a small fibre deficit and altered function of nociceptive primary afferents${supGroup('R', 31, 50, 56, 72, 77)} which may give rise to hyperalgesia. As a counterpoint theory, fibromyalgia has also been proposed to be a “centralised” pain condition${supGroup('R', 12)} characterised by augmented brain responses to noxious stimuli that underlies hyperalgesia.${supGroup('R', 15, 30, 66)} In support of a central aetiology of fibromyalgia, there have been reports of impairments in endogenous pain modulatory mechanisms, such as conditioned pain modulation${supGroup('R', 8, 42, 49)} and exercise-induced analgesia.${supGroup('R', 80)}`,
        ),
      },
    ],
    terms: [
      ['Fibromyalgia', 'fibromyalgia'],
      ['fibromyalgia', 'fibromyalgia'],
      ['hyperalgesia', 'hyperalgesia'],
      ['fatigue', 'fatigue'],
      ['sleep deficits', 'sleep-disturbance'],
      ['fibrofog', 'brain-fog'],
      ['nociception', 'nociception'],
      ['nociceptive primary afferents', 'nociceptor'],
      ['endogenous pain modulatory mechanisms', 'endogenous-analgesia'],
      ['conditioned pain modulation', 'cpm'],
      ['exercise-induced analgesia', 'exercise-induced-hypoalgesia'],
    ],
  },
  {
    id: 'pmc2903433-chloride-regulation',
    topic: 'KCC2, chloride',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2903433',
      article:
        'PMCID PMC2903433: a review of spinal inhibition, the anion equilibrium potential and the cation-chloride co-transporters NKCC1 and KCC2 in hyperalgesia and allodynia (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.kcc2}, rank 3`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Melzack and Wall’s Gate Control Theory of Pain laid the theoretical groundwork for a role of spinal inhibition in endogenous pain control. While the Gate Control Theory was based on the notion that spinal inhibition is dynamically regulated, mechanisms underlying the regulation of inhibition have turned out to be far more complex than Melzack and Wall could have ever imagined. Recent evidence indicates that an exquisitely sensitive form of regulation involves changes in anion equilibrium potential (Eanion), which subsequently impacts fast synaptic inhibition mediated GABAA, and to a lesser extent, glycine receptor activation, the prototypic ligand gated anion channels. The cation-chloride co-transporters (in particular NKCC1 and KCC2) have emerged as proteins that play a critical role in the dynamic regulation of Eanion which in turn appears to play a critical role in hyperalgesia and allodynia following peripheral inflammation or nerve injury.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          'Pain is a highly dynamic sensation. The enhanced sensitivity to pain that follows an injury or inflammation, generally known as hyperalgesia, is the archetypical expression of such plasticity. For over a century, hyperalgesic states have been interpreted as the consequence of the increased excitability of the peripheral and central nervous system induced by injury or inflammation. These enhancements of excitability are referred to as peripheral or central sensitization and can be produced by increased synaptic excitation, decreased synaptic inhibition (i.e. disinhibition), increased neuronal responsiveness, or any combination thereof.',
        ),
      },
    ],
    terms: [
      ['endogenous pain control', 'endogenous-analgesia'],
      ['GABAA', 'gaba-a-receptor'],
      ['glycine receptor', 'glycine-receptor'],
      ['NKCC1', 'nkcc1'],
      ['KCC2', 'kcc2'],
      ['hyperalgesia', 'hyperalgesia'],
      ['allodynia', 'allodynia'],
      ['nerve injury', 'peripheral-nerve-injury'],
      ['central sensitization', 'central-sensitization'],
      ['disinhibition', 'disinhibition'],
      // Added after the first run: "cation-chloride" names chloride (attributive uses count); the label had been missed.
      ['chloride', 'chloride'],
    ],
    pairs: [['Eanion', 'anion equilibrium potential']],
  },
  {
    id: 'kahle-kcc2-restoration',
    topic: 'KCC2, chloride',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4465580',
      article:
        'Kahle KT, Khanna A, Clapham DE, Woolf CJ. Therapeutic Restoration of Spinal Inhibition via Druggable Enhancement of Potassium-Chloride Cotransporter KCC2–Mediated Chloride Extrusion in Peripheral Neuropathic Pain. JAMA Neurol 2014;71(5):640–645. doi:10.1001/jamaneurol.2014.21; PMCID PMC4465580',
      licence: NOT_SHOWN,
      found: `${q.kcc2}, rank 4`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Peripheral neuropathic pain, typified by the development of spontaneous pain or pain hypersensitivity following injury to the peripheral nervous system, is common, greatly impairs quality of life, and is inadequately treated with available drugs. Maladaptive changes in chloride homeostasis due to a decrease in the functional expression of the potassium-chloride cotransporter KCC2 in spinal cord dorsal horn neurons are a major contributor to the central disinhibition of γ-aminobutyric acid type A receptor– and glycine receptor–mediated signaling that characterizes neuropathic pain. A compelling novel analgesic strategy is to restore spinal ionotropic inhibition by enhancing KCC2-mediated chloride extrusion.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          `Several neurological disorders are characterized by excessive activity of neuronal circuits due to a loss of the hyperpolarizing action of γ-aminobutyric acid (GABA), the principal inhibitory amino acid neurotransmitter in the mammalian central nervous system, including a number of seizure disorders (such as temporal lobe epilepsy, neonatal seizures, and perilesional seizures) and neuropathic pain.${supLinks('R', 1)} Peripheral neuropathic pain is a prototypic disorder featuring so-called GABAergic disinhibition—in this case, within the dorsal horn of the spinal cord.${supLinks('R', 2)}`,
        ),
      },
    ],
    terms: [
      ['neuropathic pain', 'neuropathic-pain'],
      ['chloride homeostasis', 'chloride-homeostasis'],
      ['potassium-chloride cotransporter KCC2', 'kcc2'],
      ['KCC2', 'kcc2'],
      ['spinal cord dorsal horn', 'dorsal-horn'],
      ['disinhibition', 'disinhibition'],
      ['γ-aminobutyric acid type A receptor', 'gaba-a-receptor'],
      ['glycine receptor', 'glycine-receptor'],
      ['chloride extrusion', 'chloride-homeostasis'],
      ['γ-aminobutyric acid', 'gaba'],
      ['GABA', 'gaba'],
      ['dorsal horn of the spinal cord', 'dorsal-horn'],
    ],
    pairs: [['GABA', 'γ-aminobutyric acid']],
  },
  {
    id: 'pmc4589225-disinhibition',
    topic: 'KCC2, disinhibition',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4589225/',
      article:
        'PMCID PMC4589225 (journal Pain): a concise review of disinhibition in the spinal dorsal horn, postsynaptic inhibition and how to restore it (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.kcc2}, rank 5`,
    },
    passages: [
      {
        part: 'introduction',
        html: p(
          `Inhibitory neurotransmission in the spinal dorsal horn is at the foundation of the Gate Control Theory of Pain and has been the subject of intense investigation ${brackets('R', '16; 21')}. The dorsal horn is richly endowed with GABAergic and glycinergic neurons and their ionotropic receptors. GABAA receptors are located presynaptically on afferent terminals and both glycine and GABAA receptors are found postsynaptically on dorsal horn neurons ${brackets('R', '15')}. Pharmacologically blocking those receptors can reproduce many features of persistent pain, including mechanical allodynia and spontaneous pain.`,
        ),
      },
    ],
    terms: [
      ['spinal dorsal horn', 'dorsal-horn'],
      ['dorsal horn', 'dorsal-horn'],
      ['GABAA receptors', 'gaba-a-receptor'],
      ['glycine', 'glycine-receptor'],
      ['mechanical allodynia', 'allodynia'],
    ],
  },
  {
    id: 'woolf-central-sensitization',
    topic: 'central sensitization',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3268359',
      article:
        'Woolf CJ. Central sensitization: Implications for the diagnosis and treatment of pain. Pain 2011;152(3 Suppl):S2–15. doi:10.1016/j.pain.2010.09.030; PMID 20961685; PMCID PMC3268359',
      licence: 'NIH author manuscript (the page: "Author manuscript; available in PMC"); no open licence stated',
      found: `${q.sensitization}, rank 2`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Nociceptor inputs can trigger a prolonged but reversible increase in the excitability and synaptic efficacy of neurons in central nociceptive pathways, the phenomenon of central sensitization. Central sensitization manifests as pain hypersensitivity, particularly dynamic tactile allodynia, secondary punctate or pressure hyperalgesia, aftersensations, and enhanced temporal summation. It can be readily and rapidly elicited in human volunteers by diverse experimental noxious conditioning stimuli to skin, muscles or viscera, and in addition to producing pain hypersensitivity, results in secondary changes in brain activity that can be detected by electrophysiological or imaging techniques. Studies in clinical cohorts reveal changes in pain sensitivity that have been interpreted as revealing an important contribution of central sensitization to the pain phenotype in patients with fibromyalgia, osteoarthritis, musculoskeletal disorders with generalized pain hypersensitivity, headache, temporomandibular joint disorders, dental pain, neuropathic pain, visceral pain hypersensitivity disorders and postsurgical pain.',
        ),
      },
    ],
    terms: [
      ['Nociceptor', 'nociceptor'],
      ['central sensitization', 'central-sensitization'],
      ['Central sensitization', 'central-sensitization'],
      ['dynamic tactile allodynia', 'allodynia'],
      ['pressure hyperalgesia', 'hyperalgesia'],
      ['temporal summation', 'temporal-summation'],
      ['fibromyalgia', 'fibromyalgia'],
      ['osteoarthritis', 'osteoarthritis'],
      ['temporomandibular joint disorders', 'temporomandibular-disorder'],
      ['neuropathic pain', 'neuropathic-pain'],
    ],
    traps: ['conditioning stimuli'],
  },
  {
    id: 'meeus-cfs-sensitization',
    topic: 'ME/CFS',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1820749',
      article:
        'Meeus M, Nijs J. Central sensitization: a biopsychosocial explanation for chronic widespread pain in patients with fibromyalgia and chronic fatigue syndrome. Clin Rheumatol 2007;26(4):465–73. doi:10.1007/s10067-006-0433-9; PMCID PMC1820749 (the second paragraph as stored from the publisher’s copy, mijn.bsl.nl, rank 1 of the same search)',
      licence: NOT_SHOWN,
      found: `${q.mecfs}, rank 2 (rank 1: the publisher’s copy)`,
    },
    passages: [
      {
        part: 'introduction',
        html: p(
          `Chronic fatigue syndrome (CFS), as defined by the Centers for Disease Control and Prevention (CDCP), is a complex illness characterized by prolonged debilitating fatigue and multiple non-specific symptoms including headaches, recurrent sore throats, fever, muscle and joint pain, and neurocognitive complaints ${brackets('CR', '1, 2')}. In addition to the chronic fatigue, widespread and persistent pain is common in individuals with CFS ${brackets('CR', '3–5')}. A population-based study revealed that 94% of the persons diagnosed with CFS report muscle aches and pain and 84% report joint pain ${brackets('CR', '6')}.`,
        ),
      },
      {
        part: 'introduction',
        html: p(
          `Given these facts, it may be surprising that the etiology of these pain complaints has not been studied extensively in patients with CFS. The systematic literature review by Meeus et al. ${brackets('CR', '11')} shows that only little progress has been made in understanding chronic widespread pain in patients with CFS. A few hypotheses have been proposed, but they have not been studied in depth or relatively little work has been performed to test these hypotheses. In contrast, a large body of scientific literature regarding the etiology of chronic pain complaints in fibromyalgia (FM) is currently available.`,
        ),
      },
    ],
    terms: [
      ['Chronic fatigue syndrome', 'mecfs'],
      ['CFS', 'mecfs'],
      ['chronic fatigue', 'fatigue'],
      ['fatigue', 'fatigue'],
      ['chronic widespread pain', 'chronic-widespread-pain'],
      ['chronic pain', 'chronic-pain'],
      ['fibromyalgia', 'fibromyalgia'],
      ['FM', 'fibromyalgia'],
    ],
    pairs: [
      ['CFS', 'Chronic fatigue syndrome'],
      ['CDCP', 'Centers for Disease Control and Prevention'],
      ['FM', 'fibromyalgia'],
    ],
  },
  {
    id: 'pmc2811866-snri-pain',
    topic: 'SNRIs',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2811866/',
      article:
        'PMCID PMC2811866: a review of the rationale and role of serotonin-norepinephrine reuptake inhibitors (SNRIs) for the control of pain (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.snri}, rank 2`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'The precise mechanisms of pain perception and transmission in the central nervous system have not been fully elucidated. However, extensive data support a role for the monoamine neurotransmitters, serotonin and norepinephrine, in the modulation of pain. Experiments with animal models of pain indicate that noradrenergic interventions, and to a lesser extent serotonergic interventions, reduce pain-related behavior. This is supported by data from clinical trials in humans in which antidepressants have been shown to reduce pain and functional impairment in central and neuropathic pain conditions.',
        ),
      },
    ],
    terms: [
      ['serotonin', 'serotonin'],
      ['norepinephrine', 'noradrenaline'],
      ['neuropathic pain', 'neuropathic-pain'],
    ],
  },
  {
    id: 'recla-fibromyalgia-agents',
    topic: 'fibromyalgia, SNRIs',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3004640/',
      article:
        'Recla JM. New and emerging therapeutic agents for the treatment of fibromyalgia: an update. J Pain Res 2010;3:89–103. doi:10.2147/jpr.s6792; PMID 21197313; PMCID PMC3004640',
      licence: NOT_SHOWN,
      found: `${q.snri}, rank 5`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Fibromyalgia (FM) is a chronic widespread pain condition that is estimated to affect 5 million US adults. Several molecular pathophysiologies are thought to contribute to the symptoms of FM, complicating the development of effective clinical management techniques. It is now known that abnormalities in both nociceptive and central pain processing systems are necessary (but perhaps not sufficient) to condition the onset and maintenance of FM, producing associated neuropsychologic symptoms such as pronounced fatigue, sleep abnormalities, cognitive difficulties, stress sensitivity, anxiety, and depression. Current treatment strategies are focused primarily on correcting the pathophysiologic mechanisms underlying these nervous system abnormalities.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          `Fibromyalgia (FM) is a complex chronic pain condition that is defined by widespread pain for more than 3 months and the presence of at least 11 of 18 tender points.${supLinks('b', 1)} Additional neuropsychologic symptoms are often present, including pronounced fatigue, sleep abnormalities, cognitive difficulties, stress sensitivity, anxiety, and depression.${supLinks('b', 2)} These symptoms are often worsened by physical or emotional stress, cold and humid weather, poor sleep, hormonal fluctuations, and lack of exercise, suggesting a complex etiology.${supLinks('b', 3)} The prevalence of FM is estimated to be 2% in the US and Canada,${supLinks('b', 4)} affecting women (3.4%) more frequently than men (0.5%).${supLinks('b', 5)}`,
        ),
      },
    ],
    terms: [
      ['Fibromyalgia', 'fibromyalgia'],
      ['FM', 'fibromyalgia'],
      ['chronic widespread pain', 'chronic-widespread-pain'],
      ['chronic pain', 'chronic-pain'],
      ['fatigue', 'fatigue'],
      ['sleep abnormalities', 'sleep-disturbance'],
      ['poor sleep', 'sleep-disturbance'],
      ['anxiety', 'anxiety'],
      ['depression', 'depression'],
    ],
    pairs: [['FM', 'Fibromyalgia']],
  },
  {
    id: 'wright-duloxetine',
    topic: 'SNRIs',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3048581',
      article:
        'Wright A, Luedtke KE, VanDenBerg C. Duloxetine in the treatment of chronic pain due to fibromyalgia and diabetic neuropathy. J Pain Res 2010;4:1–10. doi:10.2147/JPR.S12866; PMID 21386950; PMCID PMC3048581',
      licence: NOT_SHOWN,
      found: `${q.snri}, rank 6`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Duloxetine is a serotonin-norepinephrine reuptake inhibitor approved by the US Food and Drug Administration for the treatment of fibromyalgia and painful diabetic neuropathy at doses of 60 mg daily. Duloxetine has been shown to significantly improve the symptoms of chronic pain associated with these disorders, as measured by the Fibromyalgia Impact Questionnaire, Brief Pain Inventory scores, the Clinical Global Impressions Scale, and other various outcome measures in several placebo-controlled, randomized, double-blind, multicenter studies. Symptom improvement generally began within the first few weeks, and continued for the duration of the study. In addition, the efficacy of duloxetine was found to be due to direct effects on pain symptoms rather than secondary to improvements in depression or anxiety.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          'Chronic pain is a serious and debilitating condition with a large financial burden to the suffering individual, their family, and society. The etiology of chronic pain can be due to a multitude of factors, from malignant disease to diabetic neuropathy.',
        ),
      },
    ],
    terms: [
      ['Duloxetine', 'duloxetine'],
      ['duloxetine', 'duloxetine'],
      ['serotonin-norepinephrine reuptake inhibitor', 'snri'],
      ['fibromyalgia', 'fibromyalgia'],
      ['Fibromyalgia', 'fibromyalgia'],
      ['chronic pain', 'chronic-pain'],
      ['Chronic pain', 'chronic-pain'],
      ['depression', 'depression'],
      ['anxiety', 'anxiety'],
    ],
  },
  {
    id: 'hughes-pontospinal-noradrenergic',
    topic: 'noradrenergic inhibition, α2-adrenoceptors',
    source: {
      url: 'https://pubmed.ncbi.nlm.nih.gov/23707289/',
      article:
        'Hughes SW, Hickey L, Hulse RP, Lumb BM, Pickering AE. Endogenous analgesic action of the pontospinal noradrenergic system spatially restricts and temporally delays the progression of neuropathic pain following tibial nerve injury. Pain 2013;154(9):1680–1690. doi:10.1016/j.pain.2013.05.010; PMID 23707289',
      licence: 'PubMed abstract page; no licence stated (the abstract is the publisher’s)',
      found: `${q.noradrenergic}, rank 6`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Pontospinal noradrenergic neurons form part of an endogenous analgesic system that suppresses acute pain, but there is conflicting evidence about its role in neuropathic pain. We investigated the chronology of descending noradrenergic control during the development of a neuropathic pain phenotype in rats following tibial nerve transection (TNT). A lumbar intrathecal cannula was implanted at the time of nerve injury allowing administration of selective α-adrenoceptor (α-AR) antagonists to sequentially assay their effects upon the expression of allodynia and hyperalgesia. Following TNT animals progressively developed mechanical and cold allodynia (by day 10) and subsequently heat hypersensitivity (day 17).',
        ),
      },
    ],
    terms: [
      ['endogenous analgesic system', 'endogenous-analgesia'],
      ['neuropathic pain', 'neuropathic-pain'],
      ['descending noradrenergic control', 'descending-pain-modulation'],
      ['tibial nerve transection', 'peripheral-nerve-injury'],
      ['TNT', 'peripheral-nerve-injury'],
      ['nerve injury', 'peripheral-nerve-injury'],
      ['allodynia', 'allodynia'],
      ['hyperalgesia', 'hyperalgesia'],
    ],
    traps: ['α-adrenoceptor', 'α-AR'],
    pairs: [
      ['TNT', 'tibial nerve transection'],
      ['α-AR', 'α-adrenoceptor'],
    ],
  },
  {
    id: 'zhuo-cingulate-insular-plasticity',
    topic: 'ACC plasticity',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9687873',
      article:
        'Synaptic Plasticity in the Pain-Related Cingulate and Insular Cortex. Biomedicines 2022;10(11):2745; PMCID PMC9687873 (authors not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.acc}, rank 2`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Cumulative animal and human studies have consistently demonstrated that two major cortical regions in the brain, namely the anterior cingulate cortex (ACC) and insular cortex (IC), play critical roles in pain perception and chronic pain. Neuronal synapses in these cortical regions of adult animals are highly plastic and can undergo long-term potentiation (LTP), a phenomenon that is also reported in brain areas for learning and memory (such as the hippocampus). Genetic and pharmacological studies show that inhibiting such cortical LTP can help to reduce behavioral sensitization caused by injury as well as injury-induced emotional changes. In this review, we will summarize recent progress related to synaptic mechanisms for different forms of cortical LTP and their possible contribution to behavioral pain and emotional changes.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          'It is widely believed now that adult synapses are highly plastic. This type of plasticity is highly robust and may persist for a lifetime, especially for negative memories associated with fear or painful events. Among several possible proposed memory mechanisms, synaptic plasticity in the form of LTP is likely a key cellular mechanism for memory. It is believed that synaptic changes in efficacy play important roles in the formation and expression of fear.',
        ),
      },
    ],
    terms: [
      ['anterior cingulate cortex', 'acc'],
      ['ACC', 'acc'],
      ['insular cortex', 'insular-cortex'],
      ['IC', 'insular-cortex'],
      ['chronic pain', 'chronic-pain'],
      ['long-term potentiation', 'ltp'],
      ['LTP', 'ltp'],
      ['synaptic plasticity', 'synaptic-plasticity'],
    ],
    pairs: [
      ['ACC', 'anterior cingulate cortex'],
      ['IC', 'insular cortex'],
      ['LTP', 'long-term potentiation'],
    ],
  },
  {
    id: 'beggs-p2x4-microglia',
    topic: 'microglia, BDNF, chloride',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5023423',
      article:
        'Beggs S, Trang T, Salter MW. P2X4R+ microglia drive neuropathic pain. Nat Neurosci 2012;15(8):1068–1073. doi:10.1038/nn.3155; PMID 22837036; PMCID PMC5023423',
      licence: 'PMC Canada author manuscript (the page: "Author manuscript; available in PMC"); no open licence stated',
      found: `${q.microglia}, rank 3 (ranks 1–2: PMC figure pages, with no abstract or introduction)`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Neuropathic pain, the most debilitating of all clinical pain syndromes, may be a consequence of trauma, infection or pathology from diseases that affect peripheral nerves. Here we provide a framework for understanding the spinal mechanisms of neuropathic pain as distinct from those of acute pain or inflammatory pain. Recent work suggests that a specific microglia response phenotype characterized by de novo expression of the purinergic receptor P2X4 is critical for the pathogenesis of pain hypersensitivity caused by injury to peripheral nerves. Stimulating P2X4 receptors initiates a core pain signaling pathway mediated by release of brain-derived neurotrophic factor, which produces a disinhibitory increase in intracellular chloride in nociceptive (pain-transmitting) neurons in the spinal dorsal horn.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          'Acute pain is an evolutionary protective mechanism. We reflexively withdraw from painful stimuli to protect ourselves from further damage. We do inevitably damage ourselves throughout life, and tissue damage initiates inflammation and consequent inflammatory pain hypersensitivity. Again this can be considered ‘good’ pain in that we instinctively protect and guard the painful area from potential further damage.',
        ),
      },
    ],
    terms: [
      ['Neuropathic pain', 'neuropathic-pain'],
      ['neuropathic pain', 'neuropathic-pain'],
      ['microglia', 'microglia'],
      ['P2X4 receptors', 'p2x4-receptor'],
      ['P2X4', 'p2x4-receptor'],
      ['brain-derived neurotrophic factor', 'bdnf'],
      ['chloride', 'chloride'],
      ['spinal dorsal horn', 'dorsal-horn'],
    ],
  },
  {
    id: 'pmc6671487-p2x4-bdnf',
    topic: 'microglia, BDNF',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6671487',
      article:
        'PMCID PMC6671487: P2X4 receptors expressed de novo by spinal microglia after peripheral nerve injury mediate BDNF release and neuropathic pain (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.microglia}, rank 7`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'ATP is a known mediator of inflammatory and neuropathic pain. However, the mechanisms by which specific purinergic receptors contribute to chronic pain states are still poorly characterized. Here, we demonstrate that in response to peripheral nerve injury, P2X4 receptors (P2X4R) are expressed de novo by activated microglia in the spinal cord. Using in vitro and in vivo models, we provide direct evidence that P2X4R stimulation leads to the release of BDNF from activated microglia and, most likely phosphorylation of the NR1 subunit of NMDA receptors in dorsal horn neurons of the spinal cord.',
        ),
      },
      {
        part: 'introduction',
        html: p(
          `Among the seven P2X receptors, P2X4 displays the most widespread tissue distribution (${ref('B21', 'Khakh and North, 2006')}; ${ref('B5', 'Burnstock, 2007')}). In the nervous system, P2X4 receptors (P2X4R) are expressed in neurons of different brain regions (${ref('B5', 'Burnstock, 2007')}). In CA1 pyramidal neurons P2X4R are expressed postsynaptically (${ref('B34', 'Rubio and Soto, 2001')}), and are activated during high frequency stimulation and thus participate to synaptic potentiation (${ref('B38', 'Sim et al., 2006')}). P2X4R are also expressed within the immune system.`,
        ),
      },
    ],
    terms: [
      ['neuropathic pain', 'neuropathic-pain'],
      ['chronic pain', 'chronic-pain'],
      ['peripheral nerve injury', 'peripheral-nerve-injury'],
      ['P2X4 receptors', 'p2x4-receptor'],
      ['P2X4R', 'p2x4-receptor'],
      ['P2X4', 'p2x4-receptor'],
      ['microglia', 'microglia'],
      ['spinal cord', 'spinal-cord'],
      ['BDNF', 'bdnf'],
      ['NMDA receptors', 'nmda-receptor'],
      ['dorsal horn', 'dorsal-horn'],
    ],
    traps: ['P2X receptors'],
    pairs: [['P2X4R', 'P2X4 receptors']],
  },
  {
    id: 'pmc5725156-placebo-migraine',
    topic: 'placebo analgesia, migraine',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5725156',
      article:
        'PMCID PMC5725156: placebo analgesia in interictal migraine patients and healthy controls with 11C-diprenorphine PET and simultaneous fMRI (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.placebo}, rank 4`,
    },
    passages: [
      {
        part: 'introduction',
        html: p(
          `Placebo analgesia constitutes a great opportunity for clinical treatment, and also a challenge for clinical drug trials. Meta-analyses of the placebo response in acute migraine clinical trials indicates that approximately one in three patients experience pain relief 2 h after being administered a placebo, and six to 9% of patients experience complete pain relief by placebo (${ref('bb0165', 'Macedo et al., 2006')}, ${ref('bb0155', 'Loder et al., 2005')}). For migraine prophylactic clinical trials, approximately one in five patients have a reduction of migraine attacks &gt; 50% after placebo treatment (${ref('bb0170', 'Macedo et al., 2008')}, ${ref('bb0245', 'van der Kuy and Lohman, 2002')}).`,
        ),
      },
      {
        part: 'introduction',
        html: p('Current neurobiological models of placebo analgesia largely rely on data obtained from healthy subjects.'),
      },
    ],
    terms: [
      ['Placebo analgesia', 'placebo-analgesia'],
      ['placebo analgesia', 'placebo-analgesia'],
      ['migraine', 'migraine'],
    ],
  },
  {
    id: 'pmc5747994-placebo-learning',
    topic: 'placebo analgesia',
    source: {
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5747994',
      article:
        'PMCID PMC5747994: a review of cognitive expectations and associative learning in placebo analgesia, proposing a dual-process model (title not shown in the stored text)',
      licence: NOT_SHOWN,
      found: `${q.placebo}, rank 5`,
    },
    passages: [
      {
        part: 'abstract',
        html: p(
          'Placebo treatments are pharmacologically inert, but are known to alleviate symptoms across a variety of clinical conditions. Associative learning and cognitive expectations both play important roles in placebo responses, however we are just beginning to understand how interactions between these processes lead to powerful effects. Here, we review the psychological principles underlying placebo effects and our current understanding of their brain bases, focusing on studies demonstrating both the importance of cognitive expectations and those that demonstrate expectancy-independent associative learning. To account for both forms of placebo analgesia, we propose a dual-process model in which flexible, contextually driven cognitive schemas and attributions guide associative learning processes that produce stable, long-term placebo effects.',
        ),
      },
      {
        part: 'introduction',
        html: p('Drug treatments can reduce negative symptoms associated with a wide array of clinical disorders.'),
      },
    ],
    terms: [['placebo analgesia', 'placebo-analgesia']],
  },
];
