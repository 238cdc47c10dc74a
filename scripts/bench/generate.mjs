// Generated inputs of `npm run bench`: glossary packs of 300 and 50,000
// terms and a 20,000-word article in PMC's page layout. Everything is made
// from a seeded random generator, so every run (and every machine) measures
// the same pages and the same terms.
//
// A pack is the bundled glossary's match terms (data/generated/match-terms.json,
// compiled into what the content script carries) plus generated terms shaped like real
// ones: one to three words, some made-up ("velorin"), some real ("dorsal",
// "receptor"), regular plurals, and for half of them an abbreviation with a
// digit ("VKR2"). The article uses words of the bundled definitions, the
// bundled terms in the ways papers write them (5-HT<sub>3</sub>, <i>KCC</i>2),
// generated terms of the 300-term pack and generated terms found only in
// the 50,000-term pack, inside nested inline elements, sub/sup and links.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { random } from '../random.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Terms in the packs (the bundled glossary is part of both). */
export const PACK_SIZES = { small: 300, large: 50_000 };
export const ARTICLE_WORDS = 20_000;
/** The PMC (new design) address the generated article is served at. */
export const ARTICLE_URL = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9900001/';

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/** The bundled match terms before compiling (built by scripts/build-forms.mjs). */
export function bundledTerms() {
  return JSON.parse(readFileSync(`${ROOT}data/generated/match-terms.json`, 'utf8'));
}

const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'kl', 'st'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'io'];
const ENDINGS = ['in', 'ase', 'ol', 'ide', 'ine', 'on', 'um', 'ex', 'ar', ''];
const ADJECTIVES = [
  'dorsal',
  'ventral',
  'spinal',
  'central',
  'peripheral',
  'descending',
  'ascending',
  'chronic',
  'acute',
  'inhibitory',
  'excitatory',
  'medial',
  'lateral',
  'rostral',
  'caudal',
  'thalamic',
  'cortical',
  'visceral',
  'somatic',
  'neuropathic',
];
const NOUNS = [
  'receptor',
  'channel',
  'nucleus',
  'pathway',
  'kinase',
  'factor',
  'protein',
  'neuron',
  'cortex',
  'tract',
  'syndrome',
  'pain',
  'neuropathy',
  'ganglion',
  'transporter',
  'agonist',
  'antagonist',
  'inhibitor',
  'reflex',
  'response',
];

function pseudoWord(rnd) {
  const syllables = 2 + Math.floor(rnd() * 2);
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rnd, CONSONANTS) + pick(rnd, VOWELS);
  return w + pick(rnd, ENDINGS);
}

/** Categories of lib/glossary/schema.ts (CATEGORIES). */
const CATEGORIES = ['neurotransmitter', 'receptor', 'molecule', 'anatomy', 'cell', 'mechanism', 'condition', 'drug', 'method', 'symptom'];

const plural = (phrase) => (/(s|x|z|ch|sh)$/.test(phrase) ? `${phrase}es` : `${phrase}s`);

/**
 * `count` generated terms (MatchTerm shape: id, variants with their plurals,
 * abbreviations). The first n of a larger call equal a smaller call.
 */
export function generatedTerms(count, seed = 7) {
  const rnd = random(seed);
  const used = new Set();
  const terms = [];
  while (terms.length < count) {
    const core = pseudoWord(rnd);
    const shape = rnd();
    const name =
      shape < 0.4
        ? `${core} ${pick(rnd, NOUNS)}`
        : shape < 0.7
          ? `${pick(rnd, ADJECTIVES)} ${core}${rnd() < 0.5 ? ` ${pick(rnd, NOUNS)}` : ''}`
          : core;
    if (used.has(name)) continue;
    used.add(name);
    const variants = [name];
    if (rnd() < 0.4) {
      const alt = `${core}-${pick(rnd, NOUNS)}`;
      if (!used.has(alt)) {
        used.add(alt);
        variants.push(alt);
      }
    }
    const abbreviations = [];
    if (rnd() < 0.5) {
      const letters =
        name
          .split(/[ -]/)
          .map((w) => w[0].toUpperCase())
          .join('') + core.slice(1, 2).toUpperCase();
      const abbr = `${letters}${1 + Math.floor(rnd() * 9)}`;
      if (!used.has(abbr)) {
        used.add(abbr);
        abbreviations.push({ text: abbr });
      }
    }
    // A category, as the content script annotates only the categories the reader has switched on (all by default).
    const category = CATEGORIES[terms.length % CATEGORIES.length];
    terms.push({ id: `gen-${terms.length}`, category, variants: [...variants, ...variants.map(plural)], abbreviations });
  }
  return terms;
}

/** The bundled terms plus generated ones, `size` terms in all. */
export function pack(size) {
  const bundled = bundledTerms();
  return [...bundled, ...generatedTerms(Math.max(0, size - bundled.length))];
}

