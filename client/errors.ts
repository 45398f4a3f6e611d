/**
 * The two ways a call can fail: the API answered with error entries
 * (ApiError), or it could not be reached or the connection was lost
 * (NetworkError). Callers branch on the class, then on `errorType`.
 */

/** One entry of a GraphQL `errors` array, as AppSync sends it. */
export interface ErrorEntry {
  message: string;
  /** e.g. ValidationError, NotFound, UnauthorizedException; absent for parse errors. */
  errorType?: string | null;
  errorInfo?: unknown;
  path?: ReadonlyArray<string | number> | null;
  data?: unknown;
}

/** A broken input rule, from a ValidationError's `errorInfo.violations`. */
export interface Violation {
  /** The argument path, e.g. `input.body`. */
  field: string;
  message: string;
}

export interface ApiErrorOptions {
  entries: ErrorEntry[];
  /** The HTTP status, or undefined when the error came over the WebSocket. */
  status?: number;
  /**
   * What the API returned alongside the errors. A DeliveryUnavailable
   * sendMessage still stores the message and returns it here.
   */
  data?: unknown;
  /**
   * The variable an operation's input object is passed in. AppSync names
   * only the leaf field of an invalid scalar ("Variable 'phoneNumber' has an
   * invalid value"), so this puts it back on its argument path.
   */
  inputVariable?: string;
}

export class ApiError extends Error {
  readonly entries: ErrorEntry[];
  readonly status: number | undefined;
  readonly data: unknown;
  /** The first entry's errorType, the one to branch on. */
  readonly errorType: string | undefined;
  readonly violations: Violation[];

  constructor({ entries, status, data, inputVariable }: ApiErrorOptions) {
    super(entries.map((e) => e.message).join(' ') || 'The API returned an error.');
    this.name = 'ApiError';
    this.entries = entries;
    this.status = status;
    this.data = data;
    this.errorType = entries.find((e) => e.errorType)?.errorType ?? undefined;
    this.violations = entries.flatMap((e) => violationsOf(e, inputVariable));
  }

  /** Whether any entry has this errorType. */
  is(errorType: string): boolean {
    return this.entries.some((e) => e.errorType === errorType);
  }
}

export class NetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/**
 * The violations of an error, grouped by field (`input.body` → messages).
 * Empty for anything that is not an ApiError, so a form can always call it.
 */
export function violationsByField(error: unknown): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  if (!(error instanceof ApiError)) return byField;
  for (const { field, message } of error.violations) {
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  return byField;
}

const INVALID_VARIABLE = /^Variable '([^']+)' has an invalid value\.\s*(.*)$/s;

function violationsOf(entry: ErrorEntry, inputVariable?: string): Violation[] {
  if (entry.errorType === 'ValidationError') return listedViolations(entry.errorInfo);
  if (entry.errorType || !inputVariable) return [];

  const invalid = INVALID_VARIABLE.exec(entry.message);
  if (!invalid) return [];
  const [, name, reason] = invalid;
  const field = name === inputVariable ? name : `${inputVariable}.${name}`;
  return [{ field, message: reason || entry.message }];
}

function listedViolations(errorInfo: unknown): Violation[] {
  const list = (errorInfo as { violations?: unknown } | null)?.violations;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (v): v is Violation =>
      typeof v?.field === 'string' && typeof v?.message === 'string',
  );
}
