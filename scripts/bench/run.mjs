// `npm run bench`: Glossa against mark.js and a bare TreeWalker in real
// Chromium, on the largest saved PMC page and a generated 20,000-word
// article, with the bundled glossary, 300 terms and 50,000 terms; plus the
// matcher's build time and memory in Node and the content script's size.
// Writes the figures into BENCHMARKS.md (between its bench markers).
//
//   npm run bench                       5 runs, all pages and glossaries, writes BENCHMARKS.md
//   npm run bench -- --runs 9           more runs
//   npm run bench -- --smoke            one quick run (CI; the 50,000-term pack on the generated article only): prints figures, writes nothing
//   npm run bench -- --no-write         a full run that leaves BENCHMARKS.md alone
//   npm run bench -- --json out.json    also saves every sample
//   npm run bench -- --from out.json    re-renders saved samples (of --json) into BENCHMARKS.md, measures nothing
//   npm run bench -- --pages pmc --glossaries bundled,50k --no-write   a subset (pages: pmc, generated, pubmed)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { ARTICLE_URL, PACK_SIZES, article, bundledTerms, pack, packForms } from './generate.mjs';
import { bundleMatcher, measureMatcher } from './matcher-node.mjs';
import { contentScriptSize, ensureBuilt, makeVariant } from './variants.mjs';
import { loadCompiler } from '../compile-match.mjs';
import { combinedRegExp } from './regexp.mjs';
import {
  baseline,
  glossaLoad,
  glossaPass,
  glossaTrace,
  highlightsRevisit,
  launchGlossa,
  launchPlain,
  markjs,
  markjsLoad,
  pageHelperScript,
} from './browser.mjs';
import { report, writeBenchmarks } from './report.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAVED_PAGE = { file: 'pmc-legacy-PMC10159190-2024.html', url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC10159190/' };
/** A PubMed abstract: the article starts in the first viewport (the first-viewport figure). */
const ABSTRACT_PAGE = { file: 'pubmed-38814972-brainage-2024.html', url: 'https://pubmed.ncbi.nlm.nih.gov/38814972/' };

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    json: { type: 'string' },
    pages: { type: 'string' },
    glossaries: { type: 'string' },
    from: { type: 'string' },
    scenarios: { type: 'string' },
  },
});
const smoke = args.smoke;
const runs = smoke ? 1 : Math.max(1, Number(args.runs ?? 5));
const write = !smoke && !args['no-write'] && !args.pages && !args.glossaries && !args.scenarios;
/** A subset of the methods (development): markjs, markjsLoad, glossaLoad, glossaPass, glossaTrace, highlights. */
const only = args.scenarios ? new Set(args.scenarios.split(',')) : undefined;
const measures = (name) => !only || only.has(name);
const command = smoke ? 'npm run bench -- --smoke' : `npm run bench${args.runs ? ` -- --runs ${runs}` : ''}`;

if (args.from) {
  // Re-render a saved run (its command and environment are kept).
  const saved = JSON.parse(readFileSync(args.from, 'utf8'));
  const text = report(saved);
  console.log(text);
  if (!args['no-write']) {
    writeBenchmarks(text);
    spawnSync('npx', ['biome', 'format', '--write', 'BENCHMARKS.md'], { cwd: ROOT, stdio: 'ignore' });
  }
  process.exit(0);
}

const started = Date.now();
/** The machine's load averages (1, 5, 15 minutes), at the start and the end of the run. */
const loadStart = loadavg();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

ensureBuilt();
const work = mkdtempSync(join(tmpdir(), 'glossa-bench-'));

