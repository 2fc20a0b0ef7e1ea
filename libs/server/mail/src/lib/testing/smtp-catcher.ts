import { simpleParser } from 'mailparser';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** A message the catcher received, parsed as a mail client would read it. */
export interface CaughtMail {
  /** Envelope sender and recipients (what the SMTP client said, not the headers). */
  envelopeFrom: string;
  envelopeTo: string[];
  /** The To header's addresses. */
  to: string[];
  from: string | null;
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  headers: Map<string, unknown>;
  /** The calendar part (`text/calendar; method=…`), when the message is an invitation. */
  calendar: { method: string | null; content: string } | null;
  attachments: { filename: string | null; contentType: string; content: Buffer }[];
  raw: Buffer;
  receivedAt: Date;
}

export interface SmtpCatcherOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Keep messages in `messages` (a long-running mailbox may rather only listen). */
  keepMessages?: boolean;
}

type Listener = (mail: CaughtMail) => void;
type AcceptListener = (envelope: { from: string; to: string[] }) => void;

/**
 * A real SMTP server in the test process (no TLS, no authentication) that keeps what it receives,
 * and can misbehave on demand: refuse the next messages with a 4xx, or stop listening altogether.
 */
export class SmtpCatcher {
  readonly messages: CaughtMail[] = [];
  private server: SMTPServer | null = null;
  private listeners = new Set<Listener>();
  private acceptListeners = new Set<AcceptListener>();
  private failures: { count: number; code: number; message: string } = { count: 0, code: 451, message: '' };
  private parsing = new Set<Promise<void>>();
  private refusedRecipients = new Map<string, { code: number; message: string }>();

  private constructor(
    private currentPort: number,
    private readonly host: string,
    private readonly keepMessages: boolean,
  ) {}

  static async start(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
    const catcher = new SmtpCatcher(
      options.port ?? 0,
      options.host ?? '127.0.0.1',
      options.keepMessages ?? true,
    );
    await catcher.up();
    return catcher;
  }

  get port(): number {
    return this.currentPort;
  }

  /** The URL to give the application (`config.mail.smtpUrl`). */
  get url(): string {
    return `smtp://${this.host}:${this.currentPort}`;
  }

  get isUp(): boolean {
    return this.server !== null;
  }

  /** Refuses the next `count` messages with a temporary error, as a busy server would. */
  failNext(
    count: number,
    code = 451,
    message = 'Service temporairement indisponible, réessayez plus tard',
  ): void {
    this.failures = { count, code, message };
  }

  /**
   * Refuses this recipient at RCPT TO (a 5xx: unknown mailbox; a 4xx: mailbox busy) until
   * `acceptRecipient`; the other recipients of the same message are taken.
   */
  refuseRecipient(address: string, code = 550, message = 'Boîte aux lettres inconnue'): void {
    this.refusedRecipients.set(address.toLowerCase(), { code, message });
  }

  acceptRecipient(address: string): void {
    this.refusedRecipients.delete(address.toLowerCase());
  }

  /** Stops listening: connections are refused, as when the server is down. */
  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again, on the same port. */
  async up(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 500,
      onData: (stream, session, callback) => this.receive(stream, session, callback),
      onRcptTo: (address, _session, callback) => {
        const refusal = this.refusedRecipients.get(address.address.toLowerCase());
        if (!refusal) return callback();
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.currentPort, this.host, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    // A dropped client connection must not bring the test process down.
    server.on('error', () => undefined);
    this.currentPort = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Called for every message received from now on; returns the unsubscribe function. */
  onMessage(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first message, already received or to come, that matches; rejects after `timeoutMs`. */
  waitFor(predicate: (mail: CaughtMail) => boolean, timeoutMs = 5000): Promise<CaughtMail> {
    const found = this.messages.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise<CaughtMail>((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        const seen = this.messages.map((mail) => `« ${mail.subject} » → ${mail.to.join(', ')}`).join(' ; ');
        reject(new Error(`Aucun courriel attendu reçu en ${timeoutMs} ms (reçus : ${seen || 'aucun'}).`));
      }, timeoutMs);
      const unsubscribe = this.onMessage((mail) => {
        if (!predicate(mail)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(mail);
      });
    });
  }

  /**
   * Called as each message is accepted (the 250 reply), before it is parsed; returns the
   * unsubscribe function. A catcher that keeps nothing and has no `onMessage` listener does not
   * parse at all — a benchmark counting acceptances measures the sender, not mailparser.
   */
  onAccepted(listener: AcceptListener): () => void {
    this.acceptListeners.add(listener);
    return () => this.acceptListeners.delete(listener);
  }

  /** Messages sent to an address (case-insensitive). */
  to(address: string): CaughtMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((mail) => mail.envelopeTo.includes(wanted));
  }

  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    await this.down();
    await Promise.all([...this.parsing]);
    this.listeners.clear();
    this.acceptListeners.clear();
  }

