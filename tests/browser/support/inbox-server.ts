/**
 * Builds the inbox for a runtime and serves the build, as a deployment
 * would. A built bundle, unlike the dev server, never re-optimises its
 * dependencies and reloads the page in the middle of a test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { build, preview } from 'vite';

import { inboxConfig, type InboxSettings } from '../../../examples/inbox/config';

export interface InboxServer {
  url: string;
  close(): Promise<void>;
}

export async function serveInbox(settings: InboxSettings): Promise<InboxServer> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'inbox-build-'));
  const config = inboxConfig(settings);
  const common = {
    ...config,
    configFile: false as const,
    logLevel: 'warn' as const,
    build: { ...config.build, outDir },
  };

  try {
    await build(common);
    const server = await preview({
      ...common,
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    });
    const address = server.httpServer.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${address.port}/`,
      close: async () => {
        await server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
