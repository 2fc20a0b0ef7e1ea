import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, QUEUES } from '@continuum/server/platform';
import { createTransport, type Transporter } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { connect, type Socket } from 'node:net';
import type { MailMessageEntity } from './mail-message.entity';

/** The SMTP side: one message out, or an error that says whether trying again can help. */
@Injectable()
export class MailSender implements BeforeApplicationShutdown {
  private readonly transport: Transporter<SMTPPool.SentMessageInfo>;
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A small pool, one connection per mail the worker sends at once: a burst (an alert to
    // thousands) reuses a few connections instead of paying the connection, greeting and EHLO for
    // every message; a connection that breaks is replaced by a new one for the next message, and
    // one left idle closes at the socket timeout. Timeouts are short so a hung server cannot hold
    // a worker slot.
    const pool: SMTPPool.Options & { maxRequeues: number } = {
      // Nodemailer ignores every other option when given `url`: the URL is read here instead.
      ...smtpEndpoint(config.mail.smtpUrl),
      pool: true,
      maxConnections: QUEUES.mail.concurrency,
      maxMessages: 1000,
      // A message whose connection closes is tried once more on a fresh one (the server may have
      // closed an idle connection), then fails to the worker, whose retries wait with backoff and
      // show on the row — by default the pool would try again at once, forever, while it is down.
      // (In nodemailer's pool, not in its type definitions.)
      maxRequeues: 1,
      getSocket: openSocket,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    };
    this.transport = createTransport(pool);
    this.messageIdDomain = hostOf(config.publicUrl);
  }

  /** Sends the row's message; resolves with the Message-ID the server accepted. */
  async send(mail: MailMessageEntity): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.mail.from,
      to: mail.toName ? { name: mail.toName, address: mail.toAddress } : mail.toAddress,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? undefined,
      icalEvent: mail.ics ? { method: mail.icsMethod ?? 'REQUEST', content: mail.ics } : undefined,
      // Derived from the row: if a crash makes us send a message twice, clients see one message.
      messageId: `<${mail.id}@${this.messageIdDomain}>`,
      // RFC 3834: out-of-office replies must not answer a platform's mail.
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    return info.messageId;
  }

  /**
   * Sends one message to every row of a batch (rows that share their subject and text): each
   * address is a recipient of the envelope only, as in Bcc, and the To header names no one
   * (« Destinataires de l’alerte »). Resolves with the Message-ID and the addresses the server
   * refused, each with its error; throws when the message as a whole was not accepted — unless
   * the server refused every recipient, which resolves with them all refused.
   */
  async sendBatch(
    batchId: string,
    content: { subject: string; text: string },
    addresses: string[],
  ): Promise<BatchOutcome> {
    const messageId = `<${batchId}@${this.messageIdDomain}>`;
    try {
      const info = await this.transport.sendMail({
        from: this.config.mail.from,
        headers: { To: `${BATCH_TO_HEADER}:;`, 'Auto-Submitted': 'auto-generated' },
        envelope: { from: this.senderAddress, to: addresses },
        subject: content.subject,
        text: content.text,
        messageId,
      });
      return { messageId: info.messageId, refused: refusals(info) };
    } catch (error) {
      const refused = refusals(error);
      if (refused.length > 0 && refused.length >= addresses.length) return { messageId, refused };
      throw error;
    }
  }

  private get senderAddress(): string {
    const [first] = addressparser(this.config.mail.from, { flatten: true });
    return first?.address || this.config.mail.from;
  }

  /** After the worker has finished the mails it was sending. */
  beforeApplicationShutdown(): void {
    this.transport.close();
  }
}

/** The To header of a message sent to a batch: an empty group, so that no one sees the others. */
export const BATCH_TO_HEADER = 'Destinataires de l’alerte';

/** What became of a batch's message: its Message-ID and the recipients the server refused. */
export interface BatchOutcome {
  messageId: string;
  refused: { address: string; error: Error & { responseCode?: number } }[];
}

/** The recipients refused at RCPT TO, from nodemailer's result or its « all refused » error. */
function refusals(result: unknown): BatchOutcome['refused'] {
  const errors = (result as { rejectedErrors?: unknown } | null)?.rejectedErrors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: Error & { recipient?: unknown; responseCode?: number }) =>
    typeof error?.recipient === 'string' ? [{ address: error.recipient, error }] : [],
  );
}

/**
 * The connection to the SMTP server, opened here to turn Nagle's algorithm off: a message goes
 * out in several writes, and without this each one waited for the server's delayed ACK — about
 * 40 ms a message, most of its time on a nearby server. Nodemailer takes it as already open (and
 * upgrades it itself for `smtps:`). When it cannot be opened, nodemailer is left to connect on its
 * own: its attempt fails the same way and is reported through the pool, which then frees the slot
 * (an error handed back from here would leave the pool with a slot that never frees, and once all
 * are taken, mail waiting forever).
 */
function openSocket(
  options: SMTPPool.Options,
  callback: (error: Error | null, socket?: { connection: Socket } | false) => void,
): void {
  const socket = connect({
    host: options.host ?? 'localhost',
    port: options.port ?? (options.secure ? 465 : 587),
    noDelay: true,
  });
  const timer = setTimeout(() => socket.destroy(), options.connectionTimeout ?? 10_000);
  let answered = false;
  const failed = () => {
    clearTimeout(timer);
    socket.destroy();
    if (answered) return;
    answered = true;
    callback(null, false);
  };
  socket.once('error', failed);
  socket.once('close', failed);
  socket.once('connect', () => {
    clearTimeout(timer);
    socket.off('error', failed);
    socket.off('close', failed);
    answered = true;
    callback(null, { connection: socket });
  });
}

/**
 * Where and how to connect, from `smtp://[user:password@]host[:port][?option=value…]` or
 * `smtps://…` (TLS from the start), read by nodemailer's own URL parser (query options such as
 * `requireTLS=true` or `tls.rejectUnauthorized=false`). Another scheme is refused at start-up.
 */
export function smtpEndpoint(url: string): Omit<SMTPPool.Options, 'pool'> {
  const { protocol } = new URL(url);
  if (protocol !== 'smtp:' && protocol !== 'smtps:')
    throw new Error(`Adresse du serveur SMTP invalide : « ${protocol} » au lieu de smtp: ou smtps:.`);
  return parseConnectionUrl(url);
}

/**
 * A 5xx reply is the server's final word (unknown mailbox, refused relay): retrying for an hour
 * would not change it, so the row fails at once and the secretary sees it. Everything else — a
 * 4xx, a refused connection, a timeout — is worth another attempt.
 */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** What the row and the log keep of an error: one short line. */
export function describeSmtpError(error: unknown): string {
  const { message, code, responseCode } = (error ?? {}) as {
    message?: string;
    code?: string;
    responseCode?: number;
  };
  const prefix = [responseCode, code].filter((part) => part !== undefined && part !== '').join(' ');
  const text = (message ?? String(error)).replace(/\s+/g, ' ').trim();
  return (prefix && !text.includes(String(prefix)) ? `${prefix} ${text}` : text).slice(0, 300);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'continuum.localhost';
  } catch {
    return 'continuum.localhost';
  }
}
