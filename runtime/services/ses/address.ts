/**
 * The address checks SES applies before it accepts an email, with SES's
 * messages. SES takes `Name <user@example.com>` as well as a bare address.
 */
import { invalidParameterValue } from './errors';

const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/** The bare address in `address`, after checking it as SES does. */
export function checkAddress(address: string): string {
  const bare = bareAddress(address);
  const at = bare.lastIndexOf('@');
  if (at <= 0 || at === bare.length - 1) {
    throw invalidParameterValue("Missing final '@domain'");
  }
  if (WHITESPACE_OR_CONTROL.test(bare.slice(0, at))) {
    throw invalidParameterValue('Local address contains control or whitespace');
  }
  if (WHITESPACE_OR_CONTROL.test(bare.slice(at + 1))) {
    throw invalidParameterValue('Domain contains control or whitespace');
  }
  return bare;
}

function bareAddress(address: string): string {
  const angled = /<([^<>]*)>\s*$/.exec(address);
  return (angled?.[1] ?? address).trim();
}
