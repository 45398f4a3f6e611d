/**
 * The time windows the pipelines rely on. AppSync ends any request after
 * 30 seconds, which bounds how long another request can be mid-flight.
 */

/** How long a delivery lease lasts: longer than any request can run. */
export const LEASE_MS = 60_000;

/**
 * An idempotency claim older than this whose message was never stored was
 * left by a request that failed between the claim and the store: a replay
 * may then finish the work.
 */
export const ABANDONED_CLAIM_MS = 30_000;

/** How long an idempotency key is remembered (the record's TTL). */
export const IDEMPOTENCY_WINDOW_SECONDS = 24 * 60 * 60;
