/**
 * One client's WebSocket: the connection_init handshake and its timers, the
 * routing of each frame, and the clean-up when either side closes.
 */
import { randomUUID } from 'node:crypto';

import { WebSocket, type RawData } from 'ws';

import type { Logger } from '../log';
import type { ConnectHeaders } from './auth';
import { parseClientFrame, type ClientFrame } from './client-frames';
import { deliveryFor, type ActiveSubscription } from './delivery';
import { protocolErrors, type RealtimeProtocolError } from './errors';
import { frames } from './frames';
import { CLOSE_NORMAL } from './limits';
import { startOperation, stopOperation } from './operations';
import type { Headers, MutationEvent, SubscriptionEngine } from './types';

export interface ConnectionSettings {
  keepAliveMs: number;
  connectionTimeoutMs: number;
  connectionInitTimeoutMs: number;
}

export interface ConnectionOptions {
  socket: WebSocket;
  engine: SubscriptionEngine;
  logger: Logger;
  settings: ConnectionSettings;
  auth: ConnectHeaders;
  /** Set when the connect headers failed: answered on the first frame. */
  authError: RealtimeProtocolError | undefined;
}

/** If a close handshake stalls, the socket is destroyed after this long. */
const CLOSE_GRACE_MS = 2_000;

export class Connection {
  readonly id = randomUUID();
  readonly engine: SubscriptionEngine;
  readonly logger: Logger;
  readonly subscriptions = new Map<string, ActiveSubscription>();
  /** start ids waiting for the engine, each with a token a stop revokes. */
  readonly pending = new Map<string, symbol>();
  /** Resolves once the socket is closed and everything is released. */
  readonly closed: Promise<void>;

  private readonly socket: WebSocket;
  private readonly settings: ConnectionSettings;
  private readonly auth: ConnectHeaders;
  private readonly authError: RealtimeProtocolError | undefined;
  private readonly openedAt = performance.now();
  private initialised = false;
  private isClosed = false;
  private timers: NodeJS.Timeout[] = [];
  private keepAlive: NodeJS.Timeout | undefined;

  constructor(options: ConnectionOptions) {
    this.socket = options.socket;
    this.engine = options.engine;
    this.logger = options.logger;
    this.settings = options.settings;
    this.auth = options.auth;
    this.authError = options.authError;

    let resolveClosed: () => void = () => {};
    this.closed = new Promise((resolve) => (resolveClosed = resolve));
    this.socket.on('message', (raw: RawData, isBinary: boolean) => this.onMessage(raw, isBinary));
    this.socket.on('error', (error: Error) => this.logError(undefined, 'SocketError', error.message));
    this.socket.on('close', (code: number) => {
      this.release(code);
      resolveClosed();
    });

    const initTimeout = this.settings.connectionInitTimeoutMs;
    this.later(initTimeout, () => {
      if (!this.initialised) this.fail(this.authError ?? protocolErrors.initTimeout(initTimeout));
    });
  }

  get isInitialised(): boolean {
    return this.initialised;
  }

  get isOpen(): boolean {
    return !this.isClosed && this.socket.readyState === WebSocket.OPEN;
  }

  /** The connect headers: a start without its own authorization uses these. */
  get connectHeaders(): Headers | undefined {
    return this.auth.headers;
  }

  send(text: string): void {
    if (this.isOpen) this.socket.send(text);
  }

  sendError(id: string | undefined, error: RealtimeProtocolError): void {
    this.send(frames.error(id, [error.toWire()]));
    this.logError(id, error.errorType, error.message);
  }

  publish(event: MutationEvent): void {
    for (const subscription of this.subscriptions.values()) {
      const delivery = deliveryFor(subscription, event);
      if (delivery.outcome === 'send') this.send(delivery.frame);
      if (delivery.outcome === 'too-large') {
        this.logger.error('realtime.data', {
          connectionId: this.id,
          id: subscription.id,
          mutation: event.fieldName,
          outcome: 'dropped',
          reason: 'payload over 240 KB',
          bytes: delivery.bytes,
        });
      }
    }
  }

  /** A close the server starts: AppSync-like, code 1000. */
  close(reason = ''): Promise<void> {
    if (this.isClosed) return this.closed;
    if (this.socket.readyState === WebSocket.OPEN) this.socket.close(CLOSE_NORMAL, reason);
    this.later(CLOSE_GRACE_MS, () => this.socket.terminate());
    return this.closed;
  }

  private onMessage(raw: RawData, isBinary: boolean): void {
    if (!this.isOpen) return;
    if (this.authError) return this.fail(this.authError);

    const parsed = parseClientFrame(raw, isBinary);
    if ('error' in parsed) return this.sendError(parsed.id, parsed.error);
    this.route(parsed.frame);
  }

  private route(frame: ClientFrame): void {
    switch (frame.type) {
      case 'connection_init':
        return this.acknowledge();
      case 'start':
        if (!this.initialised) return this.sendError(frame.id, protocolErrors.notInitialised());
        void startOperation(this, frame.id, frame.payload);
        return;
      case 'stop':
        return stopOperation(this, frame.id);
    }
  }

  /** connection_ack, then a ka at once and every keepAliveMs, as AppSync does. */
  private acknowledge(): void {
    this.send(frames.connectionAck(this.settings.connectionTimeoutMs));
    if (this.initialised) return;

    this.initialised = true;
    this.send(frames.keepAlive());
    this.keepAlive = setInterval(() => this.send(frames.keepAlive()), this.settings.keepAliveMs);
  }

  /** connection_error, then close: the connection cannot go on. */
  private fail(error: RealtimeProtocolError): void {
    this.send(frames.connectionError([error.toWire()]));
    this.logError(undefined, error.errorType, error.message);
    void this.close(error.errorType);
  }

  private later(ms: number, run: () => void): void {
    this.timers.push(setTimeout(run, ms));
  }

  private release(code: number): void {
    if (this.isClosed) return;
    this.isClosed = true;
    clearInterval(this.keepAlive);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];

    this.logger.info('realtime.disconnect', {
      connectionId: this.id,
      code,
      subscriptions: this.subscriptions.size,
      durationMs: Math.round(performance.now() - this.openedAt),
    });
    this.subscriptions.clear();
    this.pending.clear();
  }

  private logError(id: string | undefined, errorType: string, message: string): void {
    this.logger.error('realtime.error', { connectionId: this.id, id, errorType, message });
  }
}
