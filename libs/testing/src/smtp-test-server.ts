import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header names lower-cased, values as parsed by mailparser (strings for plain headers). */
  headers: Map<string, unknown>;
  raw: string;
}

/**
 * A real SMTP server on a free loopback port that keeps every message it receives, for
 * tests of code that sends mail. No authentication, no TLS: loopback only.
 */
export class SmtpTestServer {
  readonly messages: ReceivedMail[] = [];
  /** Recipients refused at RCPT TO, with how many more times. */
  private readonly refusals = new Map<string, { times: number; message: string }>();
  private readonly waiters = new Set<() => void>();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpTestServer> {
    // Set once the instance exists, below: the server is created first.
    // eslint-disable-next-line prefer-const
    let received: ((mail: ReceivedMail) => void) | undefined;
    // eslint-disable-next-line prefer-const
    let refusalFor: ((address: string) => string | null) | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      // The api keeps a pool of open connections: closing tells them 421 and ends them at
      // once, as a restarting mail server does, instead of waiting 30 s for them to leave.
      closeTimeout: 200,
      onRcptTo(address, _session, callback) {
        const refusal = refusalFor?.(address.address);
        if (!refusal) return callback();
        const error = new Error(refusal) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              received?.({
                to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                headers: parsed.headers,
                raw,
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.server.address() as AddressInfo).port;
    const instance = new SmtpTestServer(server, port);
    received = (mail) => instance.receive(mail);
    refusalFor = (address) => instance.refusalFor(address);
    return instance;
  }

  /** For SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages whose envelope names this recipient (case-insensitive). */
  to(address: string): ReceivedMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((m) => m.to.includes(wanted));
  }

  /** The first message (received already or within the timeout) that matches. */
  async waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs = 5000): Promise<ReceivedMail> {
    const found = () => this.messages.find(match);
    const already = found();
    if (already) return already;
    return new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const mail = found();
        if (!mail) return;
        cleanUp();
        resolve(mail);
      };
      const timer = setTimeout(() => {
        cleanUp();
        reject(
          new Error(`No matching mail within ${timeoutMs} ms; received: ${this.messages.map((m) => `${m.to.join(',')} "${m.subject}"`).join('; ') || 'none'}`),
        );
      }, timeoutMs);
      const cleanUp = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** The `n`-th message (1-based) to this address, waiting for it when it has not come yet. */
  async nthTo(address: string, n: number, timeoutMs?: number): Promise<ReceivedMail> {
    const wanted = address.toLowerCase();
    await this.waitFor(() => this.to(wanted).length >= n, timeoutMs);
    return this.to(wanted)[n - 1];
  }

  /** The latest message to this address, waiting for it when none has come yet. */
  async lastTo(address: string, timeoutMs?: number): Promise<ReceivedMail> {
    const count = this.to(address).length;
    if (count > 0) return this.to(address)[count - 1];
    return this.waitFor((m) => m.to.includes(address.toLowerCase()), timeoutMs);
  }

  /**
   * Refuses mail to this address at RCPT TO (a 550 with `message`), the next `times` times
   * (always by default): a mailbox that does not exist, a server that rejects a recipient.
   */
  refuse(address: string, times = Number.POSITIVE_INFINITY, message = 'Mailbox unavailable'): void {
    this.refusals.set(address.toLowerCase(), { times, message });
  }

  private refusalFor(address: string): string | null {
    const refusal = this.refusals.get(address.toLowerCase());
    if (!refusal || refusal.times <= 0) return null;
    refusal.times -= 1;
    return refusal.message;
  }

  /** Forgets the messages received so far. */
  clear(): void {
    this.messages.length = 0;
  }

  /** Stops listening (again: no effect); mail sent to it from then on is refused. */
  close(): Promise<void> {
    this.closing ??= new Promise((resolve) => this.server.close(() => resolve()));
    return this.closing;
  }

  private receive(mail: ReceivedMail): void {
    this.messages.push(mail);
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\S*`).exec(mail.text);
  if (!match) throw new Error(`No link starting with ${prefix} in:\n${mail.text}`);
  return match[0];
}
