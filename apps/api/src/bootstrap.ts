import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { runMigrations } from '@collegial/database';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { PostgresIoAdapter } from './core/live/postgres-io-adapter';
import { serveWebApp } from './core/web/serve-web-app';

/**
 * Builds the api on a database, migrated, ready to listen. Shared by `npm start` and the
 * test harness, so tests run the application exactly as it is deployed.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Room for a members file to import (2 MB of CSV, escaped in JSON); Express's default is 100 kB.
  app.useBodyParser('json', { limit: '5mb' });
  // The sandbox page loads its scripts from Apollo's CDN: only where it is served.
  app.use(helmet({ contentSecurityPolicy: config.graphql.exposeSchema ? false : undefined, crossOriginEmbedderPolicy: false }));
  // Behind the reverse proxy, the client's address comes from X-Forwarded-For.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  serveWebApp(app, config.webRoot);
  // Socket.io (the live tallies) on the same HTTP server, its rooms shared by every instance.
  app.useWebSocketAdapter(new PostgresIoAdapter(app, databaseUrl));
  await runMigrations(app.get(DataSource));
  return app;
}
