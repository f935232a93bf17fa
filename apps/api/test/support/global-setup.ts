import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { findFreePort, runMigrations, startEmbeddedPostgres, type RunningPostgres } from '@collegial/database';
import { appDataSourceOptions } from '../../src/app-data-source';
import { TEMPLATE_DATABASE, testConfig } from '@collegial/testing';

declare global {
  var collegialTestPostgres: RunningPostgres | undefined;
}

/**
 * One real PostgreSQL for the whole run (embedded, in a throw-away folder), with a template
 * database migrated once; each jest worker copies it (test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'collegial-test-'));
  await chmod(directory, 0o755);
  const postgres = await startEmbeddedPostgres({ directory, port: await findFreePort(), ephemeral: true });
  globalThis.collegialTestPostgres = postgres;
  testConfig.publishAdminUrl(postgres.adminUrl);

  const admin = new Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const template = new DataSource(appDataSourceOptions(postgres.urlFor(TEMPLATE_DATABASE), { size: 2 }));
  await template.initialize();
  await runMigrations(template);
  await template.destroy();
}
