/**
 * The inbox's Vite configuration, from explicit settings. vite.config.ts
 * fills them from the environment; the browser test passes a runtime's.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { UserConfig } from 'vite';

export interface InboxSettings {
  /** The GraphQL endpoint. */
  url: string;
  apiKey: string;
  /** @default derived from url, as AppSync does */
  realtimeUrl?: string;
}

export const inboxRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(inboxRoot, '../..');

/** Where `npm start` listens by default. */
export const OFFLINE_URL = 'http://localhost:4000/graphql';

export function inboxConfig(settings: InboxSettings): UserConfig {
  return {
    root: inboxRoot,
    // Read by src/settings.ts. The key ends up in the bundle, as any
    // browser app's AppSync API key does: it identifies, it does not protect.
    define: { __INBOX_SETTINGS__: JSON.stringify(settings) },
    build: { outDir: path.join(inboxRoot, 'dist'), emptyOutDir: true },
    clearScreen: false,
  };
}

/**
 * VITE_GRAPHQL_URL, VITE_API_KEY and VITE_REALTIME_URL when set; otherwise
 * the offline runtime on port 4000 with the key it keeps in its data
 * directory (DATA_DIR, as `npm start` reads it, or .data).
 */
export function settingsFromEnvironment(env: Record<string, string | undefined>): InboxSettings {
  return {
    url: env.VITE_GRAPHQL_URL || OFFLINE_URL,
    apiKey: env.VITE_API_KEY || offlineApiKey(env.DATA_DIR) || '',
    realtimeUrl: env.VITE_REALTIME_URL || undefined,
  };
}

function offlineApiKey(dataDir = '.data'): string | undefined {
  const file = path.resolve(repoRoot, dataDir, 'api-key');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}
