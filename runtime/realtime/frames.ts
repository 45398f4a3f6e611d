/**
 * The frames the server sends, field for field as AppSync sends them.
 * Each builder returns the JSON text, ready for the socket.
 */
import type { WireError } from './types';

export const frames = {
  connectionAck: (connectionTimeoutMs: number) =>
    JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs } }),

  keepAlive: () => KEEP_ALIVE,

  startAck: (id: string) => JSON.stringify({ id, type: 'start_ack' }),

  data: (id: string, data: Record<string, unknown>) =>
    JSON.stringify({ id, type: 'data', payload: { data } }),

  complete: (id: string) => JSON.stringify({ id, type: 'complete' }),

  /** An error about one operation; id is absent when the frame had none. */
  error: (id: string | undefined, errors: WireError[]) =>
    JSON.stringify(id === undefined ? { type: 'error', payload: { errors } } : {
      id,
      type: 'error',
      payload: { errors },
    }),

  connectionError: (errors: WireError[]) =>
    JSON.stringify({ type: 'connection_error', payload: { errors } }),
};

const KEEP_ALIVE = JSON.stringify({ type: 'ka' });