/** Every matchable form of a pack's terms, marked case-sensitive or not (as lib/glossary/forms.ts makes them). */
export function packForms(terms) {
  const forms = [];
  for (const term of terms) {
    for (const v of term.variants) forms.push({ text: v, caseSensitive: false });
    for (const a of term.abbreviations) {
      forms.push({ text: a.text, caseSensitive: !a.caseInsensitive });
      if (/[A-Z0-9]$/.test(a.text)) forms.push({ text: `${a.text}s`, caseSensitive: !a.caseInsensitive });
    }
  }
  return forms;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A form as papers write it: digits after a letter in <sub> sometimes, a first part in <i> sometimes. */
function written(rnd, form) {
  const text = escapeHtml(form);
  const digits = /^(.*[A-Za-z-])(\d+)$/.exec(text);
  if (digits && rnd() < 0.4) return `${digits[1]}<sub>${digits[2]}</sub>`;
  if (digits && rnd() < 0.3) return `<i>${digits[1]}</i>${digits[2]}`;
  return text;
}

function definitionWords() {
  const words = [];
  for (const file of readdirSync(`${ROOT}data/terms`)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    for (const term of JSON.parse(readFileSync(`${ROOT}data/terms/${file}`, 'utf8'))) {
      words.push(
        ...`${term.definition.en} ${term.plain.en}`
          .split(/\s+/)
          .map((w) => w.replace(/[^A-Za-z0-9-]/g, ''))
          .filter(Boolean),
      );
    }
  }
  return words;
}

/**
 * The generated article: a PMC (new design) page of ARTICLE_WORDS words with
 * sections, paragraphs, figures with captions and a reference list.
 */
export function article(seed = 11) {
  const rnd = random(seed);
  const filler = definitionWords();
  const bundledForms = packForms(bundledTerms()).map((f) => f.text);
  const smallGenerated = packForms(generatedTerms(PACK_SIZES.small - bundledTerms().length)).map((f) => f.text);
  const largeOnly = packForms(generatedTerms(2000, 99)).map((f) => f.text); // not in any pack: misses
  const inLargePack = packForms(generatedTerms(PACK_SIZES.large - bundledTerms().length).slice(-2000)).map((f) => f.text);

  let words = 0;
  const sentence = () => {
    const parts = [];
    const length = 8 + Math.floor(rnd() * 18);
    for (let i = 0; i < length; i++) {
      const r = rnd();
      let piece;
      if (r < 0.025) piece = written(rnd, pick(rnd, bundledForms));
      else if (r < 0.032) piece = written(rnd, pick(rnd, smallGenerated));
      else if (r < 0.039) piece = written(rnd, pick(rnd, inLargePack));
      else if (r < 0.042) piece = escapeHtml(pick(rnd, largeOnly));
      else piece = escapeHtml(pick(rnd, filler));
      words += piece.split(/\s+/).length;
      const m = rnd();
      if (m < 0.04) piece = `<i>${piece}</i>`;
      else if (m < 0.06) piece = `<b>${piece}</b>`;
      else if (m < 0.07) piece = `<span class="named-content"><em>${piece}</em></span>`;
      else if (m < 0.085) piece = `<a href="#sec${1 + Math.floor(rnd() * 12)}">${piece}</a>`;
      else if (m < 0.09) piece = `${piece} (Ca<sup>2+</sup>, CO<sub>2</sub>)`;
      parts.push(piece);
    }
    const cite =
      rnd() < 0.3 ? `<sup><a href="#ref${1 + Math.floor(rnd() * 80)}" class="usa-link">${1 + Math.floor(rnd() * 80)}</a></sup>` : '';
    const text = parts.join(rnd() < 0.05 ? '\u00a0' : ' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${cite}`;
  };
  const paragraph = () => {
    const sentences = [];
    for (let i = 0, n = 4 + Math.floor(rnd() * 5); i < n; i++) sentences.push(sentence());
    return `<p>${sentences.join(' ')}</p>`;
  };

  const sections = [];
  let section = 0;
  while (words < ARTICLE_WORDS) {
    section++;
    const body = [];
    for (let i = 0; i < 12 && words < ARTICLE_WORDS; i++) {
      body.push(paragraph());
      if (i === 5)
        body.push(
          `<figure class="fig" id="fig${section}"><h3>Figure ${section}.</h3><figcaption><p>${sentence()} ${sentence()}</p></figcaption></figure>`,
        );
    }
    sections.push(
      `<section id="sec${section}"><h2 class="pmc_sec_title">${section}. ${sentence().slice(0, 60)}</h2>${body.join('\n')}</section>`,
    );
  }
  const references = Array.from(
    { length: 80 },
    (_, i) => `<li id="ref${i + 1}"><cite>${sentence()}</cite> J Pain. 2020;${i}:1-9.</li>`,
  ).join('\n');
  const title = `${written(rnd, '5-HT3')} receptors, KCC2 and descending facilitation in a generated article`;
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="ncbi_app" content="cloudpmc-viewer">
<meta name="ncbi_pdid" content="article">
<meta name="citation_title" content="A generated article for Glossa's benchmark">
<link rel="canonical" href="${ARTICLE_URL}">
<title>A generated article for Glossa's benchmark - PMC</title>
<style>body{font:16px/1.5 serif;max-width:50em;margin:0 auto;padding:1em}</style>
</head>
<body>
<main id="main-content">
<article lang="en">
<section class="front-matter"><h1>${title}</h1><div class="cg">PMCID: PMC9900001</div></section>
<section class="main-article-body">
<section class="abstract" id="abstract1"><h2>Abstract</h2>${paragraph()}</section>
${sections.join('\n')}
<section class="ref-list"><h2>References</h2><ul class="ref-list">${references}</ul></section>
</section>
</article>
</main>
</body>
</html>
`;
  return { html, words };
}
