/**
 * Time zones as `util.time` accepts them: an offset such as `+08:00`, `Z`
 * or `UTC`, or an IANA zone id such as `Australia/Perth`.
 */
import { UtilArgumentError } from '../errors';

const OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Minutes east of UTC that `zone` has at the instant `epochMs`. */
export function offsetMinutes(zone: string | undefined, epochMs: number): number {
  if (zone === undefined || zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;

  const fixed = OFFSET.exec(zone);
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === '-' ? -minutes : minutes;
  }
  return ianaOffset(zone, epochMs);
}

function ianaOffset(zone: string, epochMs: number): number {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date(epochMs))
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    throw new UtilArgumentError('util.time', `unknown time zone ${JSON.stringify(zone)}`);
  }
  const found = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!found) return 0;
  const minutes = Number(found[2]) * 60 + Number(found[3]);
  return found[1] === '-' ? -minutes : minutes;
}
