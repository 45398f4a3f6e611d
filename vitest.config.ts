import { createRequire } from 'node:module';

import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry, for our code and for graphql-jit
    // alike; Vite would pick its ES entry for our code only, and the two
    // copies of graphql would not recognise each other's types.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
