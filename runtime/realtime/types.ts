/**
 * The contract between the real-time endpoint and the GraphQL engine, and the
 * endpoint's own public shape. The engine parses and authorises; this folder
 * speaks AppSync's WebSocket protocol and fans mutations out to subscribers.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

import type { FragmentDefinitionNode, SelectionSetNode } from 'graphql';

import type { Logger } from '../log';

/** Request headers as AppSync sees them: names lower-cased. */
export type Headers = Record<string, string | undefined>;

/** One entry of an `error` or `connection_error` frame's `payload.errors`. */
export interface WireError {
  errorType: string;
  message: string;
  errorCode?: number;
}

export interface SubscriptionRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  headers: Headers;
}

export interface SubscriptionEngine {
  /** true if this API key is valid. */
  isAuthorized(headers: Headers): boolean;
  /**
   * Parses/validates the subscription document against the schema (must be a
   * single subscription operation) and runs the field's subscription resolver.
   * Returns the errors to send in an `error` frame, or the accepted
   * subscription.
   */
  prepareSubscription(
    request: SubscriptionRequest,
  ): Promise<{ errors: WireError[] } | { subscription: AcceptedSubscription }>;
}

export interface AcceptedSubscription {
  /** e.g. 'onMessageSent' */
  fieldName: string;
  /** The response key: the alias, or the field name. */
  alias: string;
  /** Argument values as given: omitted ones absent, explicit null present. */
  arguments: Record<string, unknown>;
  /** From @aws_subscribe(mutations: [...]). */
  mutations: string[];
  /** The subscriber's selection set on the field. */
  selection: SelectionSetNode;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** What the engine publishes after a mutation field returns without error. */
export interface MutationEvent {
  /** e.g. 'sendMessage' */
  fieldName: string;
  /**
   * The mutation field's result exactly as the mutation's own selection set
   * shaped it (the response data for that field).
   */
  data: Record<string, unknown> | null;
}

export interface RealtimeServerOptions {
  engine: SubscriptionEngine;
  /**
   * How often a `ka` frame is sent after `connection_ack`.
   * @default 60000, AppSync's cadence (Amplify warns after 65 s without one)
   */
  keepAliveMs?: number;
  /**
   * Sent in `connection_ack`: how long a client waits for a `ka` before it
   * drops the connection.
   * @default 300000
   */
  connectionTimeoutMs?: number;
  /**
   * How long a connection may stay open without `connection_init` before the
   * server closes it.
   * @default connectionTimeoutMs
   */
  connectionInitTimeoutMs?: number;
  /** @default a logger that writes nothing */
  logger?: Logger;
}

export interface RealtimeStats {
  /** Open WebSocket connections, initialised or not. */
  connections: number;
  /** Subscriptions that have been acknowledged and receive data. */
  subscriptions: number;
  /** `start`s still waiting for the engine. */
  pendingStarts: number;
}

export interface RealtimeServer {
  /**
   * For a node http server's 'upgrade' event. Takes `/graphql/realtime`, and
   * `/graphql` when the request carries the real-time header or subprotocol.
   * Returns false, leaving the socket untouched, for any other upgrade.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Delivers a mutation's result to every matching subscription. */
  publish(event: MutationEvent): void;
  /** Closes every connection (code 1000) and clears every timer. */
  close(): Promise<void>;
  stats(): RealtimeStats;
}
