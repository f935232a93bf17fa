import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { renderMail, type MailContent, type MailLocale } from './mail-layout';

export interface OutgoingMail {
  to: string;
  locale: MailLocale;
  content: MailContent;
  /** Files sent with the message (an .ics invitation). */
  attachments?: MailAttachment[];
  /** Extra headers (a stable Message-ID, for instance). */
  headers?: Record<string, string>;
}

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** With its parameters: `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
}

type SmtpTransport = ReturnType<typeof createSmtpTransport>;
type Composer = ReturnType<typeof createComposer>;

/**
 * A pool of up to five connections: a convocation to two thousand members sends them one
 * after another on open connections rather than opening one per message.
 */
const createSmtpTransport = (url: string) => createTransport({ url, pool: true, maxConnections: 5, maxMessages: 500 } as Parameters<typeof createTransport>[0]);
/** Composes a message into a Buffer: CRLF line ends for SMTP, LF for an .eml file. */
const createComposer = (newline: 'windows' | 'unix') => createTransport({ streamTransport: true, buffer: true, newline });

/**
 * Sends mail over SMTP_URL. Without it (the embedded default), each message is written as
 * an .eml file under DATA_DIR/mail/, and the log says where: open it with any mail reader.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private readonly smtp: SmtpTransport | null;
  private readonly composer: Composer;
  private readonly directory: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.smtp = config.smtpUrl ? createSmtpTransport(config.smtpUrl) : null;
    // Also with SMTP: the message is composed in memory first, then written to the
    // connection in one piece rather than in many small writes.
    this.composer = createComposer(config.smtpUrl ? 'windows' : 'unix');
    this.directory = join(resolve(config.dataDir), 'mail');
  }

  /** Sends one message; it throws when the SMTP server refuses it. */
  async send(mail: OutgoingMail): Promise<void> {
    const rendered = renderMail(mail.content, mail.locale);
    const message = {
      from: this.config.mailFrom,
      to: mail.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      headers: { ...mail.headers, 'Content-Language': mail.locale },
      attachments: mail.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    };
    const composed = await this.composer.sendMail(message);
    if (this.smtp) {
      await this.smtp.sendMail({ envelope: composed.envelope, raw: composed.message });
      this.logger.log(`Mail "${rendered.subject}" sent to ${mail.to}`);
      return;
    }
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const path = join(this.directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(path, composed.message as Buffer, { mode: 0o600 });
    this.logger.log(`Mail "${rendered.subject}" to ${mail.to} written to ${path} (no SMTP_URL)`);
  }

  /** After every module's own destroy hook: the job queue's last messages go out first. */
  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
