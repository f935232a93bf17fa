import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '@collegial/database';
import type { AppConfig } from './app-config';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given, otherwise the embedded PostgreSQL kept under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  const directory = join(resolve(config.dataDir), 'postgres');
  log(`Starting the embedded PostgreSQL (data in ${directory})...`);
  const server = await startEmbeddedPostgres({
    directory,
    port: config.embeddedPostgresPort,
    onLog: (line) => {
      if (/FATAL|PANIC|ERROR/.test(line)) log(line.trim());
    },
  });
  try {
    const postgres = await import('pg');
    const client = new postgres.Client({ connectionString: server.adminUrl });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['collegial']);
      if (exists.rowCount === 0) await client.query('CREATE DATABASE collegial');
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.urlFor('collegial'), embedded: true, stop: () => server.stop() };
}
