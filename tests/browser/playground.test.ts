/**
 * The playground at / in a real browser, used as a person would: the page
 * loads with nothing from the network, the API key already in its headers,
 * and runs queries, mutations and subscriptions against the offline runtime.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { startTestRuntime, stopSharedEngines, type TestRuntime } from '../e2e/support/runtime';
import { launchChromium } from './support/chromium';
import { saveScreenshot } from './support/screenshots';

interface Playground {
  page: Page;
  /** The payload of every WebSocket frame the page received. */
  framesReceived: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

let t: TestRuntime;
let origin: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Every URL any page asked for: HTTP requests and WebSocket connections. */
const requested: string[] = [];

beforeAll(async () => {
  t = await startTestRuntime();
  origin = new URL(t.runtime.url).origin;
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
  await stopSharedEngines();
});

/** A fresh browser profile on /, so each test starts from the page's defaults. */
async function openPlayground(): Promise<Playground> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  const playground: Playground = { page, framesReceived: [], errors: [] };
  page.on('websocket', (socket) => {
    requested.push(socket.url());
    socket.on('framereceived', ({ payload }) => playground.framesReceived.push(String(payload)));
  });
  page.on('pageerror', (error) => playground.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') playground.errors.push(message.text());
  });
  await page.goto(`${origin}/`);
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  return playground;
}

/**
 * What GraphiQL 3's CodeMirror 5 editor under `selector` holds: its text, and
 * the operations GraphiQL parsed from it. The tests type through the keyboard
 * and read through the editor's own API.
 */
function readEditor(page: Page, selector: string) {
  return page.evaluate((scope) => {
    const editor = (globalThis as any).document.querySelector(`${scope} .CodeMirror`)?.CodeMirror;
    return {
      text: (editor?.getValue() ?? '') as string,
      operations: (editor?.operations?.length ?? 0) as number,
    };
  }, selector);
}

/** Replaces the query editor's text, as pasting it would. */
async function typeQuery(page: Page, text: string) {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape'); // closes the autocompletion list, if open
}

/**
 * Clicks Run; with several operations in the editor, picks one from its menu.
 * GraphiQL parses the editor's text a moment after it changes, and until then
 * Run acts on the previous text: wait until it knows the operations.
 */
async function run(page: Page, operationName?: string) {
  const parsed = async () => (await readEditor(page, '.graphiql-query-editor')).operations;
  if (operationName) await expect.poll(parsed).toBeGreaterThan(1);
  else await expect.poll(parsed).toBe(1);
  await page.locator('.graphiql-execute-button').click();
  if (operationName) await page.getByRole('menuitem', { name: operationName }).click();
}

/** The JSON the response pane shows, once it shows any. */
async function waitForResponse(page: Page): Promise<any> {
  const read = async () => (await readEditor(page, '.graphiql-response')).text;
  await expect.poll(read, { timeout: 10_000, message: 'the response pane stayed empty' }).not.toBe('');
  await expect(page.locator('.graphiql-response .CodeMirror-code').isVisible()).resolves.toBe(true);
  return JSON.parse(await read());
}

/** Waits for the server's answer to the page's `start`, and expects start_ack. */
async function waitForStartAck(playground: Playground) {
  const answer = () =>
    playground.framesReceived
      .map((payload) => JSON.parse(payload))
      .find((frame) => frame.type === 'start_ack' || frame.type === 'error');
  await expect.poll(answer, { timeout: 10_000, message: 'no answer to start' }).toBeDefined();
  expect(answer()).toMatchObject({ type: 'start_ack' });
}

