// Inflected forms of a glossary variant, generated at build time with
// compromise so that authors write base forms only: the plural of a
// singular noun phrase ("5-HT3 receptor" → "5-HT3 receptors"), the singular
// of a plural one ("endogenous opioids" → "endogenous opioid"). compromise
// handles regular and many irregular nouns; the guards below keep it from
// inflecting mass nouns, adjectives, Latin names and phrases ending in a
// number or symbol, where its guesses are wrong ("neuropathic pains",
// "locus coeruleuses", "K-Cl cotransporters 2").
import nlp from 'compromise';

/** Plurals compromise gets wrong or that biomedical writing spells its own way. */
const IRREGULAR = {
  ganglion: 'ganglia',
  nucleus: 'nuclei',
  stimulus: 'stimuli',
  axis: 'axes',
  cortex: 'cortices',
  matrix: 'matrices',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  analysis: 'analyses',
  locus: 'loci',
};

/** Last words that take no plural here: mass nouns, adjectives, Latin names, Greek letters. */
const NO_INFLECTION = /(?:is|ia|ics|ness|ism|ing|al|ic|ous|ive|ed|ae|glia|data|pain|sis|us|um|alpha|beta|gamma|delta|kappa)$/;

function regularPlural(word) {
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

export function inflect(variant) {
  const m = /^(.*?)([A-Za-z]+)$/.exec(variant.trim());
  if (!m) return [];
  const [, head, word] = m;
  const lower = word.toLowerCase();
  if (word.length < 3 || (word !== lower && word !== word[0] + lower.slice(1))) return []; // acronyms, mixed case
  if (IRREGULAR[lower]) return [head + IRREGULAR[lower]];
  if (Object.values(IRREGULAR).includes(lower)) {
    const singular = Object.keys(IRREGULAR).find((k) => IRREGULAR[k] === lower);
    return [head + singular];
  }
  if (NO_INFLECTION.test(lower)) return [];
  const noun = nlp(word).nouns();
  if (noun.found && noun.isPlural().found && /[^s]s$/.test(lower)) {
    // A plural base form ("endogenous opioids"): add its singular.
    const singular = noun.toSingular().text();
    return singular && singular !== word && lower.startsWith(singular.toLowerCase()) ? [head + singular] : [];
  }
  // compromise pluralises the nouns it knows; a word it does not take for a
  // noun on its own ("afferent", "disorder") gets the regular plural.
  const plural = noun.found ? noun.toPlural().text() : regularPlural(word);
  if (!plural || plural === word || !/^[A-Za-z]+$/.test(plural) || !plural.toLowerCase().startsWith(lower.slice(0, -2))) return [];
  return [head + plural];
}
