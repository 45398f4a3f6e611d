/**
 * The inbox example in headless Chromium, against the offline runtime:
 * compose, live delivery through onMessageSent, validation errors by
 * field, failed and pending channels with Retry, and paging.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

import type { MessagingClient } from '../../client/index';
import { startTestRuntime, type TestRuntime } from '../e2e/support/runtime';
import { clientFor } from '../unit/client/support';
import { launchChromium } from './support/chromium';
import { serveInbox, type InboxServer } from './support/inbox-server';
import { snap, snapForReadme } from './support/screenshots';

/** How long a page that should get nothing is watched after the others got theirs. */
const QUIET_MS = 1_500;
const WAIT_MS = 10_000;

let runtime: TestRuntime | undefined;
let inbox: InboxServer | undefined;
let browser: Browser | undefined;
let seeder: MessagingClient;
const run = Date.now().toString(36);

beforeAll(async () => {
  runtime = await startTestRuntime();
  seeder = clientFor(runtime.runtime);
  // Each is kept as soon as it exists, so afterAll closes it even when the other failed.
  await Promise.all([
    serveInbox({ url: runtime.runtime.url, apiKey: runtime.runtime.apiKey }).then((s) => (inbox = s)),
    launchChromium().then((b) => (browser = b)),
  ]);
}, 60_000);

// Every close is attempted even when another fails, so nothing is left running.
afterAll(async () => {
  seeder?.close();
  await browser?.close().catch(() => {});
  await inbox?.close().catch(() => {});
  await runtime?.close();
});

/** A page watching this recipient, once its subscription is live. */
async function watching(recipient: string, viewport = { width: 1200, height: 820 }): Promise<Page> {
  const page = await browser!.newPage({ viewport });
  await page.goto(`${inbox!.url}?recipient=${encodeURIComponent(recipient)}`);
  await page.locator('#live[data-state="live"]').waitFor({ timeout: WAIT_MS });
  await page.locator('#message-list, #empty').first().waitFor({ state: 'attached' });
  return page;
}

const card = (page: Page, text: string) => page.locator('li.message', { hasText: text });

async function compose(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(fields)) await page.fill(`#compose-${id}`, value);
  await page.click('#compose-send');
}

