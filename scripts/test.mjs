// `npm test`: typecheck, lint, unit tests, builds, store lint, end-to-end tests
// in Chromium, then in Firefox ESR. Fails (never skips) when a browser is
// missing, saying how to install it.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';
import { findFirefox } from './firefox.mjs';

for (const [browser, find] of [
  ['Chromium', findChromium],
  ['Firefox ESR', findFirefox],
]) {
  try {
    find();
  } catch (error) {
    console.error(`\nnpm test needs ${browser} for the end-to-end tests.\n${error.message}\n`);
    process.exit(1);
  }
}

const steps = [
  ['generated glossary forms', 'node', ['scripts/build-forms.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint and format (Biome)', 'npx', ['biome', 'check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['wxt', 'build']],
  ['Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['store lint (web-ext lint on the Firefox build)', 'npm', ['run', 'lint:firefox']],
  ['end-to-end tests in Chromium', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
  ['end-to-end tests in Firefox ESR', 'npx', ['vitest', 'run', '--config', 'vitest.e2e-firefox.config.ts']],
];
for (const [name, command, args] of steps) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nAll checks passed.');
