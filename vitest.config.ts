import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/build.ts'],
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Engines and servers bind real ports; two cores run two files at once.
    maxWorkers: 2,
    // The delivery function logs each attempt; tests that read those lines
    // capture them, and the rest would only fill the output.
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT', LOG_LEVEL: 'silent' },
  },
});
