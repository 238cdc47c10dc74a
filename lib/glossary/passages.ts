/**
 * Checks of the claims' supporting passages (data/passages.json): each
 * belongs to a claim and quotes one of its references, on a page the record
 * can open (PMC by PMCID, PubMed by PMID); the address it was checked on is
 * that page (or a copy of it, said so in `via`); its text directive
 * survives a round trip through the spec's parser; and its words occur
 * verbatim, in order, in the excerpt recorded from the page, where a browser
 * would find them. Pure; used by validateGlossary.
 */
import * as v from 'valibot';
import { findTextFragment, parseTextFragment, textFragment } from '../text-fragments';
import { type Claim, Passage, type Reference } from './schema';

export interface PassageProblem {
  entry: string;
  message: string;
}

/** "A few exact words at each end": more than this many words in one term is a paraphrase risk. */
export const MAX_TERM_WORDS = 12;

const NCBI_HOSTS = ['pmc.ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'www.ncbi.nlm.nih.gov'];

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether `url` (a stored page's address, or a mirror's) names the page `passage.page` of `ref`. */
function namesPage(url: URL, ref: Reference, page: Passage['page']): boolean {
  const text = decodeURIComponent(url.href);
  if (page === 'pmc') return !!ref.pmcid && new RegExp(`(^|[^0-9A-Za-z])${ref.pmcid}(?![0-9])`, 'i').test(text);
  return !!ref.pmid && new RegExp(`(^|[^0-9])${ref.pmid}(?![0-9])`).test(text);
}

/** Whether an NCBI address is a page of the right kind: PMC for 'pmc', PubMed for 'pubmed'. */
function rightKind(url: URL, page: Passage['page']): boolean {
  const host = url.hostname.replace(/\.$/, '');
  if (page === 'pmc') return host === 'pmc.ncbi.nlm.nih.gov' || (host === 'www.ncbi.nlm.nih.gov' && url.pathname.startsWith('/pmc/'));
  return host === 'pubmed.ncbi.nlm.nih.gov' || (host === 'www.ncbi.nlm.nih.gov' && url.pathname.startsWith('/pubmed/'));
}

export function passageProblems(
  raw: Record<string, unknown>,
  claims: ReadonlyMap<string, Claim>,
  refs: ReadonlyMap<string, Reference>,
): PassageProblem[] {
  const problems: PassageProblem[] = [];
  for (const [claimId, value] of Object.entries(raw)) {
    const entry = `passage:${claimId}`;
    const add = (message: string) => problems.push({ entry, message });
    const parsed = v.safeParse(Passage, value);
    if (!parsed.success) {
      add(parsed.issues.map((i) => `${i.path?.map((p) => String(p.key)).join('.') ?? ''}: ${i.message}`).join('; '));
      continue;
    }
    const p = parsed.output;
    const claim = claims.get(claimId);
    if (!claim) add(`no claim "${claimId}"`);
    else if (!claim.references.includes(p.ref)) add(`reference "${p.ref}" is not among the claim's references`);
    const ref = refs.get(p.ref);
    if (!ref) add(`dangling reference id "${p.ref}"`);
    else if (p.page === 'pmc' ? !ref.pmcid : !ref.pmid)
      add(`page "${p.page}" needs a verified ${p.page === 'pmc' ? 'PMCID' : 'PMID'} on "${p.ref}"`);

    const url = new URL(p.checked.url);
    if (ref && !namesPage(url, ref, p.page)) add(`checked.url ${p.checked.url} is not the ${p.page} page of "${p.ref}"`);
    const ncbi = NCBI_HOSTS.includes(url.hostname.replace(/\.$/, ''));
    if (ncbi && !rightKind(url, p.page)) add(`checked.url ${p.checked.url} is not a ${p.page === 'pmc' ? 'PMC' : 'PubMed'} page`);
    if (!ncbi && !p.checked.via) add(`checked.url ${p.checked.url} is not an NCBI address: say in checked.via what copy of the page it is`);

    const terms = { prefix: p.prefix, textStart: p.textStart, textEnd: p.textEnd, suffix: p.suffix };
    for (const [name, term] of Object.entries(terms)) {
      if (term === undefined) continue;
      if (term.split(/\s+/).length > MAX_TERM_WORDS)
        add(`${name} has more than ${MAX_TERM_WORDS} words: link a long passage by a few words at each end`);
      if (!collapse(p.checked.excerpt).includes(collapse(term))) add(`${name} "${term}" is not verbatim in the source excerpt`);
    }

    // The fragment parses back (spec's parser) to the same terms, no delimiter left raw.
    const [back, ...more] = parseTextFragment(textFragment(terms));
    if (!back || more.length) add('the text fragment does not parse back to one text directive');
    else {
      for (const name of ['prefix', 'textStart', 'textEnd', 'suffix'] as const) {
        if ((back[name] ?? undefined) !== (terms[name] === undefined ? undefined : collapse(terms[name]!)))
          add(`${name} does not survive the round trip through the fragment`);
      }
      const inner = back.raw.map((t, i) =>
        i === 0 && back.prefix ? t.slice(0, -1) : i === back.raw.length - 1 && back.suffix ? t.slice(1) : t,
      );
      if (inner.some((t) => /[-,&#\s]/.test(t))) add('a term leaves "-", ",", "&", "#" or a space unencoded');
    }

    // Where a browser would land, searching the excerpt from its start: exactly the quoted words.
    const match = findTextFragment(p.checked.excerpt, terms);
    if (!match) add('the text fragment does not match the source excerpt (words out of order, or not at word boundaries)');
    else {
      const again = findTextFragment(collapse(p.checked.excerpt).slice(match.start + 1), { textStart: p.textStart });
      if (again && !p.prefix && !p.suffix) add('textStart occurs more than once in the excerpt: add a prefix or a suffix');
      if (!match.text.startsWith(collapse(p.textStart)))
        add('the first match of textStart in the excerpt is not the quoted one (add a prefix)');
      if (p.textEnd && !match.text.endsWith(collapse(p.textEnd))) add('textEnd is not matched as quoted');
    }
  }
  return problems;
}
