import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { renderMail, type MailContent, type MailLocale } from './mail-layout';

export interface OutgoingMail {
  to: string;
  locale: MailLocale;
  content: MailContent;
}

type SmtpTransport = ReturnType<typeof createSmtpTransport>;
type FileTransport = ReturnType<typeof createFileTransport>;

const createSmtpTransport = (url: string) => createTransport(url);
const createFileTransport = () => createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

/**
 * Sends mail over SMTP_URL. Without it (the embedded default), each message is written as
 * an .eml file under DATA_DIR/mail/, and the log says where: open it with any mail reader.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly smtp: SmtpTransport | null;
  private readonly file: FileTransport | null;
  private readonly directory: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.smtp = config.smtpUrl ? createSmtpTransport(config.smtpUrl) : null;
    this.file = config.smtpUrl ? null : createFileTransport();
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
      headers: { 'Content-Language': mail.locale },
    };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      this.logger.log(`Mail "${rendered.subject}" sent to ${mail.to}`);
      return;
    }
    const info = await this.file!.sendMail(message);
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const path = join(this.directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(path, info.message as Buffer, { mode: 0o600 });
    this.logger.log(`Mail "${rendered.subject}" to ${mail.to} written to ${path} (no SMTP_URL)`);
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
