import { Client } from 'pg';
import { testConfig } from './test-config';

export const TEMPLATE_DATABASE = 'collegial_template';

function adminUrl(): string {
  const url = testConfig.adminUrl();
  if (!url) throw new Error('The test database is not running: run the tests through jest (npm test).');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * This jest worker's own database, copied from the migrated template on first use. Test
 * files of one worker run one after another and share it; their data never overlaps because
 * every test builds its own organisations and accounts.
 */
export async function workerDatabaseUrl(): Promise<string> {
  const name = `collegial_test_${testConfig.workerId()}`;
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}" TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await client.end();
  }
  return databaseUrl(name);
}
