import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR: the built add-on (.output/firefox-mv2; npm run build first),
// driven over WebDriver BiDi. They also open Chromium with the Chrome build to compare what each finds.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for a condition; a loaded machine may need more than the default second.
    expect: { poll: { timeout: 15_000 } },
  },
});
