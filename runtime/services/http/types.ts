import type { IncomingHttpHeaders } from 'node:http';

/** A request as a local service sees it: fully read, never streamed. */
export interface HttpRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text, cut at the size limit. */
  body: string;
  /** True when the body was longer than the limit and was cut. */
  bodyTooLarge: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Answers one request. It may throw; the server then answers 500. */
export type HttpHandler = (request: HttpRequest) => HttpResponse;

export interface HttpServiceOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** Address to listen on. @default '127.0.0.1' (loopback only) */
  host?: string;
  /** Longest body read before a request counts as too large. @default 16 MiB */
  maxBodyBytes?: number;
}

export interface HttpService {
  /** Base URL to hand an AWS SDK client as `endpoint`. */
  readonly endpoint: string;
  /** Stops listening, ends every open connection, then resolves. */
  close(): Promise<void>;
}