// Inputs.
const bundled = bundledTerms();
const allGlossaries = [
  { id: 'bundled', label: `bundled (${bundled.length} terms)`, terms: bundled, pack: undefined },
  { id: '300', label: `${PACK_SIZES.small} terms`, terms: pack(PACK_SIZES.small) },
  { id: '50k', label: `${PACK_SIZES.large.toLocaleString('en')} terms`, terms: pack(PACK_SIZES.large) },
];
for (const g of allGlossaries.slice(1)) g.pack = g.terms;
const chosen = (list, names) => (names ? list.filter((x) => names.split(',').includes(x.id)) : list);
const glossaries = chosen(allGlossaries, args.glossaries);
const { compileTerms, pack: packData } = await loadCompiler();
for (const g of glossaries) {
  // Compiled and packed as the build compiles and packs the bundled glossary (build time, timed for the record).
  const compileStart = performance.now();
  g.compiled = compileTerms(g.terms);
  const packed = packData(g.compiled);
  g.compileMs = performance.now() - compileStart;
  // What the extension variant carries instead of the bundled match.bin (the bundled variant is the build itself).
  if (g.pack) g.pack = packed;
  g.forms = packForms(g.terms).length;
  g.regexp = combinedRegExp(packForms(g.terms));
  g.file = join(work, `${g.id}.bin`);
  writeFileSync(g.file, packed);
}
const generated = article();
const allPages = [
  {
    id: 'pmc',
    label: `saved PMC page ${SAVED_PAGE.file} (${(readFileSync(join(ROOT, 'tests/fixtures/pages', SAVED_PAGE.file)).length / 1024).toFixed(0)} KB)`,
    url: SAVED_PAGE.url,
    html: readFileSync(join(ROOT, 'tests/fixtures/pages', SAVED_PAGE.file), 'utf8'),
  },
  {
    id: 'generated',
    label: `generated article (${generated.words.toLocaleString('en')} words, PMC layout)`,
    url: ARTICLE_URL,
    html: generated.html,
    // Its article starts in the first viewport (the first-viewport target).
    articleInView: true,
  },
  {
    id: 'pubmed',
    label: `saved PubMed abstract ${ABSTRACT_PAGE.file} (${(readFileSync(join(ROOT, 'tests/fixtures/pages', ABSTRACT_PAGE.file)).length / 1024).toFixed(0)} KB)`,
    url: ABSTRACT_PAGE.url,
    html: readFileSync(join(ROOT, 'tests/fixtures/pages', ABSTRACT_PAGE.file), 'utf8'),
    // A short page: the bundled glossary only; an abstract, not a full article (the page-load target is on full articles).
    glossaries: ['bundled'],
    abstract: true,
    articleInView: true,
  },
];
// The smoke run (CI) measures the 50,000-term pack on the generated article only, beside the 300-term pack
// (the pack's figures are a ratio on the same page); on the saved PMC page it would add half a minute.
if (smoke) allPages.find((p) => p.id === 'pmc').glossaries = ['bundled', '300'];
const pages = chosen(allPages, args.pages);
const served = new Map(pages.map((p) => [p.url, p.html]));

// Unit-level: matcher build and memory in Node, content script size.
log('matcher build time and memory in Node…');
const matcherBundle = await bundleMatcher(work);
const matcher = {};
for (const g of glossaries) {
  const samples = [];
  for (let i = 0; i < (smoke ? 1 : 3); i++) samples.push(measureMatcher(matcherBundle, g.file));
  matcher[g.id] = samples;
}
const size = contentScriptSize();

// Browser.
log('extension variants…');
for (const g of glossaries) g.extensionDir = makeVariant(g.id, g.pack, work);
const helper = await pageHelperScript();
log('launching Chromium (one without extensions, one per glossary)…');
const plain = await launchPlain(served);
const chromium = await plain.context.newPage().then(async (page) => {
  const { product } = await (await plain.context.newCDPSession(page)).send('Browser.getVersion');
  await page.close();
  return product;
});
for (const g of glossaries) g.browser = await launchGlossa(g.extensionDir, served);

