/**
 * A NONE data source does no I/O: the request's `payload` comes back as
 * the result, so a function can compute a value in its request handler and
 * read it as `ctx.result` in its response handler.
 */
import type { DataSourceResult } from './types';

export function invokeNoneDataSource(request: unknown): DataSourceResult {
  const payload = (request as { payload?: unknown } | null)?.payload;
  return { result: payload ?? null };
}
