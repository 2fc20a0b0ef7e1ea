import { createServer, Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { answerClientErrorsInFrench } from './client-errors';

/** What a raw client reads back for `request`, the connection closed by the server. */
function exchange(server: Server, request: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('Requests Node’s parser refuses', () => {
  let server: Server;
  beforeAll(async () => {
    server = createServer({ maxHeaderSize: 1024 }, (_req, res) => res.end('ok'));
    answerClientErrorsInFrench(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const parts = (raw: string) => {
    const [head, body] = raw.split('\r\n\r\n');
    return { status: head.split('\r\n')[0], headers: head.toLowerCase(), body: JSON.parse(body) };
  };

  it('answer headers past the limit with a 431 and a French JSON body', async () => {
    const answer = parts(
      await exchange(server, `GET /exports/cases.csv?filter=${'x'.repeat(2000)} HTTP/1.1\r\nHost: a\r\n\r\n`),
    );
    expect(answer.status).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(answer.headers).toContain('content-type: application/json; charset=utf-8');
    expect(answer.body).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Requête trop longue/),
    });
  });

  it('answer a malformed request with a 400 said in French', async () => {
    const answer = parts(await exchange(server, 'PAS DU HTTP\r\n\r\n'));
    expect(answer.status).toBe('HTTP/1.1 400 Bad Request');
    expect(answer.body).toEqual({ code: 'BAD_USER_INPUT', message: 'Requête HTTP mal formée.' });
  });

  it('still serve the requests that are sound', async () => {
    expect(await exchange(server, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 200 OK[\s\S]*ok$/,
    );
  });
});
