import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** What Node's HTTP parser refuses before Express sees the request, said as Node would, in French. */
const REFUSALS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'BAD_USER_INPUT',
    message:
      'Requête trop longue : son adresse et ses en-têtes dépassent 16 ko. Pour un export, réduisez le filtre, ' +
      'ou envoyez les mêmes paramètres en formulaire (POST) à la même adresse.',
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    reason: 'Payload Too Large',
    code: 'BAD_USER_INPUT',
    message: 'Requête trop volumineuse.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'BAD_USER_INPUT',
    message: 'Requête trop lente à arriver : réessayez.',
  },
};

const MALFORMED = {
  status: 400,
  reason: 'Bad Request',
  code: 'BAD_USER_INPUT',
  message: 'Requête HTTP mal formée.',
};

/**
 * Node answers the requests its parser refuses (a query string past the 16 ko of headers: a long
 * export filter) with a bare status and no body; the user would see an empty page. This answers
 * them with the same status and a short French JSON body, as the rest of the API says its errors.
 */
export function answerClientErrorsInFrench(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A response already under way on this connection (or a socket gone): nothing can be said.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const refusal = (error.code && REFUSALS[error.code]) || MALFORMED;
    const body = JSON.stringify({ code: refusal.code, message: refusal.message });
    socket.end(
      [
        `HTTP/1.1 ${refusal.status} ${refusal.reason}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
