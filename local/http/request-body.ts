import type { IncomingMessage } from 'node:http';

/** A request the endpoint does not take, with the HTTP status to answer it with. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';
  constructor(
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
  }
}

/**
 * Reads a request body of at most `limit` bytes. A larger one is refused with a 413 BadRequestError once
 * the client has sent it all: the rest is read and dropped rather than kept, so the client, which is still
 * sending, gets the answer instead of a reset connection. A request closed before its end is refused with
 * 400. It rejects with a BadRequestError only. The stream's events, rather than an async iterator: this runs on every request, and the iterator's
 * machinery cost more than the rest of a small request's reading.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > limit) reject(new BadRequestError(`The request body is larger than ${limit} bytes.`, 413));
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    // A client that goes away mid-body makes the request emit `error` ("aborted"), then `close`.
    request.on('error', () => reject(cutShort()));
    request.on('close', () => {
      if (!request.complete) reject(cutShort());
    });
  });
}

function cutShort(): BadRequestError {
  return new BadRequestError('The request was closed before its body was read.');
}
