// `node scripts/tooltip-size.mjs` (after `npx wxt build`): how many tooltips
// need scrolling before a reader reaches the plain-language text and the
// controls, for every glossary entry, in English and Japanese, at the
// default and the larger text size, in real Chromium at 1280×800 with the
// built extension.
//
// Each term is written once in a page laid out like our demo article (served
// at a PubMed address, so Glossa runs on it), scrolled to the middle of the
// window (where the room above and below the term is smallest) and opened
// with the keyboard, as a reader would. In the open tooltip it measures,
// without scrolling anything:
// - plain text reached: the first line of the plain-language part is inside
//   the tooltip's visible area (and the window); "whole plain" also counts
//   the tooltips whose plain part is entirely visible;
// - controls reached: every button and link of the tooltip's foot (related
//   terms, review, language, close) is entirely visible;
// - evidence reached: every chip of the body's evidence section (the kinds
//   of evidence behind the term's claims, its legend) is entirely visible
//   (it comes after the plain text and the definition, in the body, which
//   scrolls; Tab scrolls it into view).
// Figures go to stdout and test-results/tooltip-size.json.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT } from './browser.mjs';

const URL_ = 'https://pubmed.ncbi.nlm.nih.gov/glossa-tooltip-size/';
const VIEWPORT = { width: 1280, height: 800 };
const SIZES = [
  ['default', 100],
  ['larger', 130],
];
const LANGS = ['en', 'ja'];

const terms = readdirSync(join(ROOT, 'data/terms'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(ROOT, 'data/terms', f), 'utf8')));

/** A full name of the term as a paper would write it (a variant, else the name without its abbreviation). */
const formOf = (term) => term.variants[0] ?? term.name.en.replace(/\s*\([^)]*\)\s*$/, '');
const escapeHtml = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

// The demo page with its abstract replaced by one paragraph per term.
const demo = readFileSync(join(ROOT, 'demo/pubmed-demo.html'), 'utf8');
const paragraphs = terms
  .map((t) => `<p data-for="${t.id}">In this study, ${escapeHtml(formOf(t))} was discussed at some length.</p>`)
  .join('\n');
const page = demo.replace(
  /<div id="eng-abstract" class="abstract-content selected">[\s\S]*?<\/div>/,
  `<div id="eng-abstract" class="abstract-content selected">\n${paragraphs}\n</div>`,
);

const { context, worker } = await launchWithExtension({ headless: true });
await context.route(/^https?:\/\//, (route) =>
  route.request().url().split('#')[0] === URL_ ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: page }) : route.abort(),
);

async function setOptions(options) {
  await worker.evaluate((value) => chrome.storage.local.set({ options: value }), options);
}

