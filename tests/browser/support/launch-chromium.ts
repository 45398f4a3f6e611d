/**
 * The playground test's browser: Debian's headless Chromium, started with the
 * flags this machine needs (no sandbox, no GPU, no QUIC, and none of the
 * background traffic a first run would make), and where its screenshots go.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function launchHeadlessChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Saves a screenshot under test-artifacts/<folder>/ (gitignored); with
 * UPDATE_SCREENSHOTS=1 and a docsName, also as docs/<docsName>.png.
 */
export async function saveScreenshot(
  page: Page,
  folder: string,
  name: string,
  docsName?: string,
): Promise<void> {
  const dir = path.join(root, 'test-artifacts', folder);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  if (docsName && process.env.UPDATE_SCREENSHOTS === '1') {
    await page.screenshot({ path: path.join(root, 'docs', `${docsName}.png`) });
  }
}
