/**
 * Error entries in AppSync's shape: message, errorType, errorInfo, path,
 * locations (with sourceName) and data. Document and variable problems
 * carry no errorType, as on AppSync.
 */
import { GraphQLError, type SourceLocation } from 'graphql';

import { ScalarParseError } from './scalars';

export interface ErrorEntry {
  message: string;
  errorType?: string | null;
  errorInfo?: unknown;
  data?: unknown;
  path: ReadonlyArray<string | number> | null;
  locations: Array<SourceLocation & { sourceName: null }> | null;
}

/** A field error raised by a resolver (util.error) or a code fault. */
export class ResolverError extends GraphQLError {
  constructor(entry: { message: string; errorType?: string; errorInfo?: unknown; data?: unknown }) {
    super(entry.message, {
      extensions: {
        errorType: entry.errorType ?? null,
        errorInfo: entry.errorInfo ?? null,
        data: entry.data ?? null,
      },
    });
    this.name = 'ResolverError';
  }
}

export function toErrorEntry(error: GraphQLError): ErrorEntry {
  const locations =
    error.locations?.map((l) => ({ line: l.line, column: l.column, sourceName: null })) ?? null;
  const original = error.originalError;
  if (original instanceof ResolverError) {
    return {
      path: error.path ?? null,
      data: original.extensions.data ?? null,
      errorType: (original.extensions.errorType as string | null) ?? null,
      errorInfo: original.extensions.errorInfo ?? null,
      locations,
      message: error.message,
    };
  }
  return { path: error.path ?? null, locations, message: wordLikeAppSync(error) };
}

/**
 * graphql-js and AppSync (graphql-java) word the same problems differently;
 * clients match on AppSync's wording for bad scalar values.
 */
function wordLikeAppSync(error: GraphQLError): string {
  const reason = findScalarReason(error);
  if (reason == null) {
    return error.message;
  }
  const variable = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?;/.exec(
    error.message,
  );
  if (variable) {
    const name = (variable[2] ?? variable[1]).split('.').pop()?.replace(/\[\d+\]$/, '');
    return `Variable '${name}' has an invalid value. ${reason}`;
  }
  return wrongType(reason);
}

/** AppSync's words for a value its scalar refuses, outside a variable. */
export function wrongType(reason: string): string {
  return `Validation error of type WrongType: ${reason}`;
}

function findScalarReason(error: GraphQLError): string | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof ScalarParseError) return current.reason;
    current = (current as { originalError?: unknown }).originalError;
  }
  const reason = error.extensions?.scalarReason;
  return typeof reason === 'string' ? reason : null;
}
