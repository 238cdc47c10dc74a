// `npm start`: builds Glossa and opens Chromium with it loaded on a real
// PubMed article about serotonergic pain modulation. Without network (or
// with --offline) it opens our demo article page instead, served at a
// PubMed URL so the content script runs on it.
//
//   npm start                 # PubMed PMID 35895817, or the demo when offline
//   npm start -- --offline    # always the demo page
//   npm start -- --headless --screenshot shot.png   # no window; save test-results/shot.png and exit
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { dirname, isAbsolute, join } from 'node:path';
import { launchWithExtension, ROOT } from './browser.mjs';

const ARTICLE_URL = 'https://pubmed.ncbi.nlm.nih.gov/35895817/';
const DEMO_URL = 'https://pubmed.ncbi.nlm.nih.gov/glossa-demo/';
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

function reachable(url, timeoutMs = 4000) {
  return new Promise((resolve) => {
    const req = request(url, { method: 'HEAD', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

console.log('Building Glossa…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: ROOT });
if (build.status !== 0) process.exit(build.status ?? 1);

const offline = flag('--offline') || !(await reachable(ARTICLE_URL));
const headless = flag('--headless');
if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run under a desktop session, or `xvfb-run npm start`, or add `-- --headless --screenshot out.png`.');
  process.exit(1);
}

const { context } = await launchWithExtension({ headless });
let url = ARTICLE_URL;
if (offline) {
  url = DEMO_URL;
  const demo = readFileSync(join(ROOT, 'demo', 'pubmed-demo.html'));
  await context.route(DEMO_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: demo }));
  console.log("Offline: opening the Glossa demo article (our own page in PubMed's layout).");
} else {
  console.log(`Opening ${ARTICLE_URL}`);
}
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForSelector('html[data-glossa-state="ready"]', { timeout: 30_000 }).catch(() => {});

// A relative screenshot path lands in the git-ignored test-results/, never in the tree.
const shotOption = option('--screenshot');
const shot = shotOption && (isAbsolute(shotOption) ? shotOption : join(ROOT, 'test-results', shotOption));
if (shot) {
  mkdirSync(dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  console.log(`Screenshot saved to ${shot}`);
}
if (headless) {
  await context.close();
} else {
  console.log('Hover or focus an underlined term to see its tooltip. Close the browser window to quit.');
  await new Promise((resolve) => context.on('close', resolve));
}
