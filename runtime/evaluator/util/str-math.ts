/** `util.str` and `util.math`, thin wrappers over the JavaScript built-ins. */
import { UtilArgumentError } from '../errors';

const FORMS = ['nfc', 'nfd', 'nfkc', 'nfkd'] as const;

export const str = {
  normalize(value: string, form: string): string {
    if (!FORMS.includes(form.toLowerCase() as (typeof FORMS)[number])) {
      throw new UtilArgumentError('util.str.normalize', `form must be one of ${FORMS.join(', ')}; received ${form}`);
    }
    return value.normalize(form.toUpperCase());
  },
};

export const math = {
  /** Java's Math.round: halves round up, -2.5 becomes -2. */
  roundNum: (value: number) => Math.round(value),
  minVal: (a: number, b: number) => Math.min(a, b),
  maxVal: (a: number, b: number) => Math.max(a, b),
  randomDouble: () => Math.random(),
  randomWithinRange: (start: number, end: number) =>
    Math.floor(Math.random() * (end - start + 1)) + start,
};
