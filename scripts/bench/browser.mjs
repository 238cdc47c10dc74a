// The browser half of `npm run bench`: real Chromium (playwright-core), pages
// served at their real URLs with route.fulfill (every other request is
// aborted), main-thread time from the CDP Performance domain (wall:
// TaskDuration; CPU: ThreadTime), long tasks from a PerformanceObserver
// injected at document start and from Chrome traces, and Glossa's own
// performance marks (glossa:start, glossa:settings, glossa:data,
// glossa:first-viewport, glossa:viewport-complete, glossa:pass).
//
// Scenarios, each in a fresh tab:
// - baseline: the page without any extension; then the floor (a bare
//   TreeWalker over the roots' text nodes) on the same tab;
// - markjs: the page without extension, then mark.js markRegExp with one
//   combined regular expression of the glossary's forms over Glossa's roots
//   and exclusions;
// - markjs-load: mark.js at its best: the same expression over the whole
//   <body>, no exclusion selectors, run as the page loads (compared with
//   the baseline, run by run);
// - glossa-load: the page with a Glossa variant, annotation on, measured
//   from navigation until <html data-glossa-state="ready"> (everything the
//   extension adds to a page load; compared with the baseline, run by run);
// - glossa-pass: the page with Glossa switched off, then switched on from
//   the extension's storage, measured from the switch until the pass is done
//   (compared with markjs and the floor);
// - glossa-trace: a page load with Glossa on and then a pass, under Chrome
//   traces, for Glossa's tasks (the Long Tasks API misses the content
//   script's), the first viewport's CPU time and the heap a pass keeps.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, launchWithExtension } from '../browser.mjs';
import { clearHighlights, placementPasses, seedHighlights } from '../highlights-seed.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const VIEWPORT = { width: 1280, height: 900 };
/** After the work: two animation frames (style, layout, paint) and a quiet spell. */
const SETTLE_MS = 300;
/** A 50,000-term pass may take long; give up after this. */
const WORK_TIMEOUT_MS = 180_000;
const METRICS = ['TaskDuration', 'ThreadTime', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

const LONGTASK_OBSERVER = `(() => {
  const tasks = (window.__benchLongTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Bundles scripts/bench/page-helper.ts into a script for the page's main world. */
export async function pageHelperScript() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/page-helper.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
    target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

/**
 * Pages whose article starts at the top of the window on the real site but
 * not here, where the page loads without NCBI's style sheets (a saved PubMed
 * page shows its unstyled menus first): url → the article's first element,
 * scrolled to the top of the window once the document is parsed (before the
 * content script runs, and the same for every method).
 */
export const ARTICLE_AT_TOP = new Map([['https://pubmed.ncbi.nlm.nih.gov/38814972/', '#full-view-heading']]);

const SCROLL_TO_ARTICLE = `(() => {
  const at = new Map(${JSON.stringify([...ARTICLE_AT_TOP])});
  const selector = at.get(location.href.split('#')[0]);
  if (selector) document.addEventListener('DOMContentLoaded', () => document.querySelector(selector)?.scrollIntoView({ block: 'start' }));
})();`;

/** Serves `pages` (url → html) and aborts everything else. */
async function serve(context, pages) {
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url().split('#')[0];
    const body = pages.get(url);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.abort();
  });
  await context.addInitScript(LONGTASK_OBSERVER);
  await context.addInitScript(SCROLL_TO_ARTICLE);
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** A Chromium without extensions, with the same flags as the extension launcher. */
export async function launchPlain(pages) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'glossa-bench-chromium-')), {
    executablePath: findChromium(),
    headless: true,
    viewport: VIEWPORT,
    args: LAUNCH_ARGS,
  });
  await serve(context, pages);
  return { context };
}

/** A Chromium with one Glossa variant. */
export async function launchGlossa(extensionDir, pages) {
  const launched = await launchWithExtension({ headless: true, extensionDir });
  await serve(launched.context, pages);
  return launched;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const out = {};
  for (const name of METRICS) out[name] = (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return out;
}

const diff = (after, before) => Object.fromEntries(METRICS.map((m) => [m, after[m] - before[m]]));

async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))));
  await page.waitForTimeout(SETTLE_MS);
}

async function open(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

const now = (page) => page.evaluate(() => performance.now());

/**
 * Resolves when <html data-glossa-state> is `state`. A MutationObserver on
 * that one attribute, not Playwright's polling, so waiting adds no work to
 * the page's main thread while it is measured.
 */
function waitForState(page, state, timeout = WORK_TIMEOUT_MS) {
  return page.evaluate(
    ({ state, timeout }) =>
      new Promise((resolve, reject) => {
        const html = document.documentElement;
        if (html.getAttribute('data-glossa-state') === state) return resolve(undefined);
        const timer = setTimeout(() => reject(new Error(`data-glossa-state did not become ${state}`)), timeout);
        new MutationObserver((_, observer) => {
          if (html.getAttribute('data-glossa-state') !== state) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(undefined);
        }).observe(html, { attributes: true, attributeFilter: ['data-glossa-state'] });
      }),
    { state, timeout },
  );
}

/** Long tasks that ended after `from` (page time): count and longest. */
async function longTasks(page, from) {
  const tasks = await page.evaluate(() => window.__benchLongTasks ?? []);
  const after = tasks.filter((t) => t.start + t.duration > from);
  return { count: after.length, longest: after.reduce((max, t) => Math.max(max, t.duration), 0) };
}

async function glossaMarks(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('glossa:'))
      .map((m) => ({ name: m.name, time: m.startTime })),
  );
}

/** Distinct matches Glossa wrapped (a match split over inline elements counts once). */
const glossaMatches = (page) =>
  page.evaluate(() => new Set([...document.querySelectorAll('[data-glossa-match]')].map((e) => e.getAttribute('data-glossa-match'))).size);

/** The page alone; then the floor on the same tab. */
export async function baseline(plain, url, helper) {
  const { page, cdp } = await open(plain.context);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const total = await metrics(cdp);
    const tasks = await longTasks(page, 0);
    await page.addScriptTag({ content: helper });
    await settle(page);
    const before = await metrics(cdp);
    const walked = await page.evaluate(() => window.__glossaBench.walk());
    await settle(page);
    const floor = diff(await metrics(cdp), before);
    return { total, longest: tasks.longest, floor, textNodes: walked.nodes, chars: walked.chars };
  } finally {
    await page.close();
  }
}

/** mark.js markRegExp with one combined expression over the same roots. */
export async function markjs(plain, url, helper, regexp) {
  const { page, cdp } = await open(plain.context);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: helper });
    await settle(page);
    const from = await now(page);
    const before = await metrics(cdp);
    await page.addScriptTag({ path: MARK_JS });
    const matches = await page.evaluate(({ source, flags }) => window.__glossaBench.mark(source, flags), regexp);
    await settle(page);
    const added = diff(await metrics(cdp), before);
    const tasks = await longTasks(page, from);
    return { added, matches, longest: tasks.longest, longTasks: tasks.count };
  } finally {
    await page.close();
  }
}

/**
 * mark.js at its best on page load: the page loads with mark.js and one
 * regular expression of every form injected at document start; when the
 * document is parsed (DOMContentLoaded, the earliest a whole-body pass can
 * run) it runs markRegExp once over the whole <body>, with no exclusion
 * selectors (mark.js's own: script, style, title, head). Measured as the
 * whole load's main-thread time (compared with the baseline's, paired run
 * by run), as Glossa's load is.
 */
export async function markjsLoad(plain, url, regexp) {
  const page = await plain.context.newPage();
  const cdp = await plain.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    const library = readFileSync(MARK_JS, 'utf8');
    await page.addInitScript(`${library}
;(() => {
  const regexp = new RegExp(${JSON.stringify(regexp.source)}, ${JSON.stringify(regexp.flags)});
  window.__benchMarkDone = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => {
      new Mark(document.body).markRegExp(regexp, { done: resolve });
    });
  });
})();`);
    await page.goto(url, { waitUntil: 'load' });
    const matches = await page.evaluate(() => window.__benchMarkDone);
    await settle(page);
    const total = await metrics(cdp);
    const tasks = await longTasks(page, 0);
    return { total, matches, longest: tasks.longest };
  } finally {
    await page.close();
  }
}

const setEnabled = (glossa, enabled) => glossa.worker.evaluate((value) => globalThis.chrome.storage.local.set({ enabled: value }), enabled);

/** A page load with Glossa on, until its first pass is done. */
export async function glossaLoad(glossa, url) {
  await setEnabled(glossa, true);
  const { page, cdp } = await open(glossa.context);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForState(page, 'ready');
    await settle(page);
    const total = await metrics(cdp);
    const marks = await glossaMarks(page);
    const start = marks.find((m) => m.name === 'glossa:start')?.time;
    const firstViewport = marks.find((m) => m.name === 'glossa:first-viewport')?.time;
    const viewportComplete = marks.find((m) => m.name === 'glossa:viewport-complete')?.time;
    const settings = marks.find((m) => m.name === 'glossa:settings')?.time;
    const data = marks.find((m) => m.name === 'glossa:data')?.time;
    const since = (time) => (start !== undefined && time !== undefined ? time - start : null);
    const tasks = await longTasks(page, start ?? 0);
    return {
      total,
      matches: await glossaMatches(page),
      firstViewport: since(firstViewport),
      viewportComplete: since(viewportComplete),
      // What the first viewport waits for: the settings (one storage round trip) and the match data (a fetch of match.bin).
      settingsRead: since(settings),
      dataReady: since(data),
      longest: tasks.longest,
      longTasks: tasks.count,
      marked: start !== undefined,
      // Where the first annotated term is (from the top of the window as the page opened): below the first viewport, there is nothing to annotate first.
      firstTermTop: await page.evaluate(() => {
        const el = document.querySelector('[data-glossa-term]');
        return el ? el.getBoundingClientRect().top : null;
      }),
    };
  } finally {
    await page.close();
  }
}

/** Glossa switched on in a loaded page: its pass alone (matcher build, annotation, style and layout it causes). */
export async function glossaPass(glossa, url) {
  await setEnabled(glossa, false);
  const { page, cdp } = await open(glossa.context);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForState(page, 'off', 30_000);
    await settle(page);
    const from = await now(page);
    const before = await metrics(cdp);
    await setEnabled(glossa, true);
    await waitForState(page, 'ready');
    await settle(page);
    const added = diff(await metrics(cdp), before);
    const tasks = await longTasks(page, from);
    return { added, matches: await glossaMatches(page), longest: tasks.longest, longTasks: tasks.count };
  } finally {
    await page.close();
    await setEnabled(glossa, true);
  }
}

/** Records a Chrome trace (main-thread tasks) around `fn`; returns fn's value and the trace events. */
async function traced(cdp, fn) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  let value;
  try {
    value = await fn();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { value, events };
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Top-level tasks of the renderers' main threads in a trace: {thread, ts, dur (ms), events inside}. */
function mainThreadTasks(events) {
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || names.get(thread) !== 'CrRendererMain') continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(e);
  }
  const tasks = [];
  for (const [thread, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let current;
    for (const e of list) {
      if (TASK_NAMES.has(e.name) && (!current || e.ts >= current.ts + current.dur * 1000)) {
        current = { thread, ts: e.ts, dur: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000, inside: [] };
        tasks.push(current);
      } else if (current && e.ts <= current.ts + current.dur * 1000) current.inside.push(e);
    }
  }
  return tasks;
}

/** Whether a trace event runs a script of the page (not the extension's). */
function pageScript(e, extension) {
  if (e.name !== 'FunctionCall' && e.name !== 'EvaluateScript') return false;
  const url = String(e.args?.data?.url ?? '');
  return url !== '' && !url.startsWith(extension);
}

/**
 * Glossa's tasks, from Chrome traces (the Long Tasks API does not report
 * work of an extension's isolated world):
 * - a page load with Glossa on: the task that evaluates the content script
 *   (found by its URL), and every main-thread task from then until its first
 *   pass is done — fetching and reading the match data, the pass, the
 *   rendering it causes — except tasks that run the page's own scripts;
 * - Glossa switched off and on again in that page: every main-thread task of
 *   its pass (the page is idle otherwise, so they are all Glossa's,
 *   rendering included).
 */
export async function glossaTrace(glossa, url) {
  await setEnabled(glossa, true);
  const { page, cdp } = await open(glossa.context);
  try {
    const script = `chrome-extension://${glossa.extensionId}/`;
    const load = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForState(page, 'ready');
      await settle(page);
    });
    const loadTasks = mainThreadTasks(load.events);
    const evaluate = loadTasks.filter((t) =>
      t.inside.some((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith(script)),
    );
    const from = Math.min(...evaluate.map((t) => t.ts));
    const ownThread = evaluate[0]?.thread;
    const loadingTasks = loadTasks.filter((t) => t.thread === ownThread && t.ts >= from && !t.inside.some((e) => pageScript(e, script)));
    const loading = loadingTasks.map((t) => t.dur).sort((a, b) => b - a);
    const loadingCpu = loadingTasks.map((t) => t.cpu).sort((a, b) => b - a);
    // The first viewport in the trace: the main thread's CPU time between glossa:start and glossa:first-viewport.
    const markAt = (name) => load.events.find((e) => e.name === name && e.cat?.includes('user_timing'))?.ts;
    const start = markAt('glossa:start');
    const firstViewport = markAt('glossa:first-viewport');
    let firstViewportCpu = null;
    if (start !== undefined && firstViewport !== undefined) {
      firstViewportCpu = 0;
      for (const t of loadTasks.filter((x) => x.thread === ownThread)) {
        const end = t.ts + t.dur * 1000;
        const overlap = Math.min(end, firstViewport) - Math.max(t.ts, start);
        if (overlap > 0) firstViewportCpu += (t.cpu * overlap) / (t.dur * 1000);
      }
    }
    await setEnabled(glossa, false);
    await waitForState(page, 'off', 30_000);
    await settle(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const heapBefore = await heap();
    const pass = await traced(cdp, async () => {
      await setEnabled(glossa, true);
      await waitForState(page, 'ready');
      await settle(page);
    });
    // What the page's JavaScript heap kept after the pass: the matcher, the annotator's records, the wrappers' JS objects.
    const heapKept = (await heap()) - heapBefore;
    const tasks = mainThreadTasks(pass.events);
    // The page's renderer: the main thread with the most work in the window.
    const work = new Map();
    for (const t of tasks) work.set(t.thread, (work.get(t.thread) ?? 0) + t.dur);
    const thread = [...work].sort((a, b) => b[1] - a[1])[0]?.[0];
    const ownTasks = tasks.filter((t) => t.thread === thread);
    const own = ownTasks.map((t) => t.dur).sort((a, b) => b - a);
    const ownCpu = ownTasks.map((t) => t.cpu).sort((a, b) => b - a);
    const longTaskApi = await longTasks(page, 0);
    return {
      scriptEvaluation: evaluate.reduce((max, t) => Math.max(max, t.dur), 0),
      scriptEvaluationCpu: evaluate.reduce((max, t) => Math.max(max, t.cpu), 0),
      loadLongest: loading[0] ?? 0,
      loadLongestCpu: loadingCpu[0] ?? 0,
      firstViewport: start !== undefined && firstViewport !== undefined ? (firstViewport - start) / 1000 : null,
      firstViewportCpu,
      loadTasks: loading.length,
      loadTop: loading.slice(0, 5),
      passLongest: own[0] ?? 0,
      passLongestCpu: ownCpu[0] ?? 0,
      passTasks: own.length,
      passOver50: own.filter((d) => d > 50).length,
      passTop: own.slice(0, 5),
      longTaskApiLongest: longTaskApi.longest,
      heapKept,
    };
  } finally {
    await page.close();
    await setEnabled(glossa, true);
  }
}

/**
 * Re-anchoring saved highlights on a revisit: `count` highlights made from
 * the page's own text are stored, then the page is loaded `runs` times; each
 * load's figure is the content script's own measure of its placement pass
 * (`glossa:highlights`, main thread, one task). Returns the passes.
 */
export async function highlightsRevisit(glossa, url, count, runs) {
  const page = await glossa.context.newPage();
  try {
    await clearHighlights(glossa.worker);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await seedHighlights(glossa.worker, page, count);
    return { count, samples: await placementPasses(page, url, runs, WORK_TIMEOUT_MS) };
  } finally {
    await page.close();
    await clearHighlights(glossa.worker);
  }
}
