import type { IncomingMessage } from 'node:http';

export interface ReadBody {
  body: string;
  tooLarge: boolean;
}

/**
 * Reads a request body up to `limit` bytes. A longer body is drained
 * rather than cut off mid-stream, so the client still gets an answer on
 * the same connection instead of a reset.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;

    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => {
      resolve({ body: Buffer.concat(chunks).toString('utf8'), tooLarge });
    });
    // An aborted upload ends here; the response goes nowhere, which is fine.
    request.on('error', () => resolve({ body: '', tooLarge }));
  });
}
