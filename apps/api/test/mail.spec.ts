import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { startTestApp, type TestApp } from './support';
import { Mailer } from '../src/core/mail/mailer.service';

const CONTENT = {
  subject: 'Votre convocation <AG>',
  greeting: 'Bonjour Léa,',
  paragraphs: ["L'assemblée générale se tient le 3 mars & vous y êtes attendue."],
  action: { label: 'Répondre', url: 'http://localhost:3000/reply#secret' },
  footer: ['Collegial'],
};

describe('mail over SMTP', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('sends a French plain-text and HTML message over SMTP_URL, with its language, every value escaped in the HTML', async () => {
    await api.app.get(Mailer).send({ to: 'Lea.Roux@example.org', locale: 'fr', content: CONTENT });
    const mail = await api.mailbox.lastTo('lea.roux@example.org');
    expect(mail.subject).toBe('Votre convocation <AG>');
    expect(mail.from).toBe('no-reply@collegial.localhost');
    expect(mail.headers.get('content-language')).toBe('fr');
    expect(mail.text).toContain("L'assemblée générale se tient le 3 mars & vous y êtes attendue.");
    expect(mail.text).toContain('Répondre :\nhttp://localhost:3000/reply#secret');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('le 3 mars &amp; vous');
    expect(mail.html).toContain('<title>Votre convocation &lt;AG&gt;</title>');
    expect(mail.html).toContain('href="http://localhost:3000/reply#secret"');
  });

  it('a refusing SMTP server makes the send fail, not vanish', async () => {
    const broken = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      await expect(broken.app.get(Mailer).send({ to: 'x@example.org', locale: 'en', content: CONTENT })).rejects.toThrow();
    } finally {
      await broken.close();
    }
  });
});

describe('mail without SMTP_URL', () => {
  let api: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'collegial-mail-'));
    api = await startTestApp({ SMTP_URL: '', DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes each message as an .eml file under DATA_DIR/mail and logs where', async () => {
    const logged = jest.spyOn(Logger.prototype, 'log');
    try {
      await api.app.get(Mailer).send({ to: 'camille@example.org', locale: 'en', content: { ...CONTENT, subject: 'Your notice' } });
      const files = await readdir(join(dataDir, 'mail'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const path = join(dataDir, 'mail', files[0]);
      const parsed = await simpleParser(await readFile(path));
      expect(parsed.subject).toBe('Your notice');
      expect(parsed.headers.get('content-language')).toBe('en');
      expect(parsed.text).toContain('Répondre:\nhttp://localhost:3000/reply#secret');
      expect(parsed.html).toContain('<html lang="en">');
      expect(logged.mock.calls.some(([message]) => String(message).includes(path))).toBe(true);
      expect(api.mailbox.messages).toHaveLength(0);
    } finally {
      logged.mockRestore();
    }
  });
});
