// `vite examples/inbox`: see README.md for the settings it reads.
import { defineConfig, loadEnv } from 'vite';

import { inboxConfig, inboxRoot, settingsFromEnvironment } from './config.ts';

export default defineConfig(({ mode }) =>
  inboxConfig(
    settingsFromEnvironment({
      ...loadEnv(mode, inboxRoot, 'VITE_'),
      DATA_DIR: process.env.DATA_DIR,
    }),
  ),
);
