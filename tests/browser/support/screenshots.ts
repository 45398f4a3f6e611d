/**
 * Screenshots of each step, kept as test artifacts (test-artifacts/ is
 * gitignored). UPDATE_SCREENSHOTS=1 also refreshes the README's picture.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../../..');
export const ARTIFACTS_DIR = path.join(root, 'test-artifacts/inbox');
export const README_SCREENSHOT = path.join(root, 'docs/inbox.png');

export async function snap(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function snapForReadme(page: Page): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: README_SCREENSHOT });
}

/**
 * Saves a screenshot under test-artifacts/<folder>/; with
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
