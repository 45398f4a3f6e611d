/**
 * `util.error`, `util.appendError`, `util.unauthorized` and
 * `util.authType`: the utils that read or change the running handler.
 */
import { currentInvocation } from '../invocation';
import { FieldErrorSignal } from '../signals';
import type { ErrorEntry } from '../types';

function entry(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): ErrorEntry {
  return {
    message: String(message),
    errorType: errorType ?? null,
    data: data ?? null,
    errorInfo: errorInfo ?? null,
  };
}

export function error(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): never {
  throw new FieldErrorSignal(entry(message, errorType, data, errorInfo));
}

export function appendError(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): void {
  currentInvocation('util.appendError').appendedErrors.push(entry(message, errorType, data, errorInfo));
}

/** The message and type AppSync gives a field the caller may not read. */
export function unauthorized(): never {
  const info = (currentInvocation('util.unauthorized').ctx.info ?? {}) as Record<string, unknown>;
  const message = `Not Authorized to access ${String(info.fieldName)} on type ${String(info.parentTypeName)}`;
  throw new FieldErrorSignal(entry(message, 'Unauthorized'));
}

/**
 * Infers the authorization mode from the identity's shape, since the
 * offline runtime passes an identity rather than a mode: IAM identities
 * carry an account, Cognito ones a sub and groups, OIDC ones a sub only,
 * Lambda ones a resolverContext, and API-key requests no identity.
 */
export function authType(): string {
  const identity = currentInvocation('util.authType').ctx.identity as Record<string, unknown> | null | undefined;
  if (!identity) return 'API Key Authorization';
  if (Object.hasOwn(identity, 'accountId')) return 'IAM Authorization';
  if (Object.hasOwn(identity, 'resolverContext')) return 'Lambda Authorization';
  if (Object.hasOwn(identity, 'groups') || Object.hasOwn(identity, 'username')) {
    return 'User Pool Authorization';
  }
  return 'Open ID Connect Authorization';
}