const samples = {};
/** Saved highlights re-anchored on the saved PMC page. */
const HIGHLIGHTS = 500;
let highlights;
const add = (page, glossary, scenario, value) => {
  ((samples[page] ??= {})[glossary] ??= {})[scenario] ??= [];
  samples[page][glossary][scenario].push(value);
};
try {
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      log(`run ${run}/${runs} · ${page.id}: baseline and floor`);
      add(page.id, '-', 'baseline', await baseline(plain, page.url, helper));
      for (const g of glossaries.filter((x) => !page.glossaries || page.glossaries.includes(x.id))) {
        log(`run ${run}/${runs} · ${page.id} · ${g.id}: mark.js (two ways), Glossa load, Glossa pass, Glossa traced`);
        const failed = (error) => ({ error: String(error.message ?? error).slice(0, 200) });
        if (measures('markjs')) add(page.id, g.id, 'markjs', await markjs(plain, page.url, helper, g.regexp).catch(failed));
        if (measures('markjsLoad')) add(page.id, g.id, 'markjsLoad', await markjsLoad(plain, page.url, g.regexp).catch(failed));
        if (measures('glossaLoad')) add(page.id, g.id, 'glossaLoad', await glossaLoad(g.browser, page.url));
        if (measures('glossaPass')) add(page.id, g.id, 'glossaPass', await glossaPass(g.browser, page.url));
        if (measures('glossaTrace')) add(page.id, g.id, 'glossaTrace', await glossaTrace(g.browser, page.url));
      }
    }
  }
  // Highlights: 500 saved highlights re-anchored on a revisit of the saved PMC page.
  const pmc = pages.find((p) => p.id === 'pmc');
  const withBundled = glossaries.find((g) => g.id === 'bundled');
  if (pmc && withBundled && measures('highlights')) {
    log('highlights: 500 saved highlights re-anchored on revisits of the saved PMC page…');
    highlights = await highlightsRevisit(withBundled.browser, pmc.url, HIGHLIGHTS, smoke ? 1 : Math.max(runs, 5)).catch((error) => ({
      error: String(error.message ?? error).slice(0, 200),
    }));
  }
} finally {
  await plain.context.close();
  for (const g of glossaries) await g.browser?.context.close();
}

// A pack that did not take effect (the content script ignoring its terms) would make the pack figures meaningless.
const generatedPage = samples.generated;
let broken = false;
for (const id of ['300', '50k']) {
  const found = generatedPage?.[id]?.glossaPass?.find((x) => !x.error)?.matches;
  const bundledFound = generatedPage?.bundled?.glossaPass?.find((x) => !x.error)?.matches;
  if (found !== undefined && bundledFound !== undefined && found <= bundledFound) {
    console.error(
      `\nWARNING: with the ${id} pack Glossa found ${found} matches on the generated article, no more than the bundled glossary's ${bundledFound}: the pack's terms were not used.`,
    );
    process.exitCode = 1;
    broken = true;
  }
}

const environment = {
  date: new Date().toISOString().slice(0, 10),
  chromium,
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  runs,
  load: { start: loadStart, end: loadavg() },
};
const result = {
  command,
  environment,
  pages: pages.map(({ id, label, url, glossaries: only, abstract = false, articleInView = false }) => ({
    id,
    label,
    url,
    abstract,
    articleInView,
    ...(only ? { glossaries: only } : {}),
  })),
  glossaries: glossaries.map(({ id, label, forms, regexp, compileMs }) => ({
    id,
    label,
    forms,
    compileMs,
    alternatives: regexp.alternatives,
    regexpChars: regexp.source.length,
  })),
  samples,
  matcher,
  size,
  highlights,
};
const text = report(result);
console.log(`\n${text}`);
if (args.json) writeFileSync(args.json, JSON.stringify(result, null, 1));
if (write && !broken) {
  writeBenchmarks(text);
  // The tree is Biome-formatted, Markdown tables included.
  spawnSync('npx', ['biome', 'format', '--write', 'BENCHMARKS.md'], { cwd: ROOT, stdio: 'ignore' });
  log('BENCHMARKS.md updated');
}
log('done');