  private receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (error?: Error | null) => void,
  ): void {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (this.failures.count > 0) {
        this.failures.count -= 1;
        callback(Object.assign(new Error(this.failures.message), { responseCode: this.failures.code }));
        return;
      }
      const raw = Buffer.concat(chunks);
      // The session's envelope is reset for the next message once the callback has run.
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
      };
      // Accept first, as a real server does, then parse; `stop()` waits for the parsing.
      callback();
      for (const listener of [...this.acceptListeners]) listener(envelope);
      if (!this.keepMessages && this.listeners.size === 0) return;
      const parsing = parse(raw, envelope)
        .then((mail) => {
          if (this.keepMessages) this.messages.push(mail);
          for (const listener of [...this.listeners]) listener(mail);
        })
        .catch(() => undefined)
        .finally(() => this.parsing.delete(parsing));
      this.parsing.add(parsing);
    });
  }
}

async function parse(raw: Buffer, envelope: { from: string; to: string[] }): Promise<CaughtMail> {
  const parsed = await simpleParser(raw);
  const attachments = parsed.attachments.map((attachment) => ({
    filename: attachment.filename ?? null,
    contentType: attachment.contentType,
    content: attachment.content,
  }));
  const calendarPart = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  const contentType = calendarPart?.headers.get('content-type') as
    { params?: Record<string, string> } | undefined;
  const toHeader = [parsed.to ?? []].flat();
  return {
    envelopeFrom: envelope.from,
    envelopeTo: envelope.to,
    to: toHeader.flatMap((group) => group.value.map((address) => address.address ?? '')).filter(Boolean),
    from: parsed.from?.value[0]?.address ?? null,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || null,
    messageId: parsed.messageId ?? null,
    headers: parsed.headers,
    calendar: calendarPart
      ? {
          method: contentType?.params?.['method']?.toUpperCase() ?? null,
          content: calendarPart.content.toString('utf8'),
        }
      : null,
    attachments,
    raw,
    receivedAt: new Date(),
  };
}

/**
 * A mailbox for the demonstration: an SMTP catcher that writes each message it receives as an
 * `.eml` file in `dir`, which any mail client opens (invitations included).
 */
export async function startDemoMailbox(
  dir: string,
  options: { port?: number; host?: string; onError?: (error: Error) => void } = {},
): Promise<SmtpCatcher> {
  await mkdir(dir, { recursive: true });
  const catcher = await SmtpCatcher.start({
    port: options.port ?? 1025,
    host: options.host,
    keepMessages: false,
  });
  let sequence = 0;
  // One file per recipient, as each mailbox would hold it: a message to a batch of recipients
  // (their addresses in the envelope only) is written once for each, marked Delivered-To.
  catcher.onMessage((mail) => {
    const stamp = mail.receivedAt.toISOString().replace(/[:.]/g, '-');
    for (const recipient of mail.envelopeTo.length ? mail.envelopeTo : ['inconnu']) {
      sequence += 1;
      const slug = `${recipient}-${mail.subject}`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9@.-]+/g, '-')
        .slice(0, 80);
      const file = join(dir, `${stamp}-${String(sequence).padStart(4, '0')}-${slug}.eml`);
      const content = Buffer.concat([Buffer.from(`Delivered-To: ${recipient}\r\n`), mail.raw]);
      writeFile(file, content).catch((error: Error) => options.onError?.(error));
    }
  });
  return catcher;
}
