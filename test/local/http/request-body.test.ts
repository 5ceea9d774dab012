import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { BadRequestError, readBody } from '../../../local/http/request-body';

const LIMIT = 16;

describe('readBody', () => {
  let server: Server;
  let url: string;
  /** What the server's readBody ended with, for the request it got last. */
  let outcome: Promise<Buffer>;

  beforeAll(async () => {
    server = createServer((request, response) => {
      outcome = readBody(request, LIMIT);
      outcome.then(
        (body) => response.end(`read:${body.toString('utf8')}`),
        (error: unknown) => response.writeHead(error instanceof BadRequestError ? error.statusCode : 500).end(String(error)),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads a body up to the limit, whatever its chunks', async () => {
    const response = await fetch(url, { method: 'POST', body: 'x'.repeat(LIMIT) });
    expect(await response.text()).toBe(`read:${'x'.repeat(LIMIT)}`);
  });

  it('refuses a larger body with 413, and the client gets the answer', async () => {
    const response = await fetch(url, { method: 'POST', body: 'y'.repeat(LIMIT * 1000) });
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(`BadRequestError: The request body is larger than ${LIMIT} bytes.`);
  });

  it('refuses with 400 a request closed before its body ends', async () => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nabc');
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await expect(outcome).rejects.toEqual(new BadRequestError('The request was closed before its body was read.'));
    await expect(outcome).rejects.toMatchObject({ statusCode: 400 });
  });
});