describe('the playground in a browser', () => {
  it('loads every script and style from the runtime itself, with no error', async () => {
    const { page, errors } = await openPlayground();

    expect(requested).toEqual(
      expect.arrayContaining([
        `${origin}/playground/react.js`,
        `${origin}/playground/react-dom.js`,
        `${origin}/playground/graphiql.js`,
        `${origin}/playground/graphiql.css`,
        `${origin}/playground/fetcher.js`,
      ]),
    );
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // The schema came back through the page's fetcher: the docs list its root types.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.innerText()).toMatch(/Query[\s\S]*Mutation[\s\S]*Subscription/);
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'playground', 'loaded');
  });

  it('shows the API key in the headers editor', async () => {
    const { page } = await openPlayground();

    await page.getByRole('button', { name: 'Headers' }).click();
    const shown = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
    const editor = page.locator(`${shown} .CodeMirror`);
    const headers = (await readEditor(page, shown)).text;

    expect(JSON.parse(headers)).toEqual({ 'x-api-key': t.runtime.apiKey });
    await expect.poll(() => editor.innerText()).toContain(t.runtime.apiKey);
  });

  it('runs a query typed into the editor and shows its result', async () => {
    const sent = await t.client.graphql(
      `mutation { sendMessage(input: {
        recipient: "playground-frank", body: "Listed in the playground.", phoneNumber: "+14155550100"
      }) { id } }`,
    );
    const { page, errors } = await openPlayground();

    await typeQuery(
      page,
      'query Mine {\n  messagesByRecipient(recipient: "playground-frank", limit: 5) {\n' +
        '    items { id body }\n    nextToken\n  }\n}\n',
    );
    await run(page);
    const response = await waitForResponse(page);

    expect(response).toEqual({
      data: {
        messagesByRecipient: {
          items: [{ id: sent.body.data!.sendMessage.id, body: 'Listed in the playground.' }],
          nextToken: null,
        },
      },
    });
    await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain('Listed in the playground.');
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'playground', 'query');
  });

  it('runs the example mutation, and its email reaches the outbox', async () => {
    const { page } = await openPlayground();

    await run(page, 'Send');
    const response = await waitForResponse(page);

    expect(response.errors).toBeUndefined();
    const message = response.data.sendMessage;
    expect(message).toMatchObject({
      recipient: 'alice',
      body: 'Hello from the playground',
      deliveries: [{ channel: 'EMAIL', status: 'SENT', errorCode: null }],
    });
    const email = t.runtime.outbox
      .read()
      .emails.find((e) => e.messageId === message.deliveries[0].providerMessageId);
    expect(email).toMatchObject({ to: 'alice@example.com', body: 'Hello from the playground' });
    await saveScreenshot(page, 'playground', 'mutation', 'playground');
  });

  it('shows what the example subscription receives when a message is sent', async () => {
    const watcher = await openPlayground();

    await run(watcher.page, 'Watch');
    await waitForStartAck(watcher);
    const sent = await t.client.graphql(
      `mutation { sendMessage(input: {
        recipient: "alice", body: "Pushed to the playground.", emailAddress: "alice@example.com"
      }) { id recipient body createdAt } }`,
    );
    const pushed = await waitForResponse(watcher.page);

    const { id, body, createdAt } = sent.body.data!.sendMessage;
    expect(pushed).toEqual({ data: { onMessageSent: { id, body, createdAt } } });
    expect(watcher.errors).toEqual([]);
    await saveScreenshot(watcher.page, 'playground', 'subscription');
  });

  it('delivers the example Send, run in a second window, to the example Watch', async () => {
    const watcher = await openPlayground();
    const sender = await openPlayground();

    await run(watcher.page, 'Watch');
    await waitForStartAck(watcher);
    await run(sender.page, 'Send');
    const sent = await waitForResponse(sender.page);
    const pushed = await waitForResponse(watcher.page);

    const { id, body, createdAt } = sent.data.sendMessage;
    expect(body).toBe('Hello from the playground');
    expect(pushed).toEqual({ data: { onMessageSent: { id, body, createdAt } } });
  });

  it('never sent a request anywhere but the runtime', () => {
    const host = new URL(origin).host;

    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).host !== host)).toEqual([]);
    expect(requested.map((url) => new URL(url)).filter((url) => url.protocol === 'ws:')).toEqual(
      expect.arrayContaining([expect.objectContaining({ pathname: '/graphql/realtime' })]),
    );
  });
});
