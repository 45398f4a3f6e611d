/**
 * AppSync's own scalars, checked the way the service checks them, with its
 * error texts: a bad variable answers "Variable 'phone' has an invalid
 * value. Unable to parse `X` as a valid phone number."
 *
 * AppSync validates AWSPhone against real numbering plans (it rejects some
 * well-formed but unassigned numbers); this checks the form only: digit
 * groups, an optional +country code, NANP without one.
 */
import { isIP } from 'node:net';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** Marks a scalar failure so the error formatter can word it like AppSync. */
export class ScalarParseError extends GraphQLError {
  constructor(readonly reason: string) {
    super(reason, { extensions: { scalarReason: reason } });
    this.name = 'ScalarParseError';
  }
}

interface ScalarRule {
  name: string;
  /** "a valid phone number": what the value had to be. */
  what: string;
  check(value: string): boolean;
  /** For non-string scalars: how to read and emit the value. */
  kind?: 'string' | 'integer';
}

const DATE = '\\d{4}-\\d{2}-\\d{2}';
const TIME = '\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?';
const OFFSET = '(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)';
// Compiled once: every AWSDateTime a response carries is checked.
const DATE_TIME_PATTERN = new RegExp(`^${DATE}T${TIME}${OFFSET}$`);
const DATE_PATTERN = new RegExp(`^${DATE}${OFFSET}?$`);
const TIME_PATTERN = new RegExp(`^${TIME}${OFFSET}?$`);

const rules: ScalarRule[] = [
  {
    name: 'AWSDateTime',
    what: 'a valid ISO 8601 date and time with an offset',
    check: (v) => DATE_TIME_PATTERN.test(v) && validDate(v),
  },
  {
    name: 'AWSDate',
    what: 'a valid ISO 8601 date',
    check: (v) => DATE_PATTERN.test(v) && validDate(v),
  },
  {
    name: 'AWSTime',
    what: 'a valid ISO 8601 time',
    check: (v) => TIME_PATTERN.test(v),
  },
  {
    name: 'AWSTimestamp',
    what: 'a valid timestamp',
    kind: 'integer',
    check: (v) => /^-?\d+$/.test(v),
  },
  { name: 'AWSEmail', what: 'a valid email address', check: isEmail },
  { name: 'AWSPhone', what: 'a valid phone number', check: isPhone },
  { name: 'AWSJSON', what: 'a valid JSON', check: isJson },
  { name: 'AWSURL', what: 'a valid URL', check: isUrl },
  { name: 'AWSIPAddress', what: 'a valid IP address', check: isIpAddress },
];

function validDate(value: string): boolean {
  return !Number.isNaN(Date.parse(value.slice(0, 10)));
}

function isEmail(value: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(value);
}

/** Digit groups split by single spaces or hyphens, optionally +country. */
function isPhone(value: string): boolean {
  if (!/^\+?\d+([ -]\d+)*$/.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  if (value.startsWith('+')) {
    return digits.length >= 8 && digits.length <= 15 && digits[0] !== '0';
  }
  return (
    (digits.length === 10 && /^[2-9]/.test(digits)) ||
    (digits.length === 11 && digits.startsWith('1'))
  );
}

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

function isUrl(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

function isIpAddress(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  if (rest.length > 0 || isIP(address) === 0) return false;
  return prefix === undefined || /^\d{1,3}$/.test(prefix);
}

function toScalar(rule: ScalarRule): GraphQLScalarType {
  const read = (value: unknown, verb: 'parse' | 'serialize'): unknown => {
    const text =
      typeof value === 'string' || (rule.kind === 'integer' && typeof value === 'number')
        ? String(value)
        : null;
    if (text === null || !rule.check(text)) {
      const shown = typeof value === 'string' ? value : JSON.stringify(value);
      throw new ScalarParseError(`Unable to ${verb} \`${shown}\` as ${rule.what}.`);
    }
    return rule.kind === 'integer' ? Number(text) : text;
  };
  return new GraphQLScalarType({
    name: rule.name,
    serialize: (value) => read(value, 'serialize'),
    parseValue: (value) => read(value, 'parse'),
    parseLiteral: (node: ValueNode) => {
      if (node.kind === Kind.STRING || node.kind === Kind.INT) {
        return read(node.kind === Kind.INT ? Number(node.value) : node.value, 'parse');
      }
      throw new ScalarParseError(`Unable to parse a ${node.kind} as ${rule.what}.`);
    },
  });
}

export const appsyncScalars: Record<string, GraphQLScalarType> = Object.fromEntries(
  rules.map((rule) => [rule.name, toScalar(rule)]),
);
