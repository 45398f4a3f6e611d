/**
 * GraphQL over HTTP as AppSync clients send it (POST, JSON, x-api-key), on
 * one keep-alive agent so that a benchmark measures the API rather than
 * TCP set-up. node:http is used instead of fetch: it costs the shared CPU
 * less per request, and it shares the bench process with the raw calls.
 */
import { Agent, request } from 'node:http';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- scenarios read answers loosely
export interface GraphQLAnswer<T = any> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; errorType?: string | null; errorInfo?: unknown }>;
  };
}

export interface GraphQLClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as GraphQLAnswer
  send<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  close(): void;
}

export function createGraphQLClient(url: string, apiKey: string, maxSockets = 64): GraphQLClient {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const target = new URL(url);

  const send = <T>(query: string, variables: Record<string, unknown> = {}) =>
    new Promise<GraphQLAnswer<T>>((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify({ query, variables }));
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': payload.length,
            'x-api-key': apiKey,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
            } catch (error) {
              reject(new Error(`HTTP ${res.statusCode}: not JSON: ${text.slice(0, 200)}`, {
                cause: error,
              }));
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  return { send, close: () => agent.destroy() };
}
