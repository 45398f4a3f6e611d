/**
 * Email addresses: trimmed, with the domain lower-cased (domains are case
 * insensitive; local parts may not be, so they are kept as given).
 */
import { util } from '@aws-appsync/utils';

export type EmailResult = { ok: true; address: string } | { ok: false; reason: string };

/** No spaces, control characters, angle brackets or commas anywhere. */
const PLAIN = '[^\\s\\x00-\\x1F\\x7F<>,;]+';

export function normaliseEmail(raw: string): EmailResult {
  const address = raw.trim();
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) {
    return { ok: false, reason: 'must look like name@example.com' };
  }
  if (!util.matches(PLAIN, address)) {
    return { ok: false, reason: 'must not contain spaces, control characters or <>,;' };
  }
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (local.length > 64) {
    return { ok: false, reason: 'the part before @ must be at most 64 characters' };
  }
  if (!domain.includes('.') || domain.startsWith('.') || domain.endsWith('.')) {
    return { ok: false, reason: `"${domain}" is not a domain name` };
  }
  const normalised = `${local}@${domain}`;
  if (normalised.length > 254) {
    return { ok: false, reason: 'must be at most 254 characters' };
  }
  return { ok: true, address: normalised };
}
