/**
 * `util.autoId`, `util.autoUlid` and `util.autoKsuid`: the three random
 * identifiers AppSync generates, each in its standard text form.
 */
import { randomBytes, randomUUID } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE62 =
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** KSUID timestamps count seconds from this epoch (2014-05-13T16:53:20Z). */
const KSUID_EPOCH_SECONDS = 1_400_000_000;
const KSUID_LENGTH = 27;

/** A random UUID version 4, lower-case with hyphens. */
export function autoId(): string {
  return randomUUID();
}

/**
 * A ULID: 48 bits of milliseconds then 80 random bits, as 26 Crockford
 * base32 characters, so that ids sort by creation time.
 */
export function autoUlid(now: number = Date.now()): string {
  let time = '';
  let ms = now;
  for (let i = 0; i < 10; i += 1) {
    time = CROCKFORD[ms % 32] + time;
    ms = Math.floor(ms / 32);
  }
  const random = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i += 1) tail += CROCKFORD[random[i]! % 32];
  return time + tail;
}

/**
 * A KSUID: a 32-bit timestamp and 128 random bits (20 bytes), base62
 * encoded and left-padded to 27 characters.
 */
export function autoKsuid(now: number = Date.now()): string {
  const bytes = Buffer.alloc(20);
  const seconds = Math.floor(now / 1000) - KSUID_EPOCH_SECONDS;
  bytes.writeUInt32BE(seconds >>> 0, 0);
  randomBytes(16).copy(bytes, 4);

  let value = BigInt(`0x${bytes.toString('hex')}`);
  let text = '';
  while (value > 0n) {
    text = BASE62[Number(value % 62n)] + text;
    value /= 62n;
  }
  return text.padStart(KSUID_LENGTH, '0');
}