describe('the inbox', () => {
  it('shows a message sent from the form live to a watcher of its recipient, and not to another', async () => {
    const [carol, dave] = [`carol-${run}`, `dave-${run}`];
    const [sender, watcher, other] = await Promise.all([
      watching(carol),
      watching(carol),
      watching(dave),
    ]);
    const body = `Your table for two is booked (${run}).`;

    await compose(sender, {
      subject: 'Booking confirmed',
      body,
      email: 'carol@example.com',
      phone: '+1 415 555 0100',
    });
    await sender.locator('#compose-ok', { hasText: `Sent to ${carol}` }).waitFor({ timeout: WAIT_MS });
    await snap(sender, '01-sent-from-the-form');

    const arrived = card(watcher, body);
    await arrived.waitFor({ timeout: WAIT_MS });
    expect(await arrived.locator('.delivery[data-status="SENT"]').count()).toBe(2);
    expect(await arrived.locator('.delivery-address').allTextContents()).toEqual([
      'carol@example.com',
      '+14155550100',
    ]);
    await snap(watcher, '02-arrived-live-for-the-same-recipient');

    await other.waitForTimeout(QUIET_MS);
    expect(await card(other, body).count()).toBe(0);
    expect(await other.locator('li.message').count()).toBe(0);
    expect(await other.locator('#empty').isVisible()).toBe(true);
    await snap(other, '03-nothing-for-another-recipient');
  });

  it('shows each validation error next to the field it names', async () => {
    const page = await watching(`erin-${run}`);

    await compose(page, { body: 'x'.repeat(1601), phone: '+1 415 555 0100' });
    const bodyError = page.locator('#compose-body-error');
    await bodyError.filter({ hasText: '1600' }).waitFor({ timeout: WAIT_MS });
    expect(await page.getAttribute('#compose-body', 'aria-invalid')).not.toBeNull();
    expect(await page.locator('#compose-error').isVisible()).toBe(false);
    await snap(page, '04-sms-body-too-long');

    await compose(page, { body: 'Short enough.', phone: '12' });
    await page
      .locator('#compose-phone-error')
      .filter({ hasText: 'valid phone number' })
      .waitFor({ timeout: WAIT_MS });
    expect(await bodyError.textContent()).toBe('');
    await snap(page, '05-bad-phone-number');
  });

  it('shows failed and pending channels with their reasons, and retries them', async () => {
    const frank = `frank-${run}`;
    await seeder.sendMessage({
      recipient: frank,
      subject: 'Order 42 has shipped',
      body: 'It is on its way and should arrive on Thursday.',
      emailAddress: 'frank@example.com',
      phoneNumber: '+1 415 555 0100',
    });
    const page = await watching(frank);

    await compose(page, {
      subject: 'Receipt',
      body: 'Thanks for your order.',
      email: 'rejected@ses.test',
      phone: '+15555550103',
    });
    const failed = card(page, 'Thanks for your order.');
    await failed.waitFor({ timeout: WAIT_MS });
    expect(await failed.locator('.delivery[data-status="FAILED"]').count()).toBe(2);
    expect(await failed.locator('.delivery-reason').first().textContent()).toMatch(/^MessageRejected: /);
    expect(await failed.locator('.delivery-reason').nth(1).textContent()).toMatch(/ThrottledException/);

    runtime!.runtime.setDeliveryAvailable(false);
    await compose(page, { subject: 'Reminder', body: 'Your appointment is tomorrow.', email: 'frank@example.com', phone: '' });
    const pending = card(page, 'Your appointment is tomorrow.');
    await pending.locator('.delivery[data-status="PENDING"]').waitFor({ timeout: WAIT_MS });
    await page.locator('#compose-error', { hasText: 'DeliveryUnavailable' }).waitFor();
    await snap(page, '06-failed-and-pending');
    await snapForReadme(page);

    // The crashed attempt keeps its delivery lease, so a retry right away
    // is refused with Conflict, and the card says so.
    runtime!.runtime.setDeliveryAvailable(true);
    await pending.getByRole('button', { name: 'Retry' }).click();
    await pending.locator('.retry-error', { hasText: 'in progress' }).waitFor({ timeout: WAIT_MS });
    expect(await pending.locator('.delivery[data-status="PENDING"]').count()).toBe(1);

    await failed.getByRole('button', { name: 'Retry' }).click();
    await failed.locator('.delivery-attempts', { hasText: '2 attempts' }).first().waitFor({ timeout: WAIT_MS });
    await snap(page, '07-after-retry');
  });

  it('loads older messages with Load more until there are none', async () => {
    const grace = `grace-${run}`;
    for (let n = 1; n <= 12; n += 1) {
      await seeder.sendMessage({ recipient: grace, body: `Message ${n}`, emailAddress: 'g@example.com' });
    }
    const page = await watching(grace, { width: 390, height: 844 });
    await page.locator('li.message').first().waitFor({ timeout: WAIT_MS });

    expect(await page.locator('.message-body').allTextContents()).toEqual(
      Array.from({ length: 10 }, (_, i) => `Message ${12 - i}`),
    );
    await page.click('#load-more');
    await expect.poll(() => page.locator('li.message').count(), { timeout: WAIT_MS }).toBe(12);
    expect(await page.locator('.message-body').last().textContent()).toBe('Message 1');
    expect(await page.locator('#load-more').isVisible()).toBe(false);

    // On a phone the compose form sits above the list, both full width.
    const [form, list] = await Promise.all([
      page.locator('.compose').boundingBox(),
      page.locator('.messages').boundingBox(),
    ]);
    expect(form!.y + form!.height).toBeLessThanOrEqual(list!.y);
    expect(Math.abs(form!.width - list!.width)).toBeLessThan(2);
    await snap(page, '08-narrow-screen-after-load-more');
  });
});
