// `npm run eval`: precision and recall of term detection and abbreviation
// pairs on the labelled sets (tests/eval/). The TypeScript entry runs through
// Vite's module runner (vite is installed with vitest and WXT), offline.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';
import { buildForms } from './build-forms.mjs';

// The generated forms follow the glossary as it is now (they are stale after a change to data/terms).
await buildForms();
const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}tests/eval/run.ts`, { root, configFile: false, logLevel: 'error' });
process.exitCode = await module.main();
