import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../src/bootstrap';
import { loadAppConfig, type AppConfig } from '../../src/config/app-config';
import { GraphQLClient, workerDatabaseUrl } from '@collegial/testing';


export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  url: string;
  client: GraphQLClient;
  close(): Promise<void>;
}

/** The real api on this worker's real database, listening on a free loopback port. */
export async function startTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    BCRYPT_COST: '4',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ...environment,
  });
  const app = await createApp(config, await workerDatabaseUrl());
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return { app, config, url, client: new GraphQLClient(url), close: () => app.close() };
}
