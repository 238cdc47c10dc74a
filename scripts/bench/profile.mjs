// Where Glossa's time goes: a CPU profile (CDP Profiler, V8's sampling
// profiler, which sees the content script's isolated world too) of a page
// load with Glossa on, or of a pass switched on in a loaded page, summed
// over a few runs and printed bottom-up (self time per function) and by
// the content script's phases (total time under a few named functions).
// Build with readable names first: GLOSSA_NO_MINIFY=1 npx wxt build.
//
//   node scripts/bench/profile.mjs --page pmc --mode load --runs 5
//   node scripts/bench/profile.mjs --page generated --mode pass --out test-results/pass.cpuprofile
//   node scripts/bench/profile.mjs --page pubmed --extension /tmp/glossa-nomin
//
// Pages: pmc (the saved PMC page of the bench), generated (the bench's
// article), pubmed (a saved PubMed abstract). --glossary 300|50k makes the
// bench's pack variant of the extension first. --trace records a Chrome
// trace instead and prints the main thread's CPU time per event (script,
// layout, style, paint…); --peer markjs profiles mark.js at its best (one
// expression of the glossary's forms over the whole body) in the loaded
// page instead of Glossa, for comparison.
//
//   node scripts/bench/profile.mjs --page generated --mode pass --trace
//   node scripts/bench/profile.mjs --page generated --peer markjs --trace
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { article, ARTICLE_URL, bundledTerms, pack, packForms } from './generate.mjs';
import { combinedRegExp } from './regexp.mjs';
import { launchGlossa } from './browser.mjs';
import { BUILT, makeVariant } from './variants.mjs';
import { loadCompiler } from '../compile-match.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: 'pmc' },
    mode: { type: 'string', default: 'load' },
    runs: { type: 'string', default: '3' },
    glossary: { type: 'string', default: 'bundled' },
    extension: { type: 'string', default: BUILT },
    out: { type: 'string' },
    top: { type: 'string', default: '40' },
    interval: { type: 'string', default: '100' },
    trace: { type: 'boolean', default: false },
    peer: { type: 'string' },
  },
});

const PAGES = {
  pmc: { url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC10159190/', file: 'pmc-legacy-PMC10159190-2024.html' },
  pubmed: { url: 'https://pubmed.ncbi.nlm.nih.gov/38814972/', file: 'pubmed-38814972-brainage-2024.html' },
  generated: { url: ARTICLE_URL },
};
const page = PAGES[args.page];
if (!page) throw new Error(`--page: one of ${Object.keys(PAGES).join(', ')}`);
const html = page.file ? readFileSync(join(ROOT, 'tests/fixtures/pages', page.file), 'utf8') : article().html;

let extensionDir = args.extension;
if (args.glossary !== 'bundled') {
  const { compileTerms, pack: packData } = await loadCompiler();
  const size = args.glossary === '50k' ? 50_000 : Number(args.glossary);
  extensionDir = makeVariant(
    args.glossary,
    packData(compileTerms(pack(size))),
    mkdtempSync(join(tmpdir(), 'glossa-profile-')),
    args.extension,
  );
}

const glossa = await launchGlossa(extensionDir, new Map([[page.url, html]]));
const setEnabled = (value) => glossa.worker.evaluate((v) => globalThis.chrome.storage.local.set({ enabled: v }), value);
const waitForState = (tab, state) =>
  tab.waitForFunction((s) => document.documentElement.getAttribute('data-glossa-state') === s, state, { timeout: 180_000, polling: 50 });

const self = new Map();
const traceSelf = new Map();
const phases = new Map();
let total = 0;
const PHASES = [
  'main',
  'evaluate',
  'annotate',
  'collectSegments',
  'normalize',
  'readArticleSteps',
  'findAbbreviations',
  'splitSentences',
  'mentionsAt',
  'find',
  'gather',
  'scan',
  'annotateSegment',
  'wrapRange',
  'trieArrays',
  'matcherParts',
  'visibleFirst',
  'lexiconOf',
  'namesOfCompiled',
  'ambiguousTermIds',
];
let lastProfile;
for (let run = 0; run < Number(args.runs); run++) {
  const tab = await glossa.context.newPage();
  const cdp = await glossa.context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(args.interval) });
  const events = [];
  const collect = (e) => events.push(...e.value);
  const startTrace = async () => {
    if (!args.trace) return;
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: (process.env.CATS ?? 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline').split(','),
      },
      transferMode: 'ReportEvents',
    });
  };
  const stopTrace = async () => {
    if (!args.trace) return;
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    traceSummary(events);
  };
  if (args.peer === 'markjs') {
    // The peer at its best, for comparison: mark.js over the whole body, one expression, no exclusions (Glossa off).
    await setEnabled(false);
    await tab.goto(page.url, { waitUntil: 'load' });
    await waitForState(tab, 'off');
    await tab.addScriptTag({ path: join(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
    await tab.waitForTimeout(300);
    if (!args.trace) await cdp.send('Profiler.start');
    await startTrace();
    const terms = args.glossary === 'bundled' ? bundledTerms() : pack(args.glossary === '50k' ? 50_000 : Number(args.glossary));
    const found = await tab.evaluate(
      ({ source, flags }) =>
        new Promise((resolve) =>
          new window.Mark(document.body).markRegExp(new RegExp(source, flags), {
            done: (n) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(n))),
          }),
        ),
      combinedRegExp(packForms(terms)),
    );
    console.log(`mark.js: ${found} matches`);
  } else if (args.mode === 'pass') {
    await setEnabled(false);
    await tab.goto(page.url, { waitUntil: 'load' });
    await waitForState(tab, 'off');
    await tab.waitForTimeout(300);
    if (!args.trace) await cdp.send('Profiler.start');
    await startTrace();
    await setEnabled(true);
  } else {
    await setEnabled(true);
    if (!args.trace) await cdp.send('Profiler.start');
    await startTrace();
    await tab.goto(page.url, { waitUntil: 'load' });
  }
  if (args.peer !== 'markjs') await waitForState(tab, 'ready');
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await stopTrace();
  if (args.trace) {
    await tab.close();
    continue;
  }
  const { profile } = await cdp.send('Profiler.stop');
  lastProfile = profile;
  const marks = await tab.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('glossa:'))
      .map((m) => `${m.name} ${m.startTime.toFixed(1)}`),
  );
  console.log(`run ${run + 1}: ${marks.join(' · ')}`);
  summarize(profile);
  await tab.close();
}
await glossa.context.close();
if (args.out) writeFileSync(args.out, JSON.stringify(lastProfile));