/** Opens one term's tooltip with the keyboard and measures it. */
async function measure(tab, termId) {
  return tab.evaluate(async (id) => {
    const host = () => document.querySelector('[data-glossa-ui="tooltip"]');
    document.activeElement?.blur?.();
    const p = document.querySelector(`p[data-for="${id}"]`);
    const el = p?.querySelector(`[data-glossa-term="${CSS.escape(id)}"][tabindex="0"]`);
    if (!el)
      return {
        id,
        missing: true,
        found: [...(p?.querySelectorAll('[data-glossa-term]') ?? [])].map((e) => e.getAttribute('data-glossa-term')),
      };
    el.scrollIntoView({ block: 'center' });
    el.focus();
    // Wait until this term's card is drawn and positioned.
    const started = performance.now();
    let box;
    for (;;) {
      box = host()?.shadowRoot?.querySelector('[role="tooltip"]');
      const name = box?.querySelector('.name');
      if (box && !box.hidden && name && el.getAttribute('aria-describedby') && box.style.top) {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        break;
      }
      if (performance.now() - started > 5000) return { id, timeout: true };
      await new Promise((r) => setTimeout(r, 20));
    }
    const view = { top: 0, bottom: innerHeight, left: 0, right: innerWidth };
    const clip = (a, b) => ({
      top: Math.max(a.top, b.top),
      bottom: Math.min(a.bottom, b.bottom),
      left: Math.max(a.left, b.left),
      right: Math.min(a.right, b.right),
    });
    const boxArea = clip(box.getBoundingClientRect(), view);
    const body = box.querySelector('.body');
    const bodyArea = clip(body.getBoundingClientRect(), boxArea);
    const inside = (r, area) =>
      r.top >= area.top - 0.5 && r.bottom <= area.bottom + 0.5 && r.left >= area.left - 0.5 && r.right <= area.right + 0.5;
    const plain = box.querySelector('[data-glossa-part="plain"]');
    const pr = plain.getBoundingClientRect();
    const lineHeight = Number.parseFloat(getComputedStyle(plain).lineHeight) || 20;
    const firstLine = { top: pr.top, bottom: pr.top + lineHeight, left: pr.left, right: pr.right };
    const controls = [...box.querySelectorAll('button, a[href], summary')];
    const hidden = controls.filter((c) => !inside(c.getBoundingClientRect(), c.closest('.body') ? bodyArea : boxArea));
    const inBody = (c) => !!c.closest('.body');
    return {
      id,
      plainReached: inside(firstLine, bodyArea),
      plainWhole: inside(pr, bodyArea),
      controlsReached: !hidden.some((c) => !inBody(c)),
      evidenceReached: !hidden.some(inBody),
      hiddenControls: hidden.map((c) => c.className || c.tagName.toLowerCase()),
      height: Math.round(boxArea.bottom - boxArea.top),
      width: Math.round(boxArea.right - boxArea.left),
    };
  }, termId);
}

const results = {};
const rows = [];
for (const lang of LANGS) {
  for (const [sizeName, textSize] of SIZES) {
    await setOptions({ language: lang, textSize });
    const tab = await context.newPage();
    await tab.setViewportSize(VIEWPORT);
    await tab.goto(URL_, { waitUntil: 'domcontentloaded' });
    await tab.waitForSelector('html[data-glossa-state="ready"]', { timeout: 60_000 });
    const measured = [];
    for (const term of terms) measured.push(await measure(tab, term.id));
    await tab.close();
    const ok = measured.filter((m) => !m.missing && !m.timeout);
    const count = (f) => ok.filter(f).length;
    const pct = (n) => `${((100 * n) / (ok.length || 1)).toFixed(1)} %`;
    const row = {
      lang,
      size: `${sizeName} (${textSize} %)`,
      measured: ok.length,
      notMeasured: measured.filter((m) => m.missing || m.timeout).map((m) => m.id),
      plainNeedsScroll: ok.length - count((m) => m.plainReached),
      wholePlainNeedsScroll: ok.length - count((m) => m.plainWhole),
      controlsNeedScroll: ok.length - count((m) => m.controlsReached),
      evidenceNeedsScroll: ok.length - count((m) => m.evidenceReached),
    };
    rows.push(row);
    results[`${lang}-${textSize}`] = { ...row, tooltips: measured };
    console.log(
      `${lang} ${row.size}: ${row.measured} tooltips; scrolling needed to reach the plain text: ${row.plainNeedsScroll} (${pct(row.plainNeedsScroll)}), ` +
        `to see all of it: ${row.wholePlainNeedsScroll} (${pct(row.wholePlainNeedsScroll)}), to reach every control: ${row.controlsNeedScroll} (${pct(row.controlsNeedScroll)}), ` +
        `to see the whole evidence section: ${row.evidenceNeedsScroll} (${pct(row.evidenceNeedsScroll)})` +
        (row.notMeasured.length ? `; not measured: ${row.notMeasured.join(', ')}` : ''),
    );
  }
}
await context.close();
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results/tooltip-size.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Details: test-results/tooltip-size.json');
