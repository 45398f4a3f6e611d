/**
 * Reads one message from a client into a typed frame, or the protocol error
 * to answer it with. Nothing a client sends can throw past this point.
 */
import type { RawData } from 'ws';

import { protocolErrors, RealtimeProtocolError, unsupportedType } from './errors';
import { MAX_MESSAGE_BYTES } from './limits';

export type ClientFrame =
  | { type: 'connection_init' }
  | { type: 'start'; id: string; payload: unknown }
  | { type: 'stop'; id: string };

export type ParsedFrame =
  | { frame: ClientFrame }
  | { error: RealtimeProtocolError; id?: string };

export function parseClientFrame(raw: RawData, isBinary: boolean): ParsedFrame {
  if (isBinary) return { error: protocolErrors.binary() };

  const bytes = byteLength(raw);
  if (bytes > MAX_MESSAGE_BYTES) return { error: protocolErrors.tooLarge(MAX_MESSAGE_BYTES) };

  let message: unknown;
  try {
    message = JSON.parse(rawText(raw));
  } catch {
    return { error: protocolErrors.notJson() };
  }
  if (!isRecord(message) || typeof message.type !== 'string') {
    return { error: protocolErrors.notObject() };
  }

  return toFrame(message.type, message);
}

function toFrame(type: string, message: Record<string, unknown>): ParsedFrame {
  const id = typeof message.id === 'string' && message.id.length > 0 ? message.id : undefined;
  switch (type) {
    case 'connection_init':
      return { frame: { type } };
    case 'start':
      if (!id) return { error: protocolErrors.missingId(type) };
      return { frame: { type, id, payload: message.payload } };
    case 'stop':
      if (!id) return { error: protocolErrors.missingId(type) };
      return { frame: { type, id } };
    default:
      return { error: unsupportedType(type), id };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function byteLength(raw: RawData): number {
  if (Array.isArray(raw)) return raw.reduce((sum, part) => sum + part.length, 0);
  return raw instanceof ArrayBuffer ? raw.byteLength : raw.length;
}

function rawText(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return Buffer.from(raw as ArrayBuffer).toString('utf8');
}
