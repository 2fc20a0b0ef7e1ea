import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@continuum/server/platform';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { MailMessageEntity } from './mail-message.entity';

/** The SMTP side: one message out, or an error that says whether trying again can help. */
@Injectable()
export class MailSender implements BeforeApplicationShutdown {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // One connection per message (no pool): nothing stays open between mails, and a server that
    // comes back is used at once. Timeouts are short so a hung server cannot hold a worker slot.
    this.transport = createTransport({
      url: config.mail.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
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

  /** After the worker has finished the mails it was sending. */
  beforeApplicationShutdown(): void {
    this.transport.close();
  }
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