/** Adds a profile's self time per function and total time under the named phases (counted once per stack). */
function summarize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  for (const [id, ms] of dt) {
    const n = byId.get(id);
    const f = n.callFrame;
    if (f.functionName === '(idle)') continue;
    total += ms;
    const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const name = byId.get(p).callFrame.functionName;
      if (PHASES.includes(name) && !seen.has(name)) {
        seen.add(name);
        phases.set(name, (phases.get(name) ?? 0) + ms);
      }
    }
  }
}

const runs = Number(args.runs);
if (args.trace) {
  console.log(`\nTrace, ${args.page}, ${args.mode}, ${args.glossary}: self time per event on the renderer's main thread (ms per run)\n`);
  for (const [name, ms] of [...traceSelf].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top)))
    console.log(`${(ms / runs).toFixed(2).padStart(8)}  ${name}`);
  process.exit(0);
}
console.log(`\nCPU profile, ${args.page}, ${args.mode}, ${args.glossary}: busy ${(total / runs).toFixed(1)} ms per run (idle excluded)\n`);
console.log('Self time per run (ms):');
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top)))
  console.log(`${(ms / runs).toFixed(2).padStart(8)}  ${key}`);
console.log('\nTotal time under (ms per run):');
for (const [name, ms] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`${(ms / runs).toFixed(2).padStart(8)}  ${name}`);

/** Self time per trace event name on the busiest renderer main thread (complete events, nested by time). */
function traceSummary(events) {
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || names.get(thread) !== 'CrRendererMain' || !e.dur) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(e);
  }
  const busiest = [...byThread].sort((a, b) => b[1].reduce((s, e) => s + e.dur, 0) - a[1].reduce((s, e) => s + e.dur, 0))[0]?.[1] ?? [];
  busiest.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const add = (name, us) => traceSelf.set(name, (traceSelf.get(name) ?? 0) + us / 1000);
  for (const e of busiest)
    if (['Layout', 'PrePaint', 'Paint', 'UpdateLayoutTree'].includes(e.name))
      traceSelf.set(`count ${e.name}`, (traceSelf.get(`count ${e.name}`) ?? 0) + 1);
  // Thread (CPU) time where the trace has it: what a loaded machine does not inflate.
  const cpu = (e) => e.tdur ?? e.dur;
  for (const e of busiest) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) add(label(parent), -Math.min(cpu(e), cpu(parent)));
    add(label(e), cpu(e));
    stack.push(e);
  }
}
function label(e) {
  const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  const who = url.startsWith('chrome-extension://') ? ' [glossa]' : url ? ' [page]' : '';
  return `${e.name}${e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' ? who : ''}`;
}
