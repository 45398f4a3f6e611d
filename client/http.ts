/**
 * GraphQL over HTTP as AppSync serves it: a POST with the API key in the
 * `x-api-key` header. Every failure comes back as an ApiError or a
 * NetworkError, never as a half-read response.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

import { ApiError, NetworkError, type ErrorEntry } from './errors';

export interface HttpOptions {
  url: string;
  apiKey: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** See ApiErrorOptions.inputVariable. */
  inputVariable?: string;
  signal?: AbortSignal;
}

interface GraphQLBody<TData> {
  data?: TData | null;
  errors?: ErrorEntry[];
}

export type Requester = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options?: RequestOptions,
) => Promise<TData>;

export function createRequester({ url, apiKey, fetch: fetchImpl }: HttpOptions): Requester {
  const send = fetchImpl ?? globalThis.fetch.bind(globalThis);

  return async (document, variables, options = {}) => {
    const response = await post(send, url, {
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ query: printed(document), variables }),
      signal: options.signal,
    });
    const body = await readBody<GraphQLBody<never>>(response);

    if (body?.errors?.length) {
      const { inputVariable } = options;
      throw new ApiError({ entries: body.errors, status: response.status, data: body.data, inputVariable });
    }
    if (!response.ok || body?.data == null) {
      throw new ApiError({ entries: [statusEntry(response)], status: response.status });
    }
    return body.data;
  };
}

async function post(send: typeof fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await send(url, { method: 'POST', ...init });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new NetworkError(`Could not reach the API at ${url}.`, { cause: error });
  }
}

/** The JSON body, or undefined when there is none (a proxy's HTML page, say). */
async function readBody<T>(response: Response): Promise<T | undefined> {
  try {
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}

/** For an answer without error entries: AWS names the error in a header. */
function statusEntry(response: Response): ErrorEntry {
  const errorType = response.headers.get('x-amzn-ErrorType')?.split(':')[0] ?? null;
  return { message: `The API answered HTTP ${response.status} without a result.`, errorType };
}

// Printing a document walks its whole tree; each is printed once.
const printedDocuments = new WeakMap<object, string>();

export function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = print(document);
    printedDocuments.set(document, text);
  }
  return text;
}
