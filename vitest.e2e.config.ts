import { defineConfig } from 'vitest/config';

// Real-browser end-to-end tests (tests/e2e/**/*.e2e.ts): Debian's Chromium + the built
// extension (.output/chrome-mv3). Run with `npm run test:e2e` (builds first).
// One file at a time, one browser at a time: CI has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
