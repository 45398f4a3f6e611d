/**
 * The errorTypes this API answers with. Clients branch on these strings, so
 * they are part of the contract and documented in the README.
 */
export const ErrorType = {
  /** The request breaks a rule; errorInfo.violations names each field. */
  Validation: 'ValidationError',
  /** The message named by the request does not exist. */
  NotFound: 'NotFound',
  /** The request clashes with stored state (idempotency key, delivery). */
  Conflict: 'Conflict',
  /** The message is stored, but the delivery function could not run. */
  DeliveryUnavailable: 'DeliveryUnavailable',
  /** The table failed; what the message says was not done. */
  Internal: 'InternalError',
} as const;

/** One broken rule: which argument, and what would be right. */
export interface Violation {
  field: string;
  message: string;
}
