/**
 * start and stop. A start is authorised again with its own
 * extensions.authorization, handed to the engine, and answered with
 * start_ack or error; a stop is answered with complete.
 */
import { authorize } from './auth';
import type { Connection } from './connection';
import { duplicatedOperation, protocolErrors, RealtimeProtocolError } from './errors';
import { frames } from './frames';
import { parseStartPayload, type StartRequest } from './start-request';

export async function startOperation(
  connection: Connection,
  id: string,
  payload: unknown,
): Promise<void> {
  const started = performance.now();
  const log = (fields: Record<string, unknown>) =>
    connection.logger.info('realtime.start', {
      connectionId: connection.id,
      id,
      ...fields,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });

  // The first subscription keeps working; only the second start is refused.
  if (connection.subscriptions.has(id) || connection.pending.has(id)) {
    return refuse(connection, id, duplicatedOperation(id), log);
  }

  let request: StartRequest;
  try {
    request = parseStartPayload(payload);
  } catch (error) {
    return refuse(connection, id, asProtocolError(error), log);
  }

  const headers = request.authorization ?? connection.connectHeaders;
  const authError = authorize(connection.engine, headers);
  if (authError) return refuse(connection, id, authError, log);

  const token = Symbol(id);
  connection.pending.set(id, token);
  let result: Awaited<ReturnType<Connection['engine']['prepareSubscription']>>;
  try {
    result = await connection.engine.prepareSubscription({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      headers: headers ?? {},
    });
  } catch (error) {
    connection.logger.error('realtime.engine', { connectionId: connection.id, id, error: String(error) });
    result = { errors: [protocolErrors.internal().toWire()] };
  }

  // A stop, or the socket closing, while the engine worked: nothing to answer.
  if (connection.pending.get(id) !== token || !connection.isOpen) return;
  connection.pending.delete(id);

  if ('errors' in result) {
    connection.send(frames.error(id, result.errors));
    return log({ outcome: 'error', errorTypes: result.errors.map((e) => e.errorType) });
  }

  const accepted = result.subscription;
  connection.subscriptions.set(id, { id, accepted, variables: request.variables });
  connection.send(frames.startAck(id));
  log({ outcome: 'ok', field: accepted.fieldName, arguments: Object.keys(accepted.arguments) });
}

export function stopOperation(connection: Connection, id: string): void {
  const known = connection.subscriptions.delete(id) || connection.pending.delete(id);
  connection.send(frames.complete(id));
  connection.logger.info('realtime.stop', {
    connectionId: connection.id,
    id,
    outcome: known ? 'ok' : 'unknown-id',
  });
}

function refuse(
  connection: Connection,
  id: string,
  error: RealtimeProtocolError,
  log: (fields: Record<string, unknown>) => void,
): void {
  connection.send(frames.error(id, [error.toWire()]));
  log({ outcome: 'error', errorTypes: [error.errorType] });
}

function asProtocolError(error: unknown): RealtimeProtocolError {
  return error instanceof RealtimeProtocolError ? error : protocolErrors.internal();
}
