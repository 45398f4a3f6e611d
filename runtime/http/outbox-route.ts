/**
 * GET /outbox: what the local SES and SNS "delivered", newest first. JSON
 * for programs; a readable page for a browser. Guarded by the API key, sent
 * as x-api-key or, so a browser can open it, as ?key=.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Outbox, OutboxContents } from '../services/index';
import { CORS_HEADERS, sendJson, sendRequestError, unauthorized } from './responses';

export function createOutboxRoute(outbox: Outbox, isValidKey: (key: string) => boolean) {
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const header = req.headers['x-api-key'];
    const key = typeof header === 'string' ? header : url.searchParams.get('key');
    const wantsPage = (req.headers.accept ?? '').includes('text/html');
    if (!key || !isValidKey(key)) {
      const message = key ? unauthorized.wrong : unauthorized.missing;
      if (wantsPage) return sendPage(res, 401, pageOf(null, message));
      return sendRequestError(res, 401, 'UnauthorizedException', message);
    }
    const contents = outbox.read();
    if (wantsPage) return sendPage(res, 200, pageOf(contents, null));
    return sendJson(res, 200, contents);
  };
}

function sendPage(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...CORS_HEADERS });
  res.end(html);
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function pageOf(contents: OutboxContents | null, error: string | null): string {
  const body = contents
    ? `<h2>Emails (${contents.emails.length})</h2>${table(
        ['at', 'from', 'to', 'subject', 'body', 'messageId'],
        contents.emails.map((e) => [e.at, e.from, e.to, e.subject, e.body, e.messageId]),
      )}<h2>SMS (${contents.sms.length})</h2>${table(
        ['at', 'phoneNumber', 'body', 'messageId'],
        contents.sms.map((s) => [s.at, s.phoneNumber, s.body, s.messageId]),
      )}`
    : `<p class="error">${escape(error ?? '')} Open the outbox from the playground, or add
       <code>?key=YOUR_API_KEY</code> to the address.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outbox</title><style>
body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #222; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border-bottom: 1px solid #ddd; padding: .4rem .6rem; text-align: left;
  vertical-align: top; white-space: pre-wrap; }
th { background: #f4f4f4; } .error { color: #a00; }
</style></head><body><h1>Outbox</h1>
<p>What the offline runtime's local SES and SNS delivered, newest first.</p>${body}</body></html>`;
}

function table(headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>Nothing yet.</p>';
  const head = headings.map((h) => `<th>${h}</th>`).join('');
  const cells = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${cells}</tbody></table>`;
}
