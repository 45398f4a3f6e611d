/** The numbers AppSync's real-time endpoint works by. */

/** AppSync sends `ka` about once a minute; Amplify warns after 65 s. */
export const DEFAULT_KEEP_ALIVE_MS = 60_000;

/** The `connectionTimeoutMs` AppSync puts in `connection_ack`. */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 300_000;

/** Subscription payloads over 240 KB are not delivered; incoming frames likewise. */
export const MAX_MESSAGE_BYTES = 240 * 1024;

/**
 * The socket's own cap. Frames between MAX_MESSAGE_BYTES and this get an
 * `error` frame and the connection lives; past it `ws` closes with 1009
 * without buffering the rest.
 */
export const SOCKET_MAX_PAYLOAD_BYTES = 1024 * 1024;

/** The subprotocol AppSync speaks and Amplify offers first. */
export const SUBPROTOCOL = 'graphql-ws';

/**
 * Every close the server starts uses 1000. aws-appsync-subscription-link
 * reads `navigator.onLine` on any other code, which throws outside a browser.
 */
export const CLOSE_NORMAL = 1000;
