import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../src/bootstrap';
import { loadAppConfig, type AppConfig } from '../../src/config/app-config';
import { GraphQLClient, SmtpTestServer, workerDatabaseUrl } from '@collegial/testing';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  url: string;
  client: GraphQLClient;
  /** The SMTP server the api sends its mail to (unless the environment gives another SMTP_URL). */
  mailbox: SmtpTestServer;
  close(): Promise<void>;
}

/**
 * The real api on this worker's real database, listening on a free loopback port, sending
 * its mail to a real SMTP server of its own on loopback (`mailbox`). `SMTP_URL: ''` in the
 * environment turns SMTP off: mail is then written under DATA_DIR/mail. A `port` chosen
 * beforehand lets PUBLIC_URL, and so the links in the mail, point at this app.
 */
export async function startTestApp(environment: Record<string, string> = {}, port = 0): Promise<TestApp> {
  const mailbox = await SmtpTestServer.start();
  const config = loadAppConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: mailbox.url,
    // Every test registers from the loopback address, and the counts outlive each app in
    // the worker's database: tests of this limit set their own.
    REGISTRATION_MAX_PER_ADDRESS: '1000000',
    ...environment,
  });
  const app = await createApp(config, await workerDatabaseUrl());
  await app.listen(port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    config,
    url,
    client: new GraphQLClient(url),
    mailbox,
    close: async () => {
      await app.close();
      await mailbox.close();
    },
  };
}
