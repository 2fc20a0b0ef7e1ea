import { createServer, type AddressInfo, type Socket } from 'node:net';

/** One message as the SMTP server accepted it. */
export interface SunkMail {
  envelopeTo: string[];
  /** Without the angle brackets: `<row id>@<host>`'s inside. */
  messageId: string | null;
}

/**
 * A bare SMTP server that accepts everything and keeps the envelope and Message-ID. The suite's
 * SmtpCatcher (smtp-server) waits 100 ms before greeting each connection to catch early talkers;
 * with one connection per message that alone would make 5,000 mails last minutes.
 */
export class SmtpSink {
  readonly messages: SunkMail[] = [];
  /**
   * While `holding`, a message's end is not answered: the sender waits (its job runs) until
   * `release()`, or until it dies — a message whose connection closes meanwhile was not received.
   */
  holding = false;
  readonly held: { mail: SunkMail; socket: Socket }[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server = createServer((socket) => this.converse(socket));

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Answers the held messages whose sender is still there, and holds no more. */
  release(): void {
    this.holding = false;
    for (const { mail, socket } of this.held.splice(0))
      if (!socket.destroyed) {
        this.messages.push(mail);
        socket.write('250 OK\r\n');
      }
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private converse(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let body: string | null = null;
    let envelopeTo: string[] = [];
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (body !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          body += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          const headers = body.split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
          const mail = { envelopeTo, messageId: /^message-id:\s*<([^>]+)>/im.exec(headers)?.[1] ?? null };
          body = null;
          envelopeTo = [];
          if (this.holding) {
            this.held.push({ mail, socket });
            continue;
          }
          this.messages.push(mail);
          socket.write('250 OK\r\n');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n');
        else if (verb === 'RCPT') {
          envelopeTo.push((/<([^>]*)>/.exec(line)?.[1] ?? '').toLowerCase());
          socket.write('250 OK\r\n');
        } else if (verb === 'DATA') {
          body = '';
          socket.write('354 Go ahead\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 Bye\r\n');
          return;
        } else socket.write('250 OK\r\n');
      }
    });
  }
}
