// Writes docs/glossary.en.md and docs/glossary.ja.md from data/: every term
// (names, forms, definition, plain explanation, related terms, references)
// and every claim, for a reviewer to read end to end in either language.
// `node scripts/build-glossary-doc.mjs` rewrites them; a unit test fails
// when they are out of date (tests/scripts/glossary-doc.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

const TEXT = {
  en: {
    title: 'Glossa glossary',
    intro: (t, c, r) =>
      `Generated from \`data/\` by \`scripts/build-glossary-doc.mjs\`: ${t} terms, ${c} claims, ${r} references cited. 日本語版: [glossary.ja.md](glossary.ja.md).`,
    contents: 'Contents',
    claims: 'Claims',
    definition: 'Definition',
    plain: 'In plain words',
    forms: 'Forms',
    abbreviations: 'Abbreviations',
    ambiguous: 'ambiguous: annotated only with context',
    related: 'Related',
    references: 'References',
    reviews: 'Related review',
    direction: 'Direction',
    evidence: 'Evidence',
    conditions: 'Conditions',
    terms: 'Terms',
    noAuthors: '(authors not verified)',
    unverified: 'no verified identifier',
  },
  ja: {
    title: 'Glossa 用語集',
    intro: (t, c, r) =>
      `\`data/\` から \`scripts/build-glossary-doc.mjs\` で生成：用語 ${t} 件、知見 ${c} 件、引用文献 ${r} 件。English: [glossary.en.md](glossary.en.md).`,
    contents: '目次',
    claims: '知見',
    definition: '定義',
    plain: 'やさしい説明',
    forms: '表記',
    abbreviations: '略語',
    ambiguous: '多義：文脈があるときだけ注釈',
    related: '関連用語',
    references: '文献',
    reviews: '関連する総説',
    direction: '方向',
    evidence: 'エビデンス',
    conditions: '対象疾患',
    terms: '用語',
    noAuthors: '（著者未確認）',
    unverified: '識別子未確認',
  },
};
const CATEGORY = {
  en: {
    neurotransmitter: 'Neurotransmitters',
    receptor: 'Receptors',
    molecule: 'Molecules',
    anatomy: 'Anatomy',
    cell: 'Cell types',
    mechanism: 'Mechanisms',
    condition: 'Conditions',
    drug: 'Drugs',
    method: 'Methods',
    symptom: 'Symptoms',
  },
  ja: {
    neurotransmitter: '神経伝達物質',
    receptor: '受容体',
    molecule: '分子',
    anatomy: '解剖',
    cell: '細胞',
    mechanism: '機序',
    condition: '疾患・病態',
    drug: '薬',
    method: '方法・検査',
    symptom: '症状',
  },
};
/** The app's own words for directions and kinds of evidence (public/_locales, keys prefixed evidence_), so the document and the UI agree. */
const message = (lang, key) => read(`public/_locales/${lang}/messages.json`)[key].message;
const direction = (lang, d) => message(lang, `evidence_dir_${d}`);
const evidence = (lang, e) => message(lang, `evidence_${e.replace(/-/g, '_')}`);

/**
 * A reference as "First author et al., year, journal. *Title* (identifiers)",
 * from verified fields only: a record without verified authors says so in
 * the author slot (never the title there), and one without any verified
 * PMID, PMCID or DOI is marked and not linked.
 */
function refLink(ref, T) {
  const first = ref.authors?.split(/[,;]/)[0]?.trim();
  const authors = first ? (/[,;]/.test(ref.authors) ? `${first} et al.` : first) : T.noAuthors;
  const label = [authors, ref.year, ref.journal].filter(Boolean).join(', ');
  const url = ref.pmcid
    ? `https://pmc.ncbi.nlm.nih.gov/articles/${ref.pmcid}/`
    : ref.pmid
      ? `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`
      : ref.doi
        ? `https://doi.org/${ref.doi}`
        : undefined;
  const ids = [ref.pmid && `PMID ${ref.pmid}`, ref.pmcid, ref.doi && `doi:${ref.doi}`].filter(Boolean).join(', ');
  const text = `${label}${ref.title ? `. *${ref.title}*` : ''}${ids ? ` (${ids})` : ''}`;
  return url ? `[${text}](${url})` : `${text} (${T.unverified})`;
}

export function buildGlossaryDoc(lang) {
  const T = TEXT[lang];
  const terms = readdirSync(`${root}data/terms`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => read(`data/terms/${f}`));
  const claims = read('data/claims.json');
  const refs = new Map(read('data/references.json').map((r) => [r.id, r]));
  const byId = new Map(terms.map((t) => [t.id, t]));
  const cited = new Set([...terms.flatMap((t) => [...t.references, ...(t.reviews ?? [])]), ...claims.flatMap((c) => c.references)]);
  const anchor = (id) => `term-${id}`;
  const nameLink = (id) => `[${byId.get(id)?.name[lang] ?? id}](#${anchor(id)})`;
  const out = [`# ${T.title}`, '', T.intro(terms.length, claims.length, cited.size), '', `## ${T.contents}`, ''];
  const categories = Object.keys(CATEGORY[lang]).filter((c) => terms.some((t) => t.category === c));
  for (const c of categories) out.push(`- [${CATEGORY[lang][c]}](#cat-${c})`);
  out.push(`- [${T.claims}](#claims)`, '');
  for (const c of categories) {
    out.push(`<a id="cat-${c}"></a>`, '', `## ${CATEGORY[lang][c]}`, '');
    for (const t of terms.filter((x) => x.category === c).sort((a, b) => a.name.en.localeCompare(b.name.en))) {
      const other = lang === 'en' ? t.name.ja : t.name.en;
      out.push(`<a id="${anchor(t.id)}"></a>`, '', `### ${t.name[lang]} — ${other}`, '');
      if (t.variants.length) out.push(`- **${T.forms}:** ${t.variants.join('; ')}`);
      if (t.abbreviations.length) {
        out.push(
          `- **${T.abbreviations}:** ${t.abbreviations.map((a) => (a.ambiguous ? `${a.text} (${T.ambiguous})` : a.text)).join('; ')}`,
        );
      }
      out.push(`- **${T.definition}:** ${t.definition[lang]}`, `- **${T.plain}:** ${t.plain[lang]}`);
      if (t.related.length) out.push(`- **${T.related}:** ${t.related.map(nameLink).join(', ')}`);
      if (t.references.length) out.push(`- **${T.references}:** ${t.references.map((id) => refLink(refs.get(id), T)).join('; ')}`);
      if (t.reviews?.length) out.push(`- **${T.reviews}:** ${refLink(refs.get(t.reviews[0]), T)}`);
      out.push('');
    }
  }
  out.push('<a id="claims"></a>', '', `## ${T.claims}`, '');
  claims.forEach((c, i) => {
    out.push(`${i + 1}. ${c.statement[lang]}`);
    out.push(
      `   - ${T.direction}: ${nameLink(c.subject)} ${direction(lang, c.direction)} ${nameLink(c.object)} · ${T.evidence}: ${evidence(lang, c.evidence)}`,
    );
    if (c.conditions?.length) out.push(`   - ${T.conditions}: ${c.conditions.map(nameLink).join(', ')}`);
    out.push(`   - ${T.references}: ${c.references.map((id) => refLink(refs.get(id), T)).join('; ')}`);
  });
  out.push('');
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const lang of ['en', 'ja']) writeFileSync(`${root}docs/glossary.${lang}.md`, buildGlossaryDoc(lang));
  console.log('wrote docs/glossary.en.md and docs/glossary.ja.md');
}
