/**
 * Recipient addresses as logs may show them: enough to tell deliveries
 * apart while investigating, too little to contact anyone.
 */

/** `alice@example.com` → `***@example.com` */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '***' : `***${address.slice(at)}`;
}

/** `+447700900123` → `***0123` */
export function maskPhone(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length > 4 ? `***${digits.slice(-4)}` : '***';
}
