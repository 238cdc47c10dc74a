// `npm run screenshots`: builds Glossa and retakes the README's screenshots in
// docs/screenshots/ (tooltip in English and Japanese, action bar, popup, side
// panel) by running the end-to-end file that takes them with
// GLOSSA_SCREENSHOTS set. `npm test` never writes there: its screenshots go
// to the git-ignored test-results/screenshots/. The Japanese pictures need a
// Japanese font (Debian: fonts-noto-cjk).
import { spawnSync } from 'node:child_process';
import { ROOT } from './browser.mjs';

const FILES = ['tests/e2e/screenshots.e2e.test.ts'];

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...FILES], { ...process.env, GLOSSA_SCREENSHOTS: '1' });
console.log('Screenshots written to docs/screenshots/.');
